import Testing
@testable import Gongkai

@Suite struct RepairHintTests {
    private func hints(_ accounts: FinalAccounts, _ profile: Profile) -> [Finding] {
        Checker(profile: profile).check(accounts).filter { $0.rule == "repair-hint" }
    }

    @Test(arguments: CheckerRuleTests.profileIDs)
    func swappedDigitsAreFoundInTheirCell(_ profileID: String) throws {
        let (seed, profile) = try CheckerRuleTests.seed(in: profileID)
        let key = FigureKey(table: .generalBudgetExpenditure, row: "2010350", column: "basic")
        #expect(seed.figures[key] == Amount("55.19"))
        let typo = try #require(seed.setting(key, to: Amount("55.91")!))
        let found = hints(typo, profile)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("填 55.91 万元，应为 55.19 万元") == true, "\(found.map(\.message))")
        #expect(found.first?.cells.contains { $0.place == .standard } == true)
        #expect(hints(seed, profile).isEmpty)
    }

    @Test(arguments: CheckerRuleTests.profileIDs)
    func oneFigureReadsAsAllOfThemDo(_ profileID: String) throws {
        let (seed, _) = try CheckerRuleTests.seed(in: profileID)
        #expect(!seed.figures.isEmpty)
        for (key, value) in seed.figures {
            #expect(seed.value(at: key) == value, "\(key)")
        }
        #expect(seed.value(at: FigureKey(table: .expenditure, row: "9999999", column: "total")) == nil)
        #expect(seed.value(at: FigureKey(table: .fiscalSummary, row: "not a line", column: "amount")) == nil)
    }

    /// Every figure of 03 and 05 multiplied by ten in turn (a dropped decimal point):
    /// a hint, when given, names exactly that figure and its true value, never another cell.
    @Test func hintsNeverBlameAnotherCell() throws {
        let (seed, profile) = try CheckerRuleTests.seed(in: "2023-national")
        let labels = FigureLabels(profile: profile)
        var hinted = 0
        var tried = 0
        for (key, value) in seed.figures.sorted(by: { $0.key.description < $1.key.description }) where [.expenditure, .generalBudgetExpenditure].contains(key.table) {
            tried += 1
            let typo = try #require(seed.setting(key, to: value.times(10)))
            let found = hints(typo, profile)
            guard let hint = found.first else { continue }
            hinted += 1
            #expect(found.count == 1)
            #expect(hint.message.contains(labels.describe(key, in: seed)) && hint.message.contains("应为 \(value.published) 万元"), "\(key): \(hint.message)")
        }
        #expect(hinted * 2 > tried, "hints for \(hinted) of \(tried) figures")
    }

    @Test func twoMistypedFiguresGiveNoHint() throws {
        let (seed, profile) = try CheckerRuleTests.seed(in: "2023-national")
        let first = FigureKey(table: .generalBudgetExpenditure, row: "2010350", column: "basic")
        let second = FigureKey(table: .expenditure, row: "2080505", column: "basic")
        let once = try #require(seed.setting(first, to: Amount("55.91")!))
        let twice = try #require(once.setting(second, to: Amount("72.90")!))
        #expect(hints(twice, profile).isEmpty)
    }

    @Test func yuanSubmissionsAreHintedInYuan() throws {
        var (seed, profile) = try CheckerRuleTests.seed(in: "2023-national")
        seed.sourceUnit = .yuan
        let key = FigureKey(table: .generalBudgetExpenditure, row: "2010350", column: "basic")
        let typo = try #require(seed.setting(key, to: Amount("55.91")!))
        let hint = try #require(hints(typo, profile).first)
        #expect(hint.message.contains("填 559100.00 元，应为 551900.00 元"), "\(hint.message)")
    }
}
