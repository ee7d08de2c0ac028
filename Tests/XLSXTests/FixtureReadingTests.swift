import Testing
@testable import XLSX

/// Workbooks written by other producers read as those producers meant them.
@Suite struct FixtureReadingTests {
    @Test func openpyxlWorkbook() throws {
        let workbook = try Workbook(path: Fixture.path("openpyxl_basic.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["收入决算表", "辅助", "参数"])
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        let grid = try workbook.readSheet(workbook.sheets[0])
        #expect(grid.value(at: CellReference("A1")!) == .text("收入决算表"))
        #expect(grid.value(at: CellReference("A7")!) == .number(2_010_350))
        #expect(grid.value(at: CellReference("C6")!) == .number(1254.29))
        #expect(grid.value(at: CellReference("E9")!) == .date(45291))
        #expect(grid.cell(at: CellReference("F9")!)?.format == .percent)
        #expect(grid.value(at: CellReference("G9")!) == .bool(true))
        #expect(grid.value(at: CellReference("H9")!) == .text("含 <特殊> & \"引号\", 逗号"))
        #expect(grid.mergedRanges.contains(CellRange("A1:D1")!))
        #expect(grid.hiddenRows.contains(7))
        #expect(grid.hiddenColumns.contains(2))
    }

    @Test func xlsxWriterWorkbookWithRichTextFormulasAndErrors() throws {
        let workbook = try Workbook(path: Fixture.path("xlsxwriter_rich.xlsx"))
        let grid = try workbook.readSheet(try workbook.sheet("1"))
        #expect(grid.value(at: CellReference("A2")!) == .text("单位：某某单位（本级）"))
        #expect(grid.cell(at: CellReference("A5")!)?.format == .text)
        #expect(grid.value(at: CellReference("C6")!) == .number(4.32))
        #expect(grid.formulas[CellReference("C6")!] == "C5*2")
        #expect(grid.value(at: CellReference("B6")!) == .text("合计"))
        #expect(grid.value(at: CellReference("F6")!) == .error("#DIV/0!"))
        #expect(grid.value(at: CellReference("F5")!) == .bool(false))
        #expect(grid.value(at: CellReference("A8")!).map(NumberText.text(of:)) == "2024-03-01T08:30:00")
    }

    @Test func dates1904AreConvertedToThe1900System() throws {
        let workbook = try Workbook(path: Fixture.path("xlsxwriter_1904.xlsx"))
        #expect(workbook.uses1904Dates)
        let grid = try workbook.readSheet(workbook.sheets[0])
        #expect(grid.value(at: CellReference("A1")!) == .date(45291))
    }

    @Test func libreOfficeWorkbookKeepsCachedFormulaValuesAndTextAsTyped() throws {
        let workbook = try Workbook(path: Fixture.path("libreoffice_basic.xlsx"))
        let grid = try workbook.readSheet(try workbook.sheet("公开05表"))
        #expect(grid.value(at: CellReference("C4")!) == .number(3.23))
        #expect(grid.value(at: CellReference("C5")!) == .number(87.58))
        #expect(grid.value(at: CellReference("B5")!) == .text("合　计"))
        #expect(grid.value(at: CellReference("D5")!) == .text("1,376.70"))
        #expect(grid.value(at: CellReference("A2")!) == .text("210"))
    }

    @Test func handmadeEdgeCases() throws {
        let workbook = try Workbook(path: Fixture.path("handmade_edge.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["第二", "A&B"])
        #expect(workbook.sheets.map(\.part) == ["xl/data/second.xml", "xl/data/first.xml"])
        let first = try workbook.readSheet(try workbook.sheet("A&B"))
        #expect(first.value(at: CellReference("A1")!) == .text("科目代码"))
        #expect(first.value(at: CellReference("B1")!) == .text("内联<文本>"))
        #expect(first.value(at: CellReference("A2")!) == .text("合　计 "))
        #expect(first.value(at: CellReference("B5")!) == .text("a<b>&c"))
        #expect(first.value(at: CellReference("C5")!) == .error("#N/A"))
        #expect(first.value(at: CellReference("D5")!) == .date(45291.5))
        let second = try workbook.readSheet(workbook.sheets[0])
        #expect(second.value(at: CellReference("C2")!) == .number(-0.00125))
        #expect(second.value(at: CellReference("D2")!) == .text("富文本"))
    }

    @Test func farCellStaysSparse() throws {
        let workbook = try Workbook(path: Fixture.path("xlsxwriter_far_cell.xlsx"))
        let grid = try workbook.readSheet(workbook.sheets[0])
        #expect(grid.cellCount == 2)
        #expect(grid.value(at: CellReference("XFD1048576")!) == .text("far corner"))
    }

    @Test func workbookFromMemoryMatchesWorkbookFromPath() throws {
        let path = Fixture.path("openpyxl_basic.xlsx")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let fromMemory = try Workbook(bytes: bytes)
        let fromPath = try Workbook(path: path)
        #expect(fromMemory.sheets == fromPath.sheets)
        #expect(try fromMemory.readSheet(fromMemory.sheets[0]).rows.map { Array($0.cells) }
            == fromPath.readSheet(fromPath.sheets[0]).rows.map { Array($0.cells) })
    }
}

import Foundation
