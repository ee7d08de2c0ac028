import XLSX

/// A printable list on one sheet — a title row over the whole width, a header row, one row per
/// item — as the batch summary and the version comparison are written: A4 landscape, one page
/// wide, title and header repeated on every page, page numbers in the footer.
struct ListingSheet {
    let sheet: SheetWriter
    /// The number of columns.
    let width: Int

    /// Writes the title and the header row (`columns`: title and width in characters).
    init(_ sheet: SheetWriter, title: String, columns: [(title: String, width: Double)]) throws {
        self.sheet = sheet
        width = columns.count
        try sheet.merge(CellRange(first: .init(row: 0, column: 0), last: .init(row: 0, column: width - 1)), text: title, style: TableStyles.title)
        for (column, entry) in columns.enumerated() {
            try sheet.setColumnWidth(column, entry.width)
            try sheet.write(entry.title, at: .init(row: 1, column: column), style: TableStyles.header)
        }
    }

    /// The first row for items.
    static let firstRow = 2

    /// Sets the print layout and freezes the header.
    func finish() throws {
        var setup = PageSetup()
        setup.repeatedRows = 0...1
        setup.footer = "&C第 &P 页，共 &N 页"
        try sheet.apply(setup)
        sheet.freezePanes(row: Self.firstRow, column: 0)
    }
}
