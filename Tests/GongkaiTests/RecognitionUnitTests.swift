import Testing
import XLSX
@testable import Gongkai

@Suite struct RecognitionUnitTests {
    @Test(arguments: [
        ("单位：万元", AmountUnit.tenThousandYuan), ("金额单位：元", .yuan), ("单位:千元", .thousandYuan), ("金额（元）", .yuan),
        ("单位：哈尔滨市", nil), ("收入决算表（单位：元）", .yuan),
    ])
    func unitsAreReadFromTheUnitLine(_ text: String, _ unit: AmountUnit?) {
        #expect(TableRegion.unit(in: LabelText.withoutNumbering(text)) == unit)
    }

    @Test func frameGivesDepartmentAndUnitOnSeparateLines() {
        let grid = DelimitedTextGrid.grid("收入决算表\n公开02表\n单位：某某中心\n单位：万元\n项目\n", name: "t")
        let region = TableRegion(grid: grid, kind: .income, anchor: CellReference(row: 0, column: 0), rows: 0..<5, columns: 0..<9)
        let frame = region.frame(headerStart: 4)
        #expect(frame.department == "某某中心")
        #expect(frame.unit == .tenThousandYuan)
    }
}
