import Foundation
import Testing
@testable import XLSX

/// Legacy .xls workbooks: read from a path or from memory into the grids the .xlsx reader
/// makes, with what FreeXL leaves out (cached formula results) taken from the records.
@Suite struct LegacyWorkbookTests {
    @Test func pathAndBytesGiveTheSameGrids() throws {
        let path = Fixture.path("legacy.xls")
        let fromPath = try Workbook(path: path)
        let fromBytes = try Workbook(bytes: Array(Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(fromPath.format == .xls && fromBytes.format == .xls)
        #expect(fromPath.sheets.map(\.name) == ["公开05表", "第二张"])
        for sheet in fromPath.sheets {
            let a = try fromPath.readSheet(sheet)
            let b = try fromBytes.readSheet(sheet)
            #expect(a.rows.map { $0.cells.map(\.value) } == b.rows.map { $0.cells.map(\.value) })
        }
    }

    @Test func formulasGiveTheirCachedResults() throws {
        let workbook = try Workbook(path: Fixture.path("legacy.xls"))
        let grid = try workbook.readSheet(workbook.sheets[0])
        #expect(grid.value(at: CellReference(row: 3, column: 2)) == .number(3.23))
        #expect(grid.value(at: CellReference(row: 1, column: 1)) == .text("卫生健康支出"))
        #expect(grid.mergedRanges.contains(CellRange(first: CellReference(row: 5, column: 0), last: CellReference(row: 5, column: 1))))
    }

    @Test func aCompoundFileWithoutAWorkbookIsNotASpreadsheet() throws {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.path("legacy.xls"))))
        // Rename every "Workbook" directory entry name to "Document".
        let from = Array("Workbook".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let to = Array("Document".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var index = 0
        while index + from.count <= bytes.count {
            if Array(bytes[index..<(index + from.count)]) == from { bytes.replaceSubrange(index..<(index + from.count), with: to) }
            index += 1
        }
        #expect(throws: XLSXError.unsupportedOLE) { try Workbook(bytes: bytes) }
    }
}
