/// Parser of the shared-string table (`xl/sharedStrings.xml`).
///
/// Each `<si>` is one string: plain `<t>` text, or rich-text runs `<r><t>` that
/// are concatenated. Phonetic runs (`<rPh>`) are ignored.
enum SharedStrings {
    /// Parses every string in table order.
    static func parse(_ source: some ByteSource, part: String, limits: ReadLimits) throws -> [String] {
        var scanner = XMLScanner(source: source, part: part, limits: limits)
        var strings: [String] = []
        var current: [UInt8] = []
        var inItem = false
        var inText = false
        var phoneticDepth = 0
        var bytes = 0
        while true {
            switch try scanner.next() {
            case .startElement:
                if scanner.nameIs("si") {
                    inItem = true
                    current.removeAll(keepingCapacity: true)
                } else if scanner.nameIs("rPh") {
                    phoneticDepth += 1
                } else if scanner.nameIs("t") {
                    inText = inItem && phoneticDepth == 0
                } else if scanner.nameIs("sst") {
                    if let count = scanner.attribute("uniqueCount").flatMap({ span in
                        scanner.withBytes(span) { Int(String(decoding: $0, as: UTF8.self)) }
                    }) {
                        strings.reserveCapacity(min(count, 1 << 20))
                    }
                }
            case .endElement:
                if scanner.nameIs("si") {
                    bytes += current.count
                    guard strings.count < limits.maxSharedStrings, bytes <= limits.maxSharedStringBytes else {
                        throw XLSXError.tooManySharedStrings(limit: limits.maxSharedStrings)
                    }
                    strings.append(XMLText.unescapeOOXML(bytes: current))
                    inItem = false
                } else if scanner.nameIs("rPh") {
                    phoneticDepth -= 1
                } else if scanner.nameIs("t") {
                    inText = false
                }
            case .text where inText:
                try scanner.appendText(to: &current)
            case .endOfDocument:
                return strings
            default:
                continue
            }
        }
    }
}
