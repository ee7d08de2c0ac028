/// Resolution of relationship targets to part paths inside the package.
enum PartPath {
    /// The relationships part that belongs to `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
    static func relationships(of part: String) -> String {
        let (directory, file) = split(part)
        return directory.isEmpty ? "_rels/\(file).rels" : "\(directory)/_rels/\(file).rels"
    }

    /// Resolves `target` relative to the folder of `source`; a target starting with `/` is absolute.
    static func resolve(_ target: String, from source: String) -> String {
        let cleaned = target.replacingBackslashes()
        var components: [Substring]
        if cleaned.hasPrefix("/") {
            components = []
        } else {
            components = split(source).directory.split(separator: "/")
        }
        for component in cleaned.split(separator: "/") {
            switch component {
            case ".":
                continue
            case "..":
                if !components.isEmpty { components.removeLast() }
            default:
                components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    private static func split(_ part: String) -> (directory: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
}

private extension String {
    func replacingBackslashes() -> String {
        guard utf8.contains(UInt8(ascii: "\\")) else { return self }
        return String(decoding: utf8.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
    }
}
