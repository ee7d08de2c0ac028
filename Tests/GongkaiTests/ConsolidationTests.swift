import Testing
@testable import Gongkai

@Suite struct ConsolidationTests {
    private func unit(_ name: String, _ accounts: FinalAccounts) -> ConsolidationUnit {
        var accounts = accounts
        accounts.department = name
        return ConsolidationUnit(source: "\(name).xlsx", inputProfile: accounts.profile, accounts: accounts, findings: [])
    }

    /// Adds `amount` to `column` of `code` and of the rows above it (款, 类) and the 合计, and to the total column.
    private func add(_ amount: Amount, column: ColumnKey, code: String, in table: inout CodedTable) {
        for key in [column.rawValue, ColumnKey.total.rawValue] {
            table.total[key] = table.totalValue(key) + amount
            for index in table.rows.indices where code.hasPrefix(table.rows[index].code) {
                table.rows[index].values[key] = (table.rows[index].values[key] ?? .zero) + amount
            }
        }
    }

    @Test func addingTwoUnitsAddsEveryFigure() throws {
        let (seed, profile) = try CheckerRuleTests.seed(in: "2023-national")
        let result = try Consolidation(department: "某区", profile: profile).run([unit("甲", seed), unit("乙", seed.setting(
            FigureKey(table: .income, row: "208", column: "total"), to: Amount("30.00")!) ?? seed)])
        let one = seed.figures
        for (key, value) in result.accounts.figures where key != FigureKey(table: .income, row: "208", column: "total") {
            #expect(value == (one[key] ?? .zero).times(2), "\(key)")
        }
        #expect(result.accounts.roundedSources == 2)
        #expect(result.trail.units == ["甲", "乙"])
    }

    @Test func internalTransfersAreReportedAndEliminatedOnlyWhereBothSidesShowThem() throws {
        let (seed, profile) = try CheckerRuleTests.seed(in: "2023-national")
        var superior = seed
        add(Amount("8.00")!, column: .subsidyToSubordinate, code: "2010350", in: &superior.expenditure)
        var subordinate = seed
        add(Amount("10.00")!, column: .superiorSubsidy, code: "2010350", in: &subordinate.income)
        let units = [unit("上级", superior), unit("下级", subordinate)]
        let plain = try Consolidation(department: "某部门", profile: profile).run(units)
        #expect(plain.findings.contains { $0.rule == "consolidate.internal-transfers" && $0.message.contains("10.00") && $0.message.contains("8.00") })
        var eliminating = Consolidation(department: "某部门", profile: profile)
        eliminating.eliminateInternal = true
        let eliminated = try eliminating.run(units)
        let before = plain.accounts, after = eliminated.accounts
        let eight = Amount("8.00")!
        #expect(after.income.row("2010350")?.values["superior_subsidy"] == (before.income.row("2010350")?.values["superior_subsidy"] ?? .zero) - eight)
        #expect(after.expenditure.row("201")?.values["subsidy_to_subordinate"] == (before.expenditure.row("201")?.values["subsidy_to_subordinate"] ?? .zero) - eight)
        #expect(after.income.totalValue("total") == before.income.totalValue("total") - eight)
        #expect(after.incomeExpenditureSummary.value(line: 30) == before.incomeExpenditureSummary.value(line: 30) - eight)
        #expect(after.incomeExpenditureSummary.value(line: 31) == before.incomeExpenditureSummary.value(line: 31) - eight)
        #expect(eliminated.findings.contains { $0.rule == "consolidate.internal-eliminated" && $0.message.contains("非公开口径") })
        let errors = { (findings: [Finding]) in Set(findings.filter { $0.severity == .error && !$0.rule.hasPrefix("consolidate") }.map(\.rule)) }
        #expect(errors(eliminated.findings).isSubset(of: errors(plain.findings)))
    }

    @Test func unitsOfDifferentYearsAreRefused() throws {
        let (seed, profile) = try CheckerRuleTests.seed(in: "2023-national")
        var later = seed
        later.year = 2024
        #expect(throws: ConsolidationError.self) { try Consolidation(department: "某区", profile: profile).run([unit("甲", seed), unit("乙", later)]) }
    }
}
