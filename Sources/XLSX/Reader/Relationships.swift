/// One `<Relationship>` of a `.rels` part.
struct Relationship: Equatable {
    var id: String
    var type: String
    var target: String
    var isExternal: Bool

    /// Whether the relationship type ends with `/suffix` (transitional and strict namespaces alike).
    func hasType(_ suffix: String) -> Bool {
        let typeBytes = type.utf8
        let suffixBytes = suffix.utf8
        guard typeBytes.count > suffixBytes.count else { return false }
        let start = typeBytes.index(typeBytes.endIndex, offsetBy: -suffixBytes.count)
        return typeBytes[typeBytes.index(before: start)] == UInt8(ascii: "/") && typeBytes[start...].elementsEqual(suffixBytes)
    }
}

/// Parser of relationships parts (`_rels/.rels`, `xl/_rels/workbook.xml.rels`).
enum Relationships {
    /// Parses every relationship in the part.
    static func parse(_ source: some ByteSource, part: String, limits: ReadLimits) throws -> [Relationship] {
        var scanner = XMLScanner(source: source, part: part, limits: limits)
        var relationships: [Relationship] = []
        while true {
            switch try scanner.next() {
            case .startElement where scanner.nameIs("Relationship"):
                let mode = try scanner.attributeString("TargetMode")
                relationships.append(Relationship(
                    id: try scanner.attributeString("Id") ?? "",
                    type: try scanner.attributeString("Type") ?? "",
                    target: try scanner.attributeString("Target") ?? "",
                    isExternal: mode == "External"))
            case .endOfDocument:
                return relationships
            default:
                continue
            }
        }
    }
}
