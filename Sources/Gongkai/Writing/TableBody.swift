import XLSX

/// Writes the data rows of a standard table, by layout.
enum TableBody {
    /// How many data rows `template` has in `mode`.
    static func dataRowCount(_ template: TableTemplate, mode: WriteMode) -> Int {
        switch mode {
        case .figures(let accounts):
            return template.dataRowCount(codedRows: template.layout == .coded ? accounts[coded: template.kind].rows.count : 0)
        case .fillIn(let codedRows):
            return template.dataRowCount(codedRows: codedRows)
        }
    }

    static func write(_ template: TableTemplate, geometry: TableGeometry, mode: WriteMode, to sheet: SheetWriter) throws {
        var cells = BodyCells(sheet: sheet, mode: mode)
        if mode.isFillIn { cells.formulas = FillInFormulas(template, geometry: geometry) }
        cells.notSubmitted = cells.accounts?.missingTables.contains(template.kind) ?? false
        switch template.layout {
        case .lines:
            try LinesBody.write(template, geometry: geometry, cells: &cells)
        case .coded:
            try CodedBody.write(template, geometry: geometry, cells: &cells)
        case .economic:
            try EconomicBody.write(template, geometry: geometry, cells: &cells)
        case .singleRow:
            try SingleRowBody.write(template, geometry: geometry, cells: &cells)
        }
        for (column, needed) in cells.labelWidths where needed > template.columnWidths[safe: column] ?? 0 {
            try sheet.setColumnWidth(column, needed.rounded(.up))
        }
        if mode.isFillIn, let range = cells.inputRange {
            try sheet.requireDecimal(in: range, message: "金额请填写数字（单位：万元），不要填写文字或单位。")
        }
    }
}

/// Writes the cells of a table body: figures, or unlocked input cells in fill-in mode.
struct BodyCells {
    let sheet: SheetWriter
    let mode: WriteMode
    /// The smallest range covering every input cell written so far (fill-in mode).
    private(set) var inputRange: CellRange?

    init(sheet: SheetWriter, mode: WriteMode) {
        self.sheet = sheet
        self.mode = mode
    }

    /// The accounts, in figures mode.
    var accounts: FinalAccounts? {
        if case .figures(let accounts) = mode { return accounts }
        return nil
    }

    /// Whether the table was not submitted: its amount cells stay blank.
    var notSubmitted = false
    /// The cells worked out by formula (fill-in mode).
    var formulas: FillInFormulas?

    /// The width each column needs for the labels written in it, indent included.
    private(set) var labelWidths: [Int: Double] = [:]

    /// Writes a fixed label; a part of the line above is indented further.
    mutating func label(_ text: String, row: Int, column: Int, centered: Bool = false, part: Bool = false) throws {
        let style = centered ? TableStyles.centeredLabel : part ? TableStyles.partLabel : TableStyles.label
        try sheet.write(text, at: .init(row: row, column: column), style: style)
        labelWidths[column] = max(labelWidths[column] ?? 0, TextWidth.of(text) + 2 * Double(style.indent) + 1.5)
    }

    /// Writes a code as text.
    func code(_ text: String, row: Int, column: Int) throws {
        try sheet.write(text, at: .init(row: row, column: column), style: TableStyles.code)
    }

    /// Writes a bordered empty cell.
    func blank(row: Int, column: Int) throws {
        try sheet.writeBlank(at: .init(row: row, column: column), style: TableStyles.label)
    }

    /// Writes an amount rounded to 0.01, or an unlocked input cell in fill-in mode.
    mutating func amount(_ value: Amount?, row: Int, column: Int) throws {
        let reference = CellReference(row: row, column: column)
        if mode.isFillIn, let formula = formulas?[reference] {
            try sheet.writeFormula(formula, at: reference, style: TableStyles.amount)
            return
        }
        if mode.isFillIn {
            try sheet.writeBlank(at: reference, style: TableStyles.input(TableStyles.amount))
            inputRange = inputRange.map {
                CellRange(first: .init(row: min($0.first.row, row), column: min($0.first.column, column)),
                          last: .init(row: max($0.last.row, row), column: max($0.last.column, column)))
            } ?? CellRange(first: reference, last: reference)
            return
        }
        guard !notSubmitted else {
            try sheet.writeBlank(at: reference, style: TableStyles.amount)
            return
        }
        try sheet.write((value ?? .zero).published.doubleValue, at: reference, style: TableStyles.amount)
    }

    /// Writes an unlocked text input cell (fill-in mode codes and names).
    func textInput(row: Int, column: Int, code: Bool) throws {
        let style = TableStyles.input(code ? TableStyles.code : TableStyles.label)
        try sheet.writeBlank(at: .init(row: row, column: column), style: style)
    }
}
