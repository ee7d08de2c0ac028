import Foundation
import Testing
@testable import XLSX

/// Values that no spreadsheet program writes but a hand-edited or broken file may hold: refused
/// with the cell named, never guessed.
@Suite struct HandEditedValueTests {
    private func read(_ cells: String) throws -> SheetGrid {
        let workbook = try Workbook(bytes: MinimalWorkbook.bytes(sheet: MinimalWorkbook.sheet("<row r=\"1\">\(cells)</row>")))
        return try workbook.readSheet(workbook.sheets[0])
    }

    @Test(arguments: ["1,5", "0x10", "inf", "nan", "1.2.3", "12 34"])
    func aNumberCellThatIsNotANumberIsRefusedNamingTheCell(_ text: String) {
        #expect(throws: XLSXError.invalidNumber(sheet: "Sheet1", cell: "B1", text: text)) {
            try read("<c r=\"B1\"><v>\(text)</v></c>")
        }
    }

    @Test func twoValuesForOneCellAreRefused() {
        #expect(throws: XLSXError.duplicateValue(sheet: "Sheet1", cell: "A1")) {
            try read("<c r=\"A1\"><v>1</v><v>2</v></c>")
        }
    }

    @Test func decimalNumbersStillRead() throws {
        let grid = try read("<c r=\"A1\"><v> 1.5E3 </v></c><c r=\"B1\"><v>-0.25</v></c><c r=\"C1\"><v></v></c>")
        #expect(grid.value(at: CellReference(row: 0, column: 0)) == .number(1500))
        #expect(grid.value(at: CellReference(row: 0, column: 1)) == .number(-0.25))
        #expect(grid.value(at: CellReference(row: 0, column: 2)) == nil)
    }

    @Test func messagesQuoteAtMostSixtyCharacters() {
        let message = XLSXError.invalidNumber(sheet: "表", cell: "A1", text: String(repeating: "9", count: 100_000)).description
        #expect(message.count < 200)
        #expect(message.contains("…"))
    }

    @Test func formulasWithoutResultsAreComputedWhenSimpleArithmetic() throws {
        let grid = try read("""
            <c r="A1"><v>1.5</v></c><c r="B1"><v>2</v></c><c r="C1"><f>SUM(A1:B1)</f></c><c r="D1"><f>$A$1*B1-(B1/4)</f></c>\
            <c r="E1"><f>C1+D1</f></c><c r="F1"><f>VLOOKUP(A1,A1:B1,2)</f></c><c r="G1"><f>A1/0</f></c><c r="H1"><f>Sheet2!A1</f></c>\
            <c r="I1"><f>SUM(A1,B1,3)</f></c><c r="J1"><f>J1+1</f></c>
            """)
        let evaluator = FormulaEvaluator(grid: grid)
        func value(_ column: Int) -> Double? { evaluator.value(at: CellReference(row: 0, column: column)) }
        #expect(value(2) == 3.5)
        #expect(value(3) == 2.5)
        #expect(value(4) == 6)
        #expect(value(5) == nil)
        #expect(value(6) == nil)
        #expect(value(7) == nil)
        #expect(value(8) == 6.5)
        #expect(value(9) == nil)
    }
}

/// Cells and shared strings count against limits while reading, so a bomb of tiny cells or
/// strings is refused long before memory runs out.
@Suite struct CountedLimitTests {
    @Test func cellsOverAllSheetsCountAgainstTheLimit() throws {
        var limits = ReadLimits.standard
        limits.maxCells = 3
        let bytes = try MinimalWorkbook.bytes(sheet: MinimalWorkbook.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"C1\"><v>3</v></c><c r=\"D1\"><v>4</v></c></row>"))
        let workbook = try Workbook(bytes: bytes, limits: limits)
        #expect(throws: XLSXError.tooManyCells(sheet: "Sheet1", limit: 3)) { try workbook.readSheet(workbook.sheets[0]) }
        limits.maxCells = 4
        let enough = try Workbook(bytes: bytes, limits: limits)
        #expect(try enough.readSheet(enough.sheets[0]).cellCount == 4)
        #expect(throws: XLSXError.tooManyCells(sheet: "Sheet1", limit: 4)) { try enough.readSheet(enough.sheets[0]) }
    }

    @Test func sharedStringsCountAgainstTheLimit() throws {
        var limits = ReadLimits.standard
        limits.maxSharedStrings = 1
        let table = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>甲</t></si><si><t>乙</t></si></sst>"
        let bytes = try MinimalWorkbook.bytes(overrides: ["xl/sharedStrings.xml": Array(table.utf8)])
        #expect(throws: XLSXError.tooManySharedStrings(limit: 1)) { try Workbook(bytes: bytes, limits: limits) }
        #expect(ReadLimits.standard.raised(by: 10).maxCells == 30_000_000)
    }
}
