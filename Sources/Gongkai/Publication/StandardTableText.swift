import Foundation
import XLSX

/// The nine tables as a publication prints them: the standard workbook's headers (merged as
/// the template merges them), 栏次 row, rows and notes, as Word tables. The standard workbook is
/// the one layout of the tables: it is written and read back, so the document shows exactly
/// what the workbook shows.
struct StandardTableText {
    let profile: Profile

    /// The title line, the 编制单位/金额单位 line, the table and the notes of every table.
    func blocks(for accounts: FinalAccounts) throws -> [WordDocument.Block] {
        try blocks(standardWorkbook: TemporaryOutput.bytes { try DisclosureWriter(profile: profile).write(accounts, to: $0) })
    }

    /// The same, from the standard workbook's bytes already written.
    func blocks(standardWorkbook bytes: Data) throws -> [WordDocument.Block] {
        let workbook = try Workbook(bytes: Array(bytes))
        var blocks: [WordDocument.Block] = []
        for (index, template) in profile.tables.enumerated() {
            guard let sheet = workbook.sheets.first(where: { $0.name == template.sheetName }) else { continue }
            let grid = try workbook.readSheet(sheet)
            blocks += table(template, grid: grid, position: index)
        }
        return blocks
    }

    private func table(_ template: TableTemplate, grid: SheetGrid, position: Int) -> [WordDocument.Block] {
        let geometry = TableGeometry(template, dataRowCount: 0)
        let number = ChineseNumerals.ordinal(position + 1)
        var title = WordDocument.Paragraph(.tableTitle, "\(number)、\(template.title)")
        title.pageBreakBefore = position > 0
        let unitLine = WordDocument.Paragraph(.note, runs: [
            WordDocument.Run(text(grid, geometry.unitRow, 0)), WordDocument.Run("    \(template.sheetName)    "),
            WordDocument.Run(text(grid, geometry.unitRow, template.width - 1)),
        ])
        let notes = (geometry.notesRow(in: grid)..<grid.rowExtent).compactMap { row -> WordDocument.Block? in
            let line = text(grid, row, 0)
            return line.isEmpty ? nil : .paragraph(WordDocument.Paragraph(.note, line))
        }
        return [.paragraph(title), .paragraph(unitLine), .table(wordTable(template, grid: grid, geometry: geometry))] + notes
    }

    private func wordTable(_ template: TableTemplate, grid: SheetGrid, geometry: TableGeometry) -> WordDocument.Table {
        let width = template.width
        var rows: [[WordDocument.Cell]] = []
        let merges = template.merges.compactMap(CellRange.init)
        for (offset, header) in template.header.enumerated() {
            var cells: [WordDocument.Cell] = []
            var column = 0
            while column < width {
                let here = CellReference(row: offset, column: column)
                let range = merges.first { $0.contains(here) }
                let span = range.map { $0.last.column - $0.first.column + 1 } ?? 1
                var cell = WordDocument.Cell(header[safe: column] ?? "", span: span, alignment: .center, bold: true)
                if let range, range.first.row != range.last.row {
                    if range.first.row == offset { cell.mergeStart = true } else { cell.mergedAbove = true }
                }
                cells.append(cell)
                column += range.map { $0.last.column - column + 1 } ?? 1
            }
            rows.append(cells)
        }
        let bodyRows = (geometry.columnNumberRow ?? geometry.dataRow)..<geometry.notesRow(in: grid)
        for row in bodyRows {
            rows.append((0..<width).map { column in
                let reference = CellReference(row: row, column: column)
                var cell = switch grid.value(at: reference) {
                case .number(let number): WordDocument.Cell(ChangeText.amount(Amount(number) ?? .zero), alignment: .right)
                case .text(let text): WordDocument.Cell(text, alignment: row == geometry.columnNumberRow || Int(text) != nil ? .center : .left)
                default: WordDocument.Cell("")
                }
                cell.anchor = "\(template.sheetName)!\(reference)"
                return cell
            })
        }
        let total = template.columnWidths.reduce(0, +)
        let widths = template.columnWidths.map { Int(($0 / max(total, 1) * 14_300).rounded()) }
        return WordDocument.Table(columnWidths: widths, rows: rows, headerRows: template.header.count + (geometry.columnNumberRow == nil ? 0 : 1))
    }

    private func text(_ grid: SheetGrid, _ row: Int, _ column: Int) -> String {
        switch grid.value(at: CellReference(row: row, column: column)) {
        case .text(let text): return text
        case .number(let number): return ChangeText.amount(Amount(number) ?? .zero)
        default: return ""
        }
    }
}

extension TableGeometry {
    /// The first note row of a table as written: the first row after the data whose first cell
    /// is a note (注 …, 本表 …) — the data rows of a coded table depend on its codes.
    func notesRow(in grid: SheetGrid) -> Int {
        var row = dataRow
        while row < grid.rowExtent {
            if case .text(let text) = grid.value(at: CellReference(row: row, column: 0)),
               text.hasPrefix("注") || text.hasPrefix("本表") || text.hasPrefix(TableTemplate.notSubmittedMarker) {
                return row
            }
            row += 1
        }
        return grid.rowExtent
    }
}

/// 一, 二, … 十 for the numbering of the tables and sections.
enum ChineseNumerals {
    static func ordinal(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 1...9: return digits[number]
        case 10: return "十"
        case 11...19: return "十" + digits[number - 10]
        default: return String(number)
        }
    }
}
