/// Parser of `[Content_Types].xml`: the content type of each part.
///
/// The entries are kept as read and compared when asked: a package has a few dozen of
/// them and one question is asked of it, so hashing every name would cost more.
struct ContentTypes {
    private var defaults: [(extensionName: String, type: String)] = []
    private var overrides: [(part: String, type: String)] = []

    /// Parses the part.
    init(_ source: some ByteSource, limits: ReadLimits) throws {
        var scanner = XMLScanner(source: source, part: "[Content_Types].xml", limits: limits)
        while true {
            switch try scanner.next() {
            case .startElement where scanner.nameIs("Default"):
                if let extensionName = try scanner.attributeString("Extension"),
                   let type = try scanner.attributeString("ContentType") {
                    defaults.append((extensionName, type))
                }
            case .startElement where scanner.nameIs("Override"):
                if let name = try scanner.attributeString("PartName"),
                   let type = try scanner.attributeString("ContentType") {
                    overrides.append((name, type))
                }
            case .endOfDocument:
                return
            default:
                continue
            }
        }
    }

    /// The content type of `part`, from its override or its extension's default; names compare
    /// without case and without a leading `/`. A later entry for the same name wins.
    func type(of part: String) -> String? {
        let wanted = Self.normalise(part)
        if let override = overrides.last(where: { Self.normalise($0.part) == wanted }) { return override.type }
        guard let dot = part.lastIndex(of: ".") else { return nil }
        let extensionName = part[part.index(after: dot)...].lowercased()
        return defaults.last(where: { $0.extensionName.lowercased() == extensionName })?.type
    }

    private static func normalise(_ part: String) -> String {
        (part.hasPrefix("/") ? String(part.dropFirst()) : part).lowercased()
    }
}
