import Foundation
import Testing
import XLSX
@testable import Gongkai

/// What the recognizer reports instead of dropping: unplaced figures, stray sheets,
/// unreadable amounts, disagreeing departments; and the exact unit conversions.
@Suite struct RecognitionFindingTests {
    private func recognise(_ text: String, name: String = "报送.txt") throws -> ImportResult {
        let profiles = try ProfileStore.builtIn.profileIDs.map { try ProfileStore.builtIn.profile($0) }
        let grid = DelimitedTextGrid.grid(text, name: name)
        return try SubmissionRecognizer(profile: profiles[0], recognising: profiles).recognise([(grid, .visible)], hints: .init(fileName: name))
    }

    private let income = """
        2023年度一般公共预算财政拨款支出决算表
        编制单位：测试中心\t\t\t金额单位：元
        科目编码\t科目名称\t小计\t基本支出\t项目支出\t备用
        \t合计\t12250.00\t10050.00\t2200.00\t
        208\t社会保障和就业支出\t12250.00\t10050.00\t2200.00\t99.00
        """

    @Test func yuanAmountsConvertExactlyAndPublishHalfUp() throws {
        let result = try recognise(income)
        let table = result.accounts.generalBudgetExpenditure
        #expect(table.totalValue("total") == Amount("1.225"))
        #expect(table.totalValue("total").published == Amount("1.23"))
        #expect(table.totalValue("basic").published == Amount("1.01"))
        #expect(result.accounts.department == "测试中心")
        #expect(result.accounts.year == 2023)
        #expect(result.accounts.sourceUnit == .yuan)
    }

    @Test func aFigureInAnUnknownColumnIsReportedWithItsCell() throws {
        let result = try recognise(income)
        let unplaced = result.findings.filter { $0.rule == "import.unplaced-figure" }
        #expect(unplaced.map(\.cells) == [[SourceCell(sheet: "报送.txt", cell: "F5")]])
        #expect(unplaced.first?.severity == .warning)
    }

    @Test func unreadableAmountIsAnError() throws {
        let result = try recognise(income.replacingOccurrences(of: "2200.00\t99.00", with: "两千二\t"))
        #expect(result.findings.contains { $0.rule == "import.unreadable-amount" && $0.cells == [SourceCell(sheet: "报送.txt", cell: "E5")] })
    }

    @Test func numbersOutsideAnyTableAreReported() throws {
        let profiles = try ProfileStore.builtIn.profileIDs.map { try ProfileStore.builtIn.profile($0) }
        var stray = SheetGrid(name: "草稿")
        stray.appendRow(0, cells: [Cell(column: 0, value: .text("备用数")), Cell(column: 1, value: .number(123.45))])
        let table = DelimitedTextGrid.grid(income, name: "表")
        let result = try SubmissionRecognizer(profile: profiles[0], recognising: profiles)
            .recognise([(table, .visible), (stray, .visible)], hints: .init(fileName: "x.xlsx"))
        #expect(result.findings.contains { $0.rule == "import.figures-outside-tables" && $0.cells == [SourceCell(sheet: "草稿", cell: "B1")] })
    }

    @Test func disagreeingDepartmentsAreReported() throws {
        let second = income.replacingOccurrences(of: "一般公共预算财政拨款支出决算表", with: "支出决算表")
            .replacingOccurrences(of: "测试中心", with: "另一中心")
            .replacingOccurrences(of: "小计\t基本支出\t项目支出\t备用", with: "本年支出合计\t基本支出\t项目支出\t上缴上级支出")
        let result = try recognise(income + "\n\n" + second)
        #expect(result.findings.contains { $0.rule == "import.department-disagrees" })
        #expect(result.accounts.expenditure.totalValue("total") == Amount("1.225"))
    }

    @Test func nothingRecognisedIsAnError() {
        #expect(throws: ImportError.self) { try recognise("会议纪要\n今年预算执行良好。\n") }
    }

    @Test func titleWinsOverNumber() throws {
        let text = """
            公开07表
            财政拨款“三公”经费支出决算表
            单位：测试中心\t\t\t\t\t\t\t\t\t\t\t单位：万元
            预算数\t\t\t\t\t\t决算数
            合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费
            \t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t
            1.00\t0.50\t0.30\t0.10\t0.20\t0.20\t2.00\t1.00\t0.60\t0.40\t0.20\t0.40
            """
        let result = try recognise(text)
        #expect(result.accounts.threePublicExpenses.value("final_car_purchase") == Amount("0.40"))
        #expect(result.accounts.threePublicExpenses.value("budget_total") == Amount("1.00"))
        #expect(result.accounts.governmentFund.isEmpty)
    }

    @Test(arguments: [("1,376.70", "1376.70"), ("１，３７６．７０", "1376.70"), ("(1.00)", "-1.00"), ("-1.00", "-1.00"), ("－", "0")])
    func amountTextForms(_ text: String, _ value: String) {
        switch CellAmount.read(text: text) {
        case .amount(let number): #expect(Amount.converting(number)?.amount == Amount(value))
        case .empty: #expect(value == "0")
        case .notAnAmount: Issue.record("not read: \(text)")
        }
    }
}

/// Other wordings seen in real submissions.
@Suite struct RecognitionWordingTests {
    private func recognise(_ text: String) throws -> ImportResult {
        let profiles = try ProfileStore.builtIn.profileIDs.map { try ProfileStore.builtIn.profile($0) }
        return try SubmissionRecognizer(profile: profiles[0], recognising: profiles)
            .recognise([(DelimitedTextGrid.grid(text, name: "t.txt"), .visible)], hints: .init(fileName: "t.txt"))
    }

    @Test func governmentFundWithShortHeadersAndATotalCalledSupportTotal() throws {
        let result = try recognise("""
            某某单位2023年度政府性基金预算财政拨款收入支出决算表（单位：元）
            功能分类科目编码\t科目名称\t年初结转结余\t本年收入\t本年支出\t\t\t年末结转结余
            \t\t\t\t合计\t基本支出\t项目支出\t
            \t支出合计\t0\t10000\t10000\t0\t10000\t0
            212\t城乡社区支出\t0\t10000\t10000\t0\t10000\t0
            """)
        let table = result.accounts.governmentFund
        #expect(table.totalValue("income") == Amount("1.00"))
        #expect(table.totalValue("project") == Amount("1.00"))
        #expect(table.row("212")?.values["total"] == Amount("1.00"))
        #expect(result.findings.filter { $0.severity != .notice && $0.rule != "missing-table" }.isEmpty, "\(result.findings.map(\.message))")
    }

    @Test func outlineNumbersOfManyKinds() {
        #expect(LabelText.withoutNumbering("（一）一般公共预算财政拨款") == "一般公共预算财政拨款")
        #expect(LabelText.withoutNumbering("1.一般公共预算财政拨款收入") == "一般公共预算财政拨款收入")
        #expect(LabelText.withoutNumbering("十二、农林水支出") == "农林水支出")
        #expect(LabelText.withoutNumbering("1254.29") == "1254.29")
        #expect(LabelText.withoutNumbering("其中：公务用车购置费") == "公务用车购置费")
    }
}

@Suite struct LineNumberFallbackTests {
    @Test func anUnknownLabelIsPlacedByItsLineNumber() throws {
        let profiles = try ProfileStore.builtIn.profileIDs.map { try ProfileStore.builtIn.profile($0) }
        let text = """
            收入支出决算总表
            单位：测试中心\t\t\t\t\t单位：万元
            收入\t\t\t支出
            项目\t行次\t金额\t项目\t行次\t金额
            一、一般公共预算财政拨款收入（含追加）\t1\t5.00\t一、一般公共服务支出\t31\t5.00
            本年收入合计\t27\t5.00\t本年支出合计\t57\t5.00
            """
        let result = try SubmissionRecognizer(profile: profiles[0], recognising: profiles)
            .recognise([(DelimitedTextGrid.grid(text, name: "t.txt"), .visible)], hints: .init(fileName: "t.txt"))
        #expect(result.accounts.incomeExpenditureSummary.value(line: 1) == Amount("5.00"))
        #expect(result.findings.filter { $0.rule == "import.unplaced-figure" }.isEmpty)
    }
}

/// What a finance office must never publish without a word: an unfilled template, a department
/// taken from the file name, a standard workbook re-checked as if its figures were exact.
@Suite struct PublishOnlyWhatIsTrueTests {
    @Test func anUnfilledTemplateIsAnErrorAndItsDepartmentComesFromTheFileNameWithAWarning() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("某某局填报表.xlsx").path
        try DisclosureWriter(profile: try ProfileStore.builtIn.profile("2023-national")).writeFillIn(to: path)
        let result = try SubmissionImporter(year: 2023).load(path)
        #expect(result.findings.contains { $0.rule == "import.no-figures" && $0.severity == .error })
        #expect(result.accounts.department == "某某局填报表")
        #expect(result.findings.contains { $0.rule == "import.department-from-file-name" && $0.severity == .warning })
    }

    @Test func aStandardWorkbookFromAYuanSubmissionIsCheckedAsPublishedFigures() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, profile) = try SubmissionImporter(year: 2023).loadInProfile(Repository.path("Tests/GongkaiTests/Submissions/yuan_stacked.xlsx"))
        let exact = Checker(profile: profile).findings(for: result).filter { $0.severity == .error && $0.rule != "missing-table" }
        #expect(!exact.isEmpty, "the seed's 0.01 gaps are 100 元 errors when checked in 元")
        let path = folder.appendingPathComponent("standard.xlsx").path
        try DisclosureWriter(profile: profile).write(result.accounts, to: path)
        let (readBack, _) = try SubmissionImporter().loadInProfile(path)
        #expect(readBack.accounts.sourceUnit == .yuan)
        #expect(readBack.accounts.precision == .published)
        let errors = Checker(profile: profile).findings(for: readBack).filter { $0.severity == .error }
        #expect(errors.map(\.rule) == ["missing-table"], "\(errors.map(\.message))")
    }

    @Test func headingsNameTheDepartmentAndYear() {
        #expect(IdentityClues.heading("上海市普陀区人民政府石泉路街道办事处 2025 年度部门决算表") == ("上海市普陀区人民政府石泉路街道办事处", 2025))
        #expect(IdentityClues.heading("2023年度部门决算").department == nil)
        #expect(IdentityClues.heading("收入支出决算总表").year == nil)
        #expect(IdentityClues.labelled("单位名称:某某中心") == "某某中心")
        #expect(IdentityClues.labelled("单位:万元") == nil)
    }
}
