/// Document properties from `docProps/core.xml`: title, subject, keywords and the like.
public struct CoreProperties: Sendable, Equatable {
    /// `dc:title`.
    public var title: String?
    /// `dc:subject`.
    public var subject: String?
    /// `cp:keywords`.
    public var keywords: String?
    /// `dc:creator`.
    public var creator: String?
    /// `dc:description`.
    public var description: String?

    /// No properties.
    public init() {}

    /// Parses the part.
    init(_ source: some ByteSource, part: String, limits: ReadLimits) throws {
        var scanner = XMLScanner(source: source, part: part, limits: limits)
        var field: WritableKeyPath<CoreProperties, String?>?
        while true {
            switch try scanner.next() {
            case .startElement:
                if scanner.nameIs("title") {
                    field = \.title
                } else if scanner.nameIs("subject") {
                    field = \.subject
                } else if scanner.nameIs("keywords") {
                    field = \.keywords
                } else if scanner.nameIs("creator") {
                    field = \.creator
                } else if scanner.nameIs("description") {
                    field = \.description
                } else {
                    field = nil
                }
            case .text:
                if let field { self[keyPath: field] = (self[keyPath: field] ?? "") + (try scanner.text()) }
            case .endElement:
                field = nil
            case .endOfDocument:
                return
            }
        }
    }
}
