import CXlsxWriter

/// One worksheet being written; made by ``WorkbookWriter/addSheet(_:)``.
public final class SheetWriter {
    private let sheet: UnsafeMutablePointer<lxw_worksheet>
    private unowned let workbook: WorkbookWriter
    private let name: String

    init(sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: WorkbookWriter, name: String) {
        self.sheet = sheet
        self.workbook = workbook
        self.name = name
    }

    /// Writes text at `reference`.
    public func write(_ text: String, at reference: CellReference, style: CellStyle) throws {
        try workbook.check(
            worksheet_write_string(sheet, lxw_row_t(reference.row), lxw_col_t(reference.column), SafeText.cell(text), workbook.format(style)),
            sheet: name, at: reference.description)
    }

    /// Writes a number at `reference`.
    public func write(_ number: Double, at reference: CellReference, style: CellStyle) throws {
        try workbook.check(
            worksheet_write_number(sheet, lxw_row_t(reference.row), lxw_col_t(reference.column), number, workbook.format(style)),
            sheet: name, at: reference.description)
    }

    /// Writes a formula at `reference` with the number it gives now, which readers show until
    /// the workbook is recalculated.
    public func writeFormula(_ formula: String, at reference: CellReference, style: CellStyle, result: Double = 0) throws {
        try workbook.check(
            worksheet_write_formula_num(sheet, lxw_row_t(reference.row), lxw_col_t(reference.column), SafeText.cell(formula), workbook.format(style), result),
            sheet: name, at: reference.description)
    }

    /// Writes a formula at `reference` with the text it gives now.
    public func writeFormula(_ formula: String, at reference: CellReference, style: CellStyle, text result: String) throws {
        try workbook.check(
            worksheet_write_formula_str(sheet, lxw_row_t(reference.row), lxw_col_t(reference.column), SafeText.cell(formula), workbook.format(style),
                                        SafeText.cell(result)),
            sheet: name, at: reference.description)
    }

    /// Writes a link to a cell of this workbook (`sheet`, `target`), showing `text`.
    public func writeLink(to sheetName: String, cell target: String, text: String, at reference: CellReference, style: CellStyle) throws {
        let url = "internal:'\(sheetName.replacingOccurrences(of: "'", with: "''"))'!\(target)"
        try workbook.check(
            worksheet_write_url_opt(sheet, lxw_row_t(reference.row), lxw_col_t(reference.column), url, workbook.format(style),
                                    SafeText.cell(text), nil),
            sheet: name, at: reference.description)
    }

    /// Attaches a comment (a note shown when the pointer rests on the cell) to `reference`.
    public func comment(_ text: String, at reference: CellReference) throws {
        try workbook.check(
            worksheet_write_comment(sheet, lxw_row_t(reference.row), lxw_col_t(reference.column), SafeText.cell(text)),
            sheet: name, at: reference.description)
    }

    /// Writes an empty, styled cell at `reference`.
    public func writeBlank(at reference: CellReference, style: CellStyle) throws {
        try workbook.check(
            worksheet_write_blank(sheet, lxw_row_t(reference.row), lxw_col_t(reference.column), workbook.format(style)),
            sheet: name, at: reference.description)
    }

    /// Merges `range` and writes `text` into it.
    public func merge(_ range: CellRange, text: String, style: CellStyle) throws {
        try workbook.check(
            worksheet_merge_range(
                sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                lxw_row_t(range.last.row), lxw_col_t(range.last.column), SafeText.cell(text), workbook.format(style)),
            sheet: name, at: range.description)
    }

    /// Sets the width of `column` in characters.
    public func setColumnWidth(_ column: Int, _ width: Double) throws {
        try workbook.check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil), sheet: name, at: "列宽")
    }

    /// Sets the height of `row` in points.
    public func setRowHeight(_ row: Int, _ height: Double) throws {
        try workbook.check(worksheet_set_row(sheet, lxw_row_t(row), height, nil), sheet: name, at: "行高")
    }

    /// Applies print settings.
    public func apply(_ setup: PageSetup) throws {
        if setup.landscape { worksheet_set_landscape(sheet) }
        worksheet_set_paper(sheet, UInt8(setup.paper))
        if setup.fitToOnePageWide { worksheet_fit_to_pages(sheet, 1, setup.fitToOnePageTall ? 1 : 0) }
        if setup.centeredHorizontally { worksheet_center_horizontally(sheet) }
        if let rows = setup.repeatedRows {
            try workbook.check(worksheet_repeat_rows(sheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)), sheet: name, at: "打印标题行")
        }
        if let footer = setup.footer {
            try workbook.check(worksheet_set_footer(sheet, footer), sheet: name, at: "页脚")
        }
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(row), lxw_col_t(column))
    }

    /// Turns sheet protection on without a password: locked cells cannot be edited.
    public func protect() {
        var options = lxw_protection()
        options.format_columns = 1
        options.format_rows = 1
        options.insert_rows = 1
        options.delete_rows = 1
        worksheet_protect(sheet, nil, &options)
    }

    /// Accepts only decimal numbers in `range`, with a Chinese message for anything else.
    public func requireDecimal(in range: CellRange, message: String) throws {
        try requireNumber(in: range, whole: false, from: -1e15, to: 1e15, message: message)
    }

    /// Accepts only numbers between `minimum` and `maximum` in `range` (whole numbers when
    /// `whole`), with a Chinese message for anything else.
    public func requireNumber(in range: CellRange, whole: Bool, from minimum: Double, to maximum: Double, message: String) throws {
        var validation = lxw_data_validation()
        validation.validate = UInt8((whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL).rawValue)
        validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
        validation.minimum_number = minimum
        validation.maximum_number = maximum
        try "请输入数字".withCString { title in
            try message.withCString { text in
                validation.error_title = UnsafeMutablePointer(mutating: title)
                validation.error_message = UnsafeMutablePointer(mutating: text)
                try workbook.check(
                    worksheet_data_validation_range(
                        sheet, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                        lxw_row_t(range.last.row), lxw_col_t(range.last.column), &validation),
                    sheet: name, at: range.description)
            }
        }
    }
}
