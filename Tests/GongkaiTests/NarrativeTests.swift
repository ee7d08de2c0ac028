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
        accounts.facts.vehiclesByKind = ["执法执勤用车": 1]
        accounts.facts.floorArea = Amount("1250.50")
        accounts.facts.evaluation.selfProjects = 2
        accounts.facts.evaluation.selfAmount = Amount("10.00")
        accounts.facts.evaluation.departmentProjects = 1
        accounts.facts.evaluation.departmentAmount = Amount("5.00")
        accounts.facts.evaluation.keyBudget = Amount("8.00")
        accounts.facts.evaluation.keyExecuted = Amount("6.00")
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
        #expect(texts.contains { $0.contains("共有车辆1辆，其中，执法执勤用车1辆。") && $0.contains("房屋1,250.5平方米。") })
        #expect(texts.contains { $0.contains("执行数合计6.00万元，完成预算的75.00%，平均得分【待填写：重点项目平均得分】分") })
        #expect(!narrative.findings.contains { $0.rule == "publish.vehicles-total" })
    }

    /// Vehicles entered in all and by kind must agree; the document states the total entered and
    /// the error names both.
    @Test func vehiclesThatDoNotAddUpAreAnError() throws {
        var (accounts, profile) = try CheckerRuleTests.seed(in: "2023-national")
        accounts.facts.vehicles = 3
        accounts.facts.vehiclesByKind = ["岗位保障用车": 1, "其他用车": 1]
        let findings = Narrative(accounts: accounts, previous: nil, profile: profile).findings
        #expect(findings.contains { $0.rule == "publish.vehicles-total" && $0.severity == .error && $0.message.contains("共 3 辆，各类车辆合计 2 辆") })
    }
}
