/// Resolution of relationship targets to part paths inside the package.
enum PartPath {
    /// The relationships part that belongs to `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
    static func relationships(of part: String) -> String {
        let (directory, file) = split(part)
        return directory.isEmpty ? "_rels/\(file).rels" : "\(directory)/_rels/\(file).rels"
    }

    /// Resolves `target` relative to the folder of `source`; a target starting with `/` is absolute.
    /// A backslash counts as a slash. Works on the UTF-8 bytes: paths are compared byte for byte anyway.
    static func resolve(_ target: String, from source: String) -> String {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let cleaned = target.utf8.map { $0 == UInt8(ascii: "\\") ? slash : $0 }
        var components: [ArraySlice<UInt8>] = []
        if cleaned.first != slash {
            let sourceBytes = Array(source.utf8)
            if let lastSlash = sourceBytes.lastIndex(of: slash) {
                components = sourceBytes[..<lastSlash].split(separator: slash)
            }
        }
        for component in cleaned.split(separator: slash) {
            if component.count == 1, component.first == dot { continue }
            if component.count == 2, component.allSatisfy({ $0 == dot }) {
                if !components.isEmpty { components.removeLast() }
                continue
            }
            components.append(component)
        }
        var joined: [UInt8] = []
        for (index, component) in components.enumerated() {
            if index > 0 { joined.append(slash) }
            joined.append(contentsOf: component)
        }
        return String(decoding: joined, as: UTF8.self)
    }

    private static func split(_ part: String) -> (directory: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
}
