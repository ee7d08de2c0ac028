import Foundation
import XLSX

/// Writes final accounts as the standard nine-table workbook of a profile, or the
/// fill-in workbook a finance office sends to departments.
public struct DisclosureWriter {
    /// The profile whose templates lay the tables out.
    public var profile: Profile

    /// Creates a writer for `profile`.
    public init(profile: Profile) {
        self.profile = profile
    }

    /// Writes `accounts` to `path`: one sheet per table, 公开01表 …; atomic.
    public func write(_ accounts: FinalAccounts, to path: String) throws {
        let workbook = try WorkbookWriter(path: path, properties: DocumentStamp(accounts).properties(department: accounts.department))
        for template in profile.tables {
            let sheet = try workbook.addSheet(template.sheetName)
            try writeTable(template, mode: .figures(accounts), department: accounts.department, to: sheet)
        }
        try workbook.close()
    }

    /// How many code rows each coded table of the fill-in workbook has.
    public static let fillInCodedRows = 200

    /// Writes the fill-in workbook: a 封面 where the department and year are entered once,
    /// a 填报说明, and the tables in the same frame, labels locked, inputs unlocked, shaded and
    /// validated, totals worked out by formula, protection on without a password, and a
    /// 情况说明 sheet for what the 公开说明 states beyond the tables.
    public func writeFillIn(to path: String, codedRows: Int = Self.fillInCodedRows) throws {
        let workbook = try WorkbookWriter(path: path)
        try FillInCover.write(to: workbook.addSheet(FillInCover.sheetName), profile: profile)
        try FillInInstructions.write(to: workbook.addSheet("填报说明"), profile: profile)
        for template in profile.tables {
            let sheet = try workbook.addSheet(template.sheetName)
            try writeTable(template, mode: .fillIn(codedRows: codedRows), department: "", to: sheet)
            sheet.protect()
        }
        try FillInFacts.write(to: workbook.addSheet(FillInFacts.sheetName), profile: profile)
        try workbook.close()
    }

    func writeTable(_ template: TableTemplate, mode: WriteMode, department: String, to sheet: SheetWriter) throws {
        let rows = TableBody.dataRowCount(template, mode: mode)
        let geometry = TableGeometry(template, dataRowCount: rows)
        let last = template.width - 1
        for (column, width) in template.columnWidths.enumerated() {
            try sheet.setColumnWidth(column, width)
        }
        try sheet.merge(CellRange(first: .init(row: 0, column: 0), last: .init(row: 0, column: last)), text: template.title, style: TableStyles.title)
        try sheet.setRowHeight(geometry.titleRow, 30)
        try sheet.write(template.sheetName, at: .init(row: geometry.numberRow, column: last), style: TableStyles.right)
        if mode.isFillIn {
            try sheet.writeFormula("\"\(template.unitLabel)\"&\(FillInCover.department)", at: .init(row: geometry.unitRow, column: 0),
                                   style: TableStyles.left, text: template.unitLabel)
            try sheet.writeFormula("\(FillInCover.year)&\"年度部门决算\"", at: .init(row: geometry.numberRow, column: 0),
                                   style: TableStyles.left, text: "\(profile.year)年度部门决算")
        } else {
            try sheet.write(template.unitLabel + department, at: .init(row: geometry.unitRow, column: 0), style: TableStyles.left)
        }
        try sheet.write(template.amountUnit, at: .init(row: geometry.unitRow, column: last), style: TableStyles.right)
        try writeHeader(template, geometry: geometry, to: sheet)
        try TableBody.write(template, geometry: geometry, mode: mode, to: sheet)
        try writeNotes(template, geometry: geometry, mode: mode, department: department, to: sheet)
        var setup = PageSetup()
        setup.repeatedRows = 0...geometry.lastHeadingRow
        setup.fitToOnePageTall = template.layout != .coded
        setup.footer = mode.year.map { "&L\($0) 年度部门决算&C第 &P 页，共 &N 页" } ?? "&C第 &P 页，共 &N 页"
        try sheet.apply(setup)
        sheet.freezePanes(row: geometry.dataRow, column: 0)
    }

    private func writeHeader(_ template: TableTemplate, geometry: TableGeometry, to sheet: SheetWriter) throws {
        var merged: [CellRange] = []
        for text in template.merges {
            guard let range = CellRange(text) else { continue }
            let shifted = CellRange(
                first: .init(row: range.first.row + geometry.headerRow, column: range.first.column),
                last: .init(row: range.last.row + geometry.headerRow, column: range.last.column))
            merged.append(shifted)
            try sheet.merge(shifted, text: template.header[range.first.row][range.first.column], style: TableStyles.header)
        }
        for (offset, row) in template.header.enumerated() {
            for (column, text) in row.enumerated() {
                let reference = CellReference(row: geometry.headerRow + offset, column: column)
                guard !merged.contains(where: { $0.contains(reference) }) else { continue }
                try sheet.write(text, at: reference, style: TableStyles.header)
            }
        }
        try fitHeaderRows(template, geometry: geometry, merged: merged, to: sheet)
        if let numbers = template.columnNumbers, let row = geometry.columnNumberRow {
            for (column, text) in numbers.enumerated() {
                try sheet.write(text, at: .init(row: row, column: column), style: TableStyles.columnNumber)
            }
        }
    }

    /// `note` with `{department}` standing for the department's name (本单位 when unnamed).
    private static func naming(_ department: String, in note: String) -> String {
        guard LabelBytes.contains(note, "{department}") else { return note }
        return note.replacingOccurrences(of: "{department}", with: department.isEmpty ? "本单位" : department)
    }

    /// Makes each header row tall enough for its longest label at the column widths, so that a
    /// wrapped header never spills into the 栏次 row.
    private func fitHeaderRows(_ template: TableTemplate, geometry: TableGeometry, merged: [CellRange], to sheet: SheetWriter) throws {
        for (offset, row) in template.header.enumerated() {
            var lines = 1.0
            for (column, text) in row.enumerated() where !text.isEmpty {
                let range = merged.first { $0.first == CellReference(row: geometry.headerRow + offset, column: column) }
                guard range.map({ $0.first.row == $0.last.row }) ?? true else { continue }
                let columns = range.map { $0.first.column...$0.last.column } ?? column...column
                let width = columns.reduce(0.0) { $0 + (template.columnWidths[safe: $1] ?? 8) }
                lines = max(lines, (TextWidth.of(text) / max(width - 1, 1)).rounded(.up))
            }
            try sheet.setRowHeight(geometry.headerRow + offset, max(18, lines * 14 + 4))
        }
    }

    /// Writes the notes under the table; `{department}` in a note stands for the department's name.
    private func writeNotes(_ template: TableTemplate, geometry: TableGeometry, mode: WriteMode, department: String, to sheet: SheetWriter) throws {
        let notes: [String]
        switch mode {
        case .figures(let accounts) where accounts.missingTables.contains(template.kind): notes = [template.notSubmittedNote]
        case .figures(let accounts): notes = accounts.isEmpty(template.kind) ? template.emptyNotes : template.notes
        case .fillIn: notes = template.notes
        }
        let last = template.width - 1
        let width = max(20, template.columnWidths.reduce(0, +))
        for (index, note) in notes.map({ Self.naming(department, in: $0) }).enumerated() {
            let row = geometry.notesRow + index
            try sheet.merge(CellRange(first: .init(row: row, column: 0), last: .init(row: row, column: last)), text: note, style: TableStyles.note)
            let lines = (TextWidth.of(note) / width).rounded(.up)
            try sheet.setRowHeight(row, max(1, lines) * 14)
        }
    }
}

extension WriteMode {
    /// The year of the accounts written, for the page footer.
    var year: Int? {
        if case .figures(let accounts) = self { return accounts.year }
        return nil
    }

    var isFillIn: Bool {
        if case .fillIn = self { return true }
        return false
    }
}
