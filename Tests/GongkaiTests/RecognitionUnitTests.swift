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

@Suite struct LabelComparisonTests {
    @Test func bytesCompareAsTheTextDoes() {
        #expect(LabelBytes.equal("合计", "合计"))
        #expect(!LabelBytes.equal("合计", "合计数"))
        #expect(LabelBytes.equal("", ""))
        #expect(LabelBytes.hasPrefix("金额单位:万元", "金额单位"))
        #expect(!LabelBytes.hasPrefix("单位", "金额单位"))
        #expect(LabelBytes.hasSuffix("收入决算表", "决算表"))
        #expect(!LabelBytes.hasSuffix("表", "决算表"))
        #expect(LabelBytes.contains("收入决算表(单位:元)", "单位:元)"))
        #expect(LabelBytes.contains("abc", ""))
        #expect(!LabelBytes.contains("单位", "单位:元"))
        #expect(!LabelBytes.contains("单位:万元", "单位:元"))
        #expect(LabelBytes.contains("xx单位:元", "单位:元"))
    }

    @Test func tableKindsOrderAndHashByCase() {
        #expect(TableKind.allCases.map(\.ordinal) == Array(0..<TableKind.allCases.count))
        #expect(TableKind.allCases.sorted(by: >).reversed() == TableKind.allCases)
        #expect(Set(TableKind.allCases).count == TableKind.allCases.count)
    }

    @Test(arguments: ["12.50", "0", "007", ".", "1.2.3", "1254.29", "-3", "1,234.50", "（12）", "", "—"])
    func plainDigitsReadAsTheGeneralPathDoes(_ text: String) {
        // The digits-only fast path must agree with reading the text with a sign or separators around it.
        #expect(Self.outcome(CellAmount.read(text: text)) == Self.outcome(CellAmount.read(text: " " + text + " ")))
    }

    private static func outcome(_ reading: CellAmount.Reading) -> String {
        switch reading {
        case .amount(let number): return number.description
        case .empty: return "empty"
        case .notAnAmount: return "not an amount"
        }
    }
}
