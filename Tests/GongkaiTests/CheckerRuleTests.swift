import Foundation
import Testing
@testable import Gongkai

/// Every rule passes on the seed and fails when one figure it covers is changed, in every
/// built-in profile (the seed laid out in it): lines are found by role, rules by table meaning.
@Suite struct CheckerRuleTests {
    typealias Mutation = @Sendable (inout FinalAccounts, Profile) -> Void

    static let one = Amount("1.00")!

    /// A rule's identifier: fixed (X01), or a table's number in the profile and a suffix (07-row).
    enum RuleID: Sendable, CustomStringConvertible {
        case fixed(String)
        case table(TableKind, String)

        func id(in profile: Profile) -> String {
            switch self {
            case .fixed(let id): return id
            case .table(let kind, let suffix): return "\(profile.template(kind)?.number ?? "00")-\(suffix)"
            }
        }

        var description: String {
            switch self {
            case .fixed(let id): return id
            case .table(let kind, let suffix): return "\(kind.rawValue)-\(suffix)"
            }
        }
    }

    static func lineNumber(_ profile: Profile, _ kind: TableKind, _ side: SideKey, _ role: LineRole?, classCode: String? = nil) -> Int {
        let lines = profile.template(kind)?.lines?.sides.first { $0.key == side }?.lines ?? []
        return lines.first { role != nil ? $0.role == role : $0.classCode == classCode }?.line ?? -1
    }

    static func line(_ kind: TableKind, _ side: SideKey, _ role: LineRole, _ column: ColumnKey = .amount, by delta: Amount = one) -> Mutation {
        { accounts, profile in
            let line = lineNumber(profile, kind, side, role)
            accounts[lines: kind].lines[line, default: [:]][column.rawValue] = accounts[lines: kind].value(line: line, column: column.rawValue) + delta
        }
    }

    static func classLine(_ kind: TableKind, _ code: String, _ column: ColumnKey = .amount, by delta: Amount = one) -> Mutation {
        { accounts, profile in
            let line = lineNumber(profile, kind, .expenditure, nil, classCode: code)
            accounts[lines: kind].lines[line, default: [:]][column.rawValue] = accounts[lines: kind].value(line: line, column: column.rawValue) + delta
        }
    }

    static func coded(_ kind: TableKind, _ code: String?, _ column: ColumnKey, by delta: Amount = one) -> Mutation {
        { accounts, _ in
            var table = accounts[coded: kind]
            let key = column.rawValue
            if let code, let index = table.rows.firstIndex(where: { $0.code == code }) {
                table.rows[index].values[key] = (table.rows[index].values[key] ?? .zero) + delta
            } else if let code {
                table.rows.append(CodedRow(code: code, name: "新增科目", values: [key: delta]))
            } else {
                table.total[key] = (table.total[key] ?? .zero) + delta
            }
            accounts[coded: kind] = table
        }
    }

    static func economic(_ code: String, by delta: Amount = one) -> Mutation {
        { accounts, _ in
            if let index = accounts.generalBudgetBasic.rows.firstIndex(where: { $0.code == code }) {
                accounts.generalBudgetBasic.rows[index].amount += delta
            } else {
                accounts.generalBudgetBasic.rows.append(EconomicRow(code: code, name: "新增科目", amount: delta))
            }
        }
    }

    static func three(_ column: ColumnKey, _ value: Amount) -> Mutation {
        { accounts, _ in accounts.threePublicExpenses.values[column.rawValue] = value }
    }

    static func both(_ first: @escaping Mutation, _ second: @escaping Mutation) -> Mutation {
        { first(&$0, $1); second(&$0, $1) }
    }

    static let s = TableKind.incomeExpenditureSummary, f = TableKind.fiscalSummary
    static let cases: [(rule: RuleID, severity: Finding.Severity, mutation: Mutation)] = [
        (.fixed("01-1"), .error, line(s, .income, .incomeTotal)),
        (.fixed("01-2"), .error, line(s, .expenditure, .expenditureTotal)),
        (.fixed("01-3"), .error, line(s, .income, .grandTotal)),
        (.fixed("01-4"), .error, line(s, .expenditure, .grandTotal)),
        (.fixed("01-5"), .error, both(line(s, .income, .openingBalance), line(s, .income, .grandTotal))),
        (.table(.income, "row"), .error, coded(.income, "201", .fiscalAppropriation)),
        (.table(.income, "tree"), .error, both(coded(.income, "201", .total), coded(.income, "201", .fiscalAppropriation))),
        (.table(.expenditure, "row"), .error, coded(.expenditure, "201", .basic)),
        (.table(.expenditure, "tree"), .error, both(coded(.expenditure, "208", .total), coded(.expenditure, "208", .basic))),
        (.fixed("04-1"), .error, line(f, .income, .incomeTotal)),
        (.fixed("04-2"), .error, line(f, .income, .openingFiscalBalance)),
        (.fixed("04-3"), .error, line(f, .income, .grandTotal)),
        (.fixed("04-4"), .error, both(line(f, .expenditure, .expenditureTotal, .total), line(f, .expenditure, .expenditureTotal, .generalBudget))),
        (.fixed("04-5"), .error, line(f, .expenditure, .grandTotal, .generalBudget)),
        (.fixed("04-6"), .error, classLine(f, "201", .total)),
        (.fixed("04-7"), .error, both(line(f, .income, .incomeTotal), line(f, .income, .grandTotal))),
        (.fixed("04-8"), .error, line(f, .income, .generalBudgetAppropriation)),
        (.table(.generalBudgetExpenditure, "row"), .error, coded(.generalBudgetExpenditure, "201", .project)),
        (.table(.generalBudgetExpenditure, "tree"), .error, both(coded(.generalBudgetExpenditure, "221", .total), coded(.generalBudgetExpenditure, "221", .basic))),
        (.fixed("06-1"), .error, economic("30101")),
        (.fixed("06-2"), .error, { accounts, _ in accounts.generalBudgetBasic.personnelTotal = Amount("80.00") }),
        (.fixed("06-3"), .error, { accounts, _ in accounts.generalBudgetBasic.publicTotal = Amount("6.85") }),
        (.table(.governmentFund, "row"), .error, coded(.governmentFund, nil, .total)),
        (.table(.governmentFund, "balance"), .error, coded(.governmentFund, nil, .closingBalance)),
        (.table(.governmentFund, "tree"), .error, both(coded(.governmentFund, "229", .total), coded(.governmentFund, "229", .basic))),
        (.table(.stateCapital, "row"), .error, coded(.stateCapital, nil, .total)),
        (.table(.stateCapital, "tree"), .error, both(coded(.stateCapital, "223", .total), coded(.stateCapital, "223", .basic))),
        (.table(.threePublicExpenses, "1"), .error, three(.finalTotal, one)),
        (.table(.threePublicExpenses, "2"), .error, three(.finalCars, one)),
        (.table(.threePublicExpenses, "3"), .error, both(three(.finalAbroad, -one), three(.finalTotal, -one))),
        (.fixed("X01"), .error, both(coded(.income, nil, .total), coded(.income, nil, .superiorSubsidy))),
        (.fixed("X02"), .error, both(coded(.expenditure, nil, .total), coded(.expenditure, nil, .basic))),
        (.fixed("X03"), .error, both(coded(.income, nil, .fiscalAppropriation), coded(.income, nil, .total))),
        (.fixed("X04"), .error, both(coded(.income, nil, .otherIncome), coded(.income, nil, .total))),
        (.fixed("X05"), .error, classLine(s, "201")),
        (.fixed("X06"), .error, both(line(f, .income, .incomeTotal), line(f, .income, .governmentFundAppropriation))),
        (.fixed("X07"), .error, both(line(f, .income, .governmentFundAppropriation), line(f, .income, .incomeTotal))),
        (.fixed("X08"), .error, both(line(f, .expenditure, .expenditureTotal, .generalBudget), line(f, .expenditure, .expenditureTotal, .stateCapital, by: -one))),
        (.fixed("X09"), .error, both(classLine(f, "201", .generalBudget), classLine(f, "201", .stateCapital, by: -one))),
        (.fixed("X10"), .error, both(economic("301"), { accounts, _ in accounts.generalBudgetBasic.personnelTotal = Amount("73.38") })),
        (.fixed("X11"), .error, both(economic("30229"), economic("302"))),
        (.fixed("X12"), .error, both(coded(.governmentFund, nil, .total), coded(.governmentFund, nil, .basic))),
        (.fixed("X13"), .error, coded(.governmentFund, nil, .income)),
        (.fixed("X14"), .error, coded(.governmentFund, nil, .openingBalance)),
        (.fixed("X15"), .error, coded(.governmentFund, nil, .closingBalance)),
        (.fixed("X16"), .error, both(coded(.stateCapital, nil, .total), coded(.stateCapital, nil, .basic))),
        (.fixed("X17"), .error, coded(.governmentFund, "229", .basic)),
        (.fixed("S1"), .warning, coded(.generalBudgetExpenditure, nil, .basic)),
        (.fixed("S2"), .warning, coded(.generalBudgetExpenditure, nil, .project)),
        (.fixed("S3"), .warning, line(f, .income, .openingFiscalBalance)),
        (.fixed("S4"), .warning, line(f, .expenditure, .closingFiscalBalance, .total)),
        (.fixed("S5"), .warning, economic("30212")),
        (.fixed("S6"), .warning, economic("30231")),
        (.fixed("S7"), .warning, economic("31013")),
        (.fixed("S8"), .warning, economic("30217")),
        (.fixed("S9"), .notice, coded(.income, "221", .total)),
        (.fixed("C1"), .error, coded(.income, "2101", .total)),
        (.fixed("C2"), .error, coded(.income, "2089999", .total)),
        (.fixed("C3"), .notice, { accounts, _ in accounts.income.rows[0].name = "一般公共服务" }),
        (.fixed("C4"), .notice, coded(.income, "20888", .total)),
    ]

    static let profileIDs = ProfileStore.builtIn.profileIDs

    /// The seed laid out in `profileID`, and that profile.
    static func seed(in profileID: String) throws -> (FinalAccounts, Profile) {
        let seed = try SampleAccounts.seed()
        let source = try ProfileStore.builtIn.profile(seed.profile)
        let profile = try ProfileStore.builtIn.profile(profileID)
        return (ProfileConversion.convert(seed, from: source, to: profile).0, profile)
    }

    private func findings(_ mutation: Mutation? = nil, profileID: String = "2023-national") throws -> [Finding] {
        var (accounts, profile) = try Self.seed(in: profileID)
        mutation?(&accounts, profile)
        return Checker(profile: profile).check(accounts)
    }

    @Test(arguments: profileIDs, cases.indices)
    func rulePassesOnTheSeed(_ profileID: String, _ index: Int) throws {
        let entry = Self.cases[index]
        let rule = entry.rule.id(in: try ProfileStore.builtIn.profile(profileID))
        let found = try findings(profileID: profileID).filter { $0.rule == rule && $0.severity <= entry.severity }
        #expect(found.filter { !($0.rule == "C3" && $0.message.contains("30217")) }.isEmpty, "\(profileID) \(rule): \(found.map(\.message))")
    }

    @Test(arguments: profileIDs, cases.indices)
    func ruleFailsWhenAFigureItCoversChanges(_ profileID: String, _ index: Int) throws {
        let entry = Self.cases[index]
        let rule = entry.rule.id(in: try ProfileStore.builtIn.profile(profileID))
        let found = try findings(entry.mutation, profileID: profileID).filter { $0.rule == rule }
        #expect(found.contains { $0.severity == entry.severity }, "\(profileID) \(rule): \(found.map(\.message))")
    }

    @Test(arguments: profileIDs)
    func noRuleIsLeftUncheckable(_ profileID: String) throws {
        let found = try findings(profileID: profileID).filter { $0.message.contains("无法核对") }
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aRuleWhoseLineTheProfileLacksSaysSo() throws {
        var (accounts, profile) = try Self.seed(in: "2023-national")
        for index in profile.tables.indices where profile.tables[index].kind == .incomeExpenditureSummary {
            profile.tables[index].lines?.sides[0].lines.removeAll { $0.role == .otherIncome }
        }
        accounts.incomeExpenditureSummary.lines[8] = nil
        let found = Checker(profile: profile).check(accounts).filter { $0.rule == "01-1" }
        #expect(found.contains { $0.severity == .warning && $0.message.contains("other_income") })
    }

    @Test func rulesOnAMissingTableAreNotCheckedAndSaySo() throws {
        var (accounts, profile) = try Self.seed(in: "2023-national")
        accounts.stateCapital = CodedTable()
        accounts.missingTables = [.stateCapital]
        let found = Checker(profile: profile).check(accounts)
        #expect(found.contains { $0.rule == "X16" && $0.severity == .notice && $0.message.contains("未报送") })
        #expect(!found.contains { $0.rule == "08-row" && $0.severity == .error })
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

/// Code lists by year: names follow the year's list, unknown codes are warnings only when the
/// list is complete, a user's list adds codes.
@Suite struct CodeListTests {
    @Test func codesNewInAYearAreKnownFromThatYearOnly() {
        let lists = CodeLists.builtIn
        #expect(lists.functional.name(of: "2170404", in: 2025) == "中央金融机构注资特别国债支出")
        #expect(lists.functional.name(of: "2170404", in: 2024) == nil)
        #expect(lists.functional.name(of: "22006", in: 2024) == "耕地保护考核奖惩基金支出")
        #expect(lists.functional.name(of: "201", in: 2025) == "一般公共服务支出")
        #expect(lists.economic.complete && !lists.functional.complete)
    }

    @Test func anUnknownEconomicCodeIsAWarningAndAnUnknownFunctionalCodeANotice() throws {
        var accounts = try SampleAccounts.seed()
        accounts.generalBudgetBasic.rows.append(EconomicRow(code: "30288", name: "自编科目", amount: .zero))
        accounts.income.rows.append(CodedRow(code: "2019999", name: "自编", values: [:]))
        let found = Checker(profile: try ProfileStore.builtIn.profile("2023-national")).check(accounts).filter { $0.rule == "C4" }
        #expect(found.first { $0.message.contains("30288") }?.severity == .warning)
        #expect(found.first { $0.message.contains("2019999") }?.severity == .notice)
        let added = CodeLists.builtIn.adding("code,name\n30288,自编科目\n2019999,自编\n")
        let after = Checker(profile: try ProfileStore.builtIn.profile("2023-national"), codeLists: added).check(accounts).filter { $0.rule == "C4" }
        #expect(after.isEmpty, "\(after.map(\.message))")
    }

    @Test func outputNamesFollowTheOfficialList() throws {
        var accounts = try SampleAccounts.seed()
        let profile = try ProfileStore.builtIn.profile("2023-national")
        let found = OfficialNames.apply(to: &accounts, profile: profile, lists: .builtIn, sources: [:])
        #expect(accounts.generalBudgetBasic.rows.first { $0.code == "30217" }?.name == "公务接待费")
        #expect(found.map(\.rule) == ["C3"])
        #expect(found.first?.message.contains("公务招待费") ?? false)
        #expect(Checker(profile: profile).check(accounts).filter { $0.rule == "C3" }.isEmpty)
    }
}
