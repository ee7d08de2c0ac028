import Foundation
import Testing
@testable import Gongkai

/// Every rule passes on the seed and fails when one figure it covers is changed.
@Suite struct CheckerRuleTests {
    typealias Mutation = @Sendable (inout FinalAccounts) -> Void

    static let one = Amount("1.00")!

    static func line(_ kind: TableKind, _ line: Int, _ column: String = "amount", by delta: Amount = one) -> Mutation {
        { $0[lines: kind].lines[line, default: [:]][column] = ($0[lines: kind].lines[line]?[column] ?? .zero) + delta }
    }

    static func coded(_ kind: TableKind, _ code: String?, _ column: String, by delta: Amount = one) -> Mutation {
        { accounts in
            var table = accounts[coded: kind]
            if let code, let index = table.rows.firstIndex(where: { $0.code == code }) {
                table.rows[index].values[column] = (table.rows[index].values[column] ?? .zero) + delta
            } else if let code {
                table.rows.append(CodedRow(code: code, name: "新增科目", values: [column: delta]))
            } else {
                table.total[column] = (table.total[column] ?? .zero) + delta
            }
            accounts[coded: kind] = table
        }
    }

    static func economic(_ code: String, by delta: Amount = one) -> Mutation {
        { accounts in
            if let index = accounts.generalBudgetBasic.rows.firstIndex(where: { $0.code == code }) {
                accounts.generalBudgetBasic.rows[index].amount += delta
            }
        }
    }

    static func three(_ column: String, _ value: Amount) -> Mutation {
        { $0.threePublicExpenses.values[column] = value }
    }

    static func both(_ first: @escaping Mutation, _ second: @escaping Mutation) -> Mutation {
        { first(&$0); second(&$0) }
    }

    static let cases: [(rule: String, severity: Finding.Severity, mutation: Mutation)] = [
        ("01-1", .error, line(.incomeExpenditureSummary, 27)),
        ("01-2", .error, line(.incomeExpenditureSummary, 57)),
        ("01-3", .error, line(.incomeExpenditureSummary, 30)),
        ("01-4", .error, line(.incomeExpenditureSummary, 60)),
        ("01-5", .error, both(line(.incomeExpenditureSummary, 29), line(.incomeExpenditureSummary, 30))),
        ("02-row", .error, coded(.income, "201", "fiscal_appropriation")),
        ("02-tree", .error, both(coded(.income, "201", "total"), coded(.income, "201", "fiscal_appropriation"))),
        ("03-row", .error, coded(.expenditure, "201", "basic")),
        ("03-tree", .error, both(coded(.expenditure, "208", "total"), coded(.expenditure, "208", "basic"))),
        ("04-1", .error, line(.fiscalSummary, 27)),
        ("04-2", .error, line(.fiscalSummary, 28)),
        ("04-3", .error, line(.fiscalSummary, 32)),
        ("04-4", .error, both(line(.fiscalSummary, 59, "total"), line(.fiscalSummary, 59, "general_budget"))),
        ("04-5", .error, line(.fiscalSummary, 64, "general_budget")),
        ("04-6", .error, line(.fiscalSummary, 33, "total")),
        ("04-7", .error, both(line(.fiscalSummary, 27), line(.fiscalSummary, 32))),
        ("04-8", .error, line(.fiscalSummary, 1)),
        ("05-row", .error, coded(.generalBudgetExpenditure, "201", "project")),
        ("05-tree", .error, both(coded(.generalBudgetExpenditure, "221", "total"), coded(.generalBudgetExpenditure, "221", "basic"))),
        ("06-1", .error, economic("30101")),
        ("06-2", .error, { $0.generalBudgetBasic.personnelTotal = Amount("80.00") }),
        ("06-3", .error, { $0.generalBudgetBasic.publicTotal = Amount("6.85") }),
        ("07-row", .error, coded(.governmentFund, nil, "total")),
        ("07-balance", .error, coded(.governmentFund, nil, "closing_balance")),
        ("07-tree", .error, both(coded(.governmentFund, "229", "total"), coded(.governmentFund, "229", "basic"))),
        ("08-row", .error, coded(.stateCapital, nil, "total")),
        ("08-tree", .error, both(coded(.stateCapital, "223", "total"), coded(.stateCapital, "223", "basic"))),
        ("09-1", .error, three("final_total", one)),
        ("09-2", .error, three("final_cars", one)),
        ("09-3", .error, both(three("final_abroad", -one), three("final_total", -one))),
        ("X01", .error, both(coded(.income, nil, "total"), coded(.income, nil, "superior_subsidy"))),
        ("X02", .error, both(coded(.expenditure, nil, "total"), coded(.expenditure, nil, "basic"))),
        ("X03", .error, both(coded(.income, nil, "fiscal_appropriation"), coded(.income, nil, "total"))),
        ("X04", .error, both(coded(.income, nil, "other_income"), coded(.income, nil, "total"))),
        ("X05", .error, line(.incomeExpenditureSummary, 31)),
        ("X06", .error, both(line(.fiscalSummary, 27), line(.fiscalSummary, 2))),
        ("X07", .error, both(line(.fiscalSummary, 2), line(.fiscalSummary, 27))),
        ("X08", .error, both(line(.fiscalSummary, 59, "general_budget"), line(.fiscalSummary, 59, "state_capital", by: -one))),
        ("X09", .error, both(line(.fiscalSummary, 33, "general_budget"), line(.fiscalSummary, 33, "state_capital", by: -one))),
        ("X10", .error, both(economic("301"), { $0.generalBudgetBasic.personnelTotal = Amount("73.38") })),
        ("X11", .error, both(economic("30229"), economic("302"))),
        ("X12", .error, both(coded(.governmentFund, nil, "total"), coded(.governmentFund, nil, "basic"))),
        ("X13", .error, coded(.governmentFund, nil, "income")),
        ("X14", .error, coded(.governmentFund, nil, "opening_balance")),
        ("X15", .error, coded(.governmentFund, nil, "closing_balance")),
        ("X16", .error, both(coded(.stateCapital, nil, "total"), coded(.stateCapital, nil, "basic"))),
        ("X17", .error, coded(.governmentFund, "229", "basic")),
        ("S1", .warning, coded(.generalBudgetExpenditure, nil, "basic")),
        ("S2", .warning, coded(.generalBudgetExpenditure, nil, "project")),
        ("S3", .warning, line(.fiscalSummary, 28)),
        ("S4", .warning, line(.fiscalSummary, 60, "total")),
        ("S5", .warning, economic("30212")),
        ("S6", .warning, economic("30231")),
        ("S7", .warning, economic("31013")),
        ("S8", .warning, economic("30217")),
        ("S9", .notice, coded(.income, "221", "total")),
        ("C1", .error, coded(.income, "2101", "total")),
        ("C2", .error, coded(.income, "2089999", "total")),
        ("C3", .notice, { $0.income.rows[0].name = "一般公共服务" }),
        ("C4", .notice, coded(.income, "20888", "total")),
    ]

    private func findings(_ mutation: Mutation? = nil) throws -> [Finding] {
        var accounts = try SampleAccounts.seed()
        mutation?(&accounts)
        return Checker(profile: try ProfileStore.builtIn.profile("2023-national")).check(accounts)
    }

    @Test(arguments: cases.map(\.rule))
    func rulePassesOnTheSeed(_ rule: String) throws {
        let severity = Self.cases.first { $0.rule == rule }?.severity ?? .error
        #expect(try findings().filter { $0.rule == rule && $0.severity <= severity && !($0.rule == "C3" && $0.message.contains("30217")) }.isEmpty)
    }

    @Test(arguments: cases.map(\.rule))
    func ruleFailsWhenAFigureItCoversChanges(_ rule: String) throws {
        guard let entry = Self.cases.first(where: { $0.rule == rule }) else { return }
        let found = try findings(entry.mutation).filter { $0.rule == rule }
        #expect(found.contains { $0.severity == entry.severity }, "\(rule): \(found.map(\.message))")
    }

    @Test func seedYieldsExactlyItsKnownNotices() throws {
        let found = try findings()
        #expect(found.filter { $0.severity != .notice }.isEmpty)
        let rounding = found.filter { !$0.rule.hasPrefix("C") }.map(\.rule).sorted()
        #expect(rounding == ["02-tree", "02-tree", "03-row", "03-tree", "03-tree", "05-row", "05-tree", "05-tree", "06-1", "X10", "X11"])
        #expect(found.filter { $0.rule.hasPrefix("C") }.map(\.message).allSatisfy { $0.contains("30217") })
    }

    @Test func aFigureChangedByOneYuanPointsAtItsCellOnly() throws {
        let found = try findings(Self.economic("30102"))
        let errors = found.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        let cell = SourceCell(sheet: "公开06表", cell: "C6", place: .standard)
        #expect(errors.allSatisfy { $0.cells.contains(cell) }, "\(errors.map(\.message))")
    }

    @Test func exactYuanIdentitiesAreNoticesNotErrors() throws {
        var accounts = FinalAccounts(department: "测试", year: 2023, profile: "2023-national", sourceUnit: .yuan)
        let a = Amount("84.3550")!, b = Amount("3.2250")!
        accounts.generalBudgetExpenditure = CodedTable(
            total: ["total": a + b, "basic": b, "project": a],
            rows: [CodedRow(code: "210", name: "卫生健康支出", values: ["total": a + b, "basic": b, "project": a])])
        let found = Checker(profile: try ProfileStore.builtIn.profile("2023-national")).check(accounts).filter { $0.rule == "05-row" }
        #expect(found.map(\.severity) == [.notice, .notice])
        accounts.generalBudgetExpenditure.rows[0].values["total"] = a + b + Amount("0.0001")!
        let broken = Checker(profile: try ProfileStore.builtIn.profile("2023-national")).check(accounts).filter { $0.rule == "05-row" }
        #expect(broken.contains { $0.severity == .error })
    }
}
