import Testing
@testable import XLSX
@testable import Gongkai

@Suite struct NarrativeTests {
    /// Every `{name}` of the wording is filled: a pattern naming a value the code does not give
    /// would print its braces.
    @Test(arguments: CheckerRuleTests.profileIDs)
    func everyPatternIsFilled(_ profileID: String) throws {
        var (accounts, profile) = try CheckerRuleTests.seed(in: profileID)
        accounts.facts.operatingCosts = Amount("12.30")
        accounts.facts.operatingCostsLastYear = Amount("10.00")
        accounts.facts.procurementGoods = Amount("1.00")
        accounts.facts.procurementWorks = Amount("2.00")
        accounts.facts.procurementServices = Amount("3.00")
        accounts.facts.procurementSME = Amount("4.00")
        accounts.facts.procurementSmallMicro = Amount("2.00")
        accounts.facts.vehicles = 1
        var last = accounts
        last.year -= 1
        let narrative = Narrative(accounts: accounts, previous: last, profile: profile)
        let texts = narrative.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.runs.map(\.text).joined() }
            return nil
        }
        #expect(!texts.isEmpty)
        #expect(texts.allSatisfy { !$0.contains("{") && !$0.contains("}") }, "\(texts.filter { $0.contains("{") })")
        #expect(texts.contains { $0.contains("政府采购支出总额6.00万元") && $0.contains("占政府采购支出总额的66.67%") && $0.contains("占授予中小企业合同金额的50.00%") })
        #expect(texts.contains { $0.contains("机关运行经费支出12.30万元，比上年决算数增加2.30万元，增长23.00%") })
    }
}
