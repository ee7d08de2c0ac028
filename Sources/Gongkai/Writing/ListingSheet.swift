import XLSX

/// A printable list on one sheet — a title row over the whole width, a header row, one row per
/// item — as the batch summary and the version comparison are written: A4 landscape, one page
/// wide, title and header repeated on every page, page numbers in the footer.
struct ListingSheet {
    let sheet: SheetWriter
    /// The number of columns.
    let width: Int
    /// Each column's width in characters.
    let widths: [Double]

    /// Writes the title and the header row (`columns`: title and width in characters).
    init(_ sheet: SheetWriter, title: String, columns: [(title: String, width: Double)]) throws {
        self.sheet = sheet
        width = columns.count
        widths = columns.map(\.width)
        try sheet.merge(CellRange(first: .init(row: 0, column: 0), last: .init(row: 0, column: width - 1)), text: title, style: TableStyles.wrappedTitle)
        let titleLines = (TextWidth.of(title) * 16 / 11 / max(widths.reduce(0, +) - 2, 1)).rounded(.up)
        try sheet.setRowHeight(0, max(1, titleLines) * 22 + 8)
        for (column, entry) in columns.enumerated() {
            try sheet.setColumnWidth(column, entry.width)
            try sheet.write(entry.title, at: .init(row: 1, column: column), style: TableStyles.header)
        }
    }

    /// The first row for items.
    static let firstRow = 2

    /// Makes `row` tall enough for the wrapped texts written in it (by column).
    func fit(row: Int, texts: [Int: String]) throws {
        let lines = texts.map { column, text in (TextWidth.of(text) / max((widths[safe: column] ?? 10) - 1, 1)).rounded(.up) }.max() ?? 1
        if lines > 1 { try sheet.setRowHeight(row, lines * 13 + 3) }
    }

    /// Sets the print layout and freezes the header.
    func finish() throws {
        var setup = PageSetup()
        setup.repeatedRows = 0...1
        setup.footer = "&C第 &P 页，共 &N 页"
        try sheet.apply(setup)
        sheet.freezePanes(row: Self.firstRow, column: 0)
    }
}
