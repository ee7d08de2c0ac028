/// Parser of `[Content_Types].xml`: the content type of each part.
struct ContentTypes {
    private var defaults: [String: String] = [:]
    private var overrides: [String: String] = [:]

    /// Parses the part.
    init(_ source: some ByteSource, limits: ReadLimits) throws {
        var scanner = XMLScanner(source: source, part: "[Content_Types].xml", limits: limits)
        while true {
            switch try scanner.next() {
            case .startElement where scanner.nameIs("Default"):
                if let extensionName = try scanner.attributeString("Extension"),
                   let type = try scanner.attributeString("ContentType") {
                    defaults[extensionName.lowercased()] = type
                }
            case .startElement where scanner.nameIs("Override"):
                if let name = try scanner.attributeString("PartName"),
                   let type = try scanner.attributeString("ContentType") {
                    overrides[Self.normalise(name)] = type
                }
            case .endOfDocument:
                return
            default:
                continue
            }
        }
    }

    /// The content type of `part`, from its override or its extension's default.
    func type(of part: String) -> String? {
        if let type = overrides[Self.normalise(part)] { return type }
        guard let dot = part.lastIndex(of: ".") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    private static func normalise(_ part: String) -> String {
        (part.hasPrefix("/") ? String(part.dropFirst()) : part).lowercased()
    }
}
