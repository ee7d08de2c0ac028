/// A sheet as `xl/workbook.xml` lists it.
struct SheetEntry: Equatable {
    var name: String
    var relationshipID: String
    var visibility: SheetVisibility
}

/// Parser of the workbook part: the sheets in order and the 1904 date flag.
struct WorkbookPart {
    private(set) var sheets: [SheetEntry] = []
    private(set) var uses1904Dates = false

    /// Parses the part.
    init(_ source: some ByteSource, part: String, limits: ReadLimits) throws {
        var scanner = XMLScanner(source: source, part: part, limits: limits)
        while true {
            switch try scanner.next() {
            case .startElement where scanner.nameIs("sheet"):
                let state = try scanner.attributeString("state")
                sheets.append(SheetEntry(
                    name: try scanner.attributeString("name") ?? "",
                    relationshipID: try scanner.attributeString("id") ?? "",
                    visibility: SheetVisibility(rawValue: state ?? "visible") ?? .visible))
            case .startElement where scanner.nameIs("workbookPr"):
                let flag = try scanner.attributeString("date1904")
                uses1904Dates = flag == "1" || flag?.lowercased() == "true"
            case .endOfDocument:
                return
            default:
                continue
            }
        }
    }
}
