import Testing
import XLSX
@testable import Gongkai

/// What extraction records about cells and figures: the used-cell mask and the figures' sources.
@Suite struct ExtractionBookkeepingTests {
    @Test func maskMarksCellsInsideAndOutsideItsRectangle() {
        var mask = CellMask(rows: 5..<40, columns: 2..<9)
        let marked = [(5, 2), (39, 8), (17, 4), (4, 2), (40, 8), (17, 1), (17, 9), (0, 0)]
        for (row, column) in marked { mask.insert(row, column) }
        for row in 0..<45 {
            for column in 0..<12 {
                #expect(mask.contains(row, column) == marked.contains { $0 == (row, column) }, "\(row),\(column)")
            }
        }
    }

    /// A region a million rows deep (a stray cell far down) is not given a bit for every cell.
    @Test func aHugeRectangleKeepsItsMarksInASet() {
        var mask = CellMask(rows: 0..<1_048_576, columns: 0..<16_384)
        mask.insert(1_048_575, 16_383)
        mask.insert(3, 3)
        #expect(mask.contains(1_048_575, 16_383) && mask.contains(3, 3))
        #expect(!mask.contains(3, 4) && !mask.contains(0, 0))
    }

    @Test func sourcesAreFoundWhicheverTableTheyCameWith() {
        let income = FigureKey(table: .income, row: "201", column: "total")
        let line = FigureKey(table: .incomeExpenditureSummary, row: "1", column: "amount")
        let three = FigureKey(table: .threePublicExpenses, row: "values", column: "final_abroad")
        var sources = FigureSources()
        sources.adopt([income: SourceCell(sheet: "收入", cell: "D9")])
        sources.adopt([line: SourceCell(sheet: "总表", cell: "B7")])
        // Mixed tables, and a figure that already has a source: added one by one, the first kept.
        sources.adopt([income: SourceCell(sheet: "另一张", cell: "A1"), three: SourceCell(sheet: "三公", cell: "C6")])
        #expect(sources[income] == SourceCell(sheet: "收入", cell: "D9"))
        #expect(sources[line] == SourceCell(sheet: "总表", cell: "B7"))
        #expect(sources[three] == SourceCell(sheet: "三公", cell: "C6"))
        #expect(sources[FigureKey(table: .income, row: "202", column: "total")] == nil)
        #expect(sources.count == 3 && !sources.isEmpty)
        #expect(Set(sources.keys) == [income, line, three])
        #expect(Dictionary(uniqueKeysWithValues: sources.map { ($0.key, $0.value) }).count == 3)
        #expect(FigureSources().isEmpty && FigureSources([line: SourceCell(sheet: "总表", cell: "B7")])[line]?.cell == "B7")
    }
}
