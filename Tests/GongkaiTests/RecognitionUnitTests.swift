import Foundation
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

    @Test(arguments: [("1.5亿元", "1.5亿元"), ("十二、", ""), ("（十二）农林水支出", "农林水支出"), ("(一", "(一"), ("其中：（一）基本支出", "基本支出"),
                      ("-1.2", "1.2"), ("1.", ""), ("123456、项目", "123456、项目"), ("(123456)项目", "(123456)项目"), ("(甲)项目", "(甲)项目"),
                      ("• 合 计", "合计"), ("一二三四、支出", "支出"), ("()空", "()空"), ("3、", "")])
    func outlineNumbersAreStripped(_ text: String, _ label: String) {
        #expect(LabelText.withoutNumbering(text) == label)
    }

    @Test func rememberedColumnMatchesAreTheMatchesWorkedOut() {
        let candidates: [String: [[String]]] = ["total": [["合计"]], "basic": [["基本支出"]], "project": [["项目支出"]]]
        let paths: [Int: [String]] = [3: ["本年支出", "合计"], 4: ["本年支出", "基本支出"], 5: ["本年支出", "项目支出"]]
        let cache = ColumnMatchCache()
        for excluded: Set<Int> in [[], [4], [], [4], [3, 4, 5]] {
            #expect(cache.match(.expenditure, paths: paths, candidates: candidates, excluded: excluded)
                == ColumnMatcher.match(paths: paths, candidates: candidates, excluded: excluded))
        }
        for column in 0..<(ColumnMatchCache.capacity + 3) {
            let shifted = Dictionary(uniqueKeysWithValues: paths.map { ($0.key + column, $0.value) })
            #expect(cache.match(.income, paths: shifted, candidates: candidates, excluded: [])["basic"] == 4 + column)
        }
    }

    @Test func labelSetsFindExactlyTheirWords() {
        let long = String(repeating: "一般公共预算", count: 5)
        let words = ["合计", "项目", "栏次", "(元)", "1", "", long, "本年收入合计"]
        let set = LabelSet(words)
        for label in words + ["合", "合计数", "计合", "1254.29", "2", "(万元)", long + "支出", "本年支出合计", " ", "項目"] {
            #expect(set.contains(label) == words.contains(label), "\(label)")
        }
        #expect(!LabelSet(["合计"]).contains(""))
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

    @Test(arguments: ["事业运行", "合计", "１２３元", "12万", "（一）", "¥１,２３４", "－１２３．４", "——", "\u{3000}12\u{3000}", "12 345", "一二三"])
    func chineseTextIsNeverAnAmount(_ text: String) {
        // The early answer for text with a Chinese character must be the one the folding path gives.
        let reading = CellAmount.read(text: text)
        let hasChinese = text.unicodeScalars.contains { (0x3400..<0xFF01).contains($0.value) || $0.value > 0xFF5E }
        if hasChinese { #expect(reading == .notAnAmount(text)) }
        #expect(Self.outcome(reading) == Self.outcome(CellAmount.read(text: " " + text)))
    }

    @Test(arguments: ["", " ", "\t事业运行\u{3000}", "\u{00A0}12\u{2009}", "\u{200B}a\u{200B}", "a b", "\n12\n", "\u{3000}\u{3000}", "x\u{202F}", "\u{1680}y"])
    func whitespaceIsTrimmedAsFoundationTrimsIt(_ text: String) {
        #expect(LabelText.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func whitespaceIsTheScalarsFoundationCallsWhitespace() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(LabelText.isWhitespace(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: ["2010350 事业运行", "２０１０３５０事业运行", " 201 一般公共服务支出", "20103-政府办公厅", "2010350", "事业运行", "1234 名称", "\u{3000}20805：养老"])
    func codeAndNameSplitAsBefore(_ text: String) {
        let split = LabelText.splitCodeAndName(text)
        let expected: [String: (String, String)] = ["2010350 事业运行": ("2010350", "事业运行"), "２０１０３５０事业运行": ("2010350", "事业运行"),
                                                    " 201 一般公共服务支出": ("201", "一般公共服务支出"), "20103-政府办公厅": ("20103", "政府办公厅"),
                                                    "\u{3000}20805：养老": ("20805", "养老")]
        #expect(split?.code == expected[text]?.0)
        #expect(split?.name == expected[text]?.1)
    }

    @Test(arguments: [("2010350", "2010350"), ("2010350.0", "2010350"), ("２０１", "201"), (" 301 ", "301"), ("30.0", "30"), (".0", nil), ("3O1", nil), ("事业", nil), ("", nil)])
    func codesAreReadFromTextOrNumber(_ text: String, _ code: String?) {
        #expect(LabelText.code(text) == code)
    }

    private static func outcome(_ reading: CellAmount.Reading) -> String {
        switch reading {
        case .amount(let number): return number.description
        case .empty: return "empty"
        case .notAnAmount: return "not an amount"
        }
    }
}
