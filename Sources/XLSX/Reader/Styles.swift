/// Parser of the styles part, reduced to what reading needs: the number-format
/// kind of each cell style (`cellXfs`), indexed by a cell's `s` attribute.
struct Styles {
    private(set) var kinds: [NumberFormatKind] = []

    /// No styles part: every cell is `.general`.
    init() {}

    /// Parses the part.
    init(_ source: some ByteSource, part: String, limits: ReadLimits) throws {
        var scanner = XMLScanner(source: source, part: part, limits: limits)
        var customCodes: [Int: String] = [:]
        var inCellFormats = false
        var inNumberFormats = false
        while true {
            switch try scanner.next() {
            case .startElement where scanner.nameIs("numFmts"):
                inNumberFormats = true
            case .endElement where scanner.nameIs("numFmts"):
                inNumberFormats = false
            case .startElement where inNumberFormats && scanner.nameIs("numFmt"):
                if let id = try scanner.attributeString("numFmtId").flatMap({ Int($0) }),
                   let code = try scanner.attributeString("formatCode") {
                    customCodes[id] = code
                }
            case .startElement where scanner.nameIs("cellXfs"):
                inCellFormats = true
            case .endElement where scanner.nameIs("cellXfs"):
                inCellFormats = false
            case .startElement where inCellFormats && scanner.nameIs("xf"):
                let id = try scanner.attributeString("numFmtId").flatMap { Int($0) } ?? 0
                if let code = customCodes[id] {
                    kinds.append(NumberFormatClassifier.kind(code: code))
                } else {
                    kinds.append(NumberFormatClassifier.kind(builtIn: id))
                }
            case .endOfDocument:
                return
            default:
                continue
            }
        }
    }

    /// The kind for style index `index`; unknown indexes are `.general`.
    func kind(ofStyle index: Int) -> NumberFormatKind {
        index >= 0 && index < kinds.count ? kinds[index] : .general
    }
}
