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
