import Foundation
import Testing
@testable import Gongkai

@Suite struct TemplateTests {
    @Test(arguments: ["2023-national", "2024-shanghai", "2025-shanghai"])
    func profilesLoadWithAllNineTables(_ id: String) throws {
        let profile = try ProfileStore.builtIn.profile(id)
        #expect(profile.tables.count == 9)
        #expect(Set(profile.tables.map(\.kind)) == Set(TableKind.allCases))
        #expect(profile.tables.map(\.number) == ["01", "02", "03", "04", "05", "06", "07", "08", "09"])
    }

    @Test func shanghaiNumbersTablesByItsOwnOrder() throws {
        let profile = try ProfileStore.builtIn.profile("2024-shanghai")
        #expect(profile.template(.threePublicExpenses)?.number == "07")
        #expect(profile.template(.governmentFund)?.number == "08")
        #expect(profile.template(.stateCapital)?.number == "09")
        #expect(profile.template(.stateCapital)?.coded?.valueColumns.count == 6)
        let summary = try #require(profile.template(.incomeExpenditureSummary)?.lines)
        #expect(summary.sides[1].lines.filter { $0.classCode != nil }.count == 24)
        #expect(summary.sides.allSatisfy { $0.lineColumn == nil })
    }

    @Test func nationalSummaryHasTheSeedsLines() throws {
        let profile = try ProfileStore.builtIn.profile("2023-national")
        let sides = try #require(profile.template(.incomeExpenditureSummary)?.lines?.sides)
        #expect(sides[0].lines.map(\.line) == Array(1...30))
        #expect(sides[1].lines.map(\.line) == Array(31...60))
        #expect(sides[1].lines.first?.label == "一、一般公共服务支出")
        #expect(sides[1].lines[25].label == "二十六、抗疫特别国债安排的支出")
        let economic = try #require(profile.template(.generalBudgetBasic)?.economic)
        #expect(economic.groups.flatMap(\.codes).count == 81)
    }

    @Test func builtInTemplatesMatchTheTemplatesFolder() throws {
        let folder = ProfileStore.directory(Repository.path("templates"))
        #expect(folder.profileIDs == ProfileStore.builtIn.profileIDs)
        for id in folder.profileIDs {
            #expect(try folder.profile(id) == ProfileStore.builtIn.profile(id), "run scripts/embed-templates after editing templates/\(id)")
        }
    }

    @Test func unknownProfileNamesTheAvailableOnes() {
        #expect(throws: TemplateError.unknownProfile("2019-mars", available: ["2023-national", "2024-shanghai", "2025-shanghai"])) {
            try ProfileStore.builtIn.profile("2019-mars")
        }
    }
}

/// A typo in a template's role or key fails when the profile loads, naming the file and key.
@Suite struct TemplateTypoTests {
    @Test(arguments: [("\"income_total\"", "\"incom_total\"", "role"), ("\"key\": \"basic\"", "\"key\": \"basci\"", "key"),
                      ("\"key\": \"income\"", "\"key\": \"incoem\"", "key")])
    func aMisspeltRoleOrKeyFailsAtLoad(_ original: String, _ typo: String, _ field: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profileFolder = folder.appendingPathComponent("2023-national")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.path("templates/2023-national")), to: profileFolder)
        let files = try FileManager.default.contentsOfDirectory(atPath: profileFolder.path).filter { $0.hasSuffix(".json") && $0 != "profile.json" }.sorted()
        let target = try #require(try files.first { try String(contentsOf: profileFolder.appendingPathComponent($0), encoding: .utf8).contains(original) })
        let url = profileFolder.appendingPathComponent(target)
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: original, with: typo).write(to: url, atomically: true, encoding: .utf8)
        #expect {
            _ = try ProfileStore.directory(folder.path).profile("2023-national")
        } throws: { error in
            "\(error)".contains("2023-national/\(target)") && "\(error)".contains(field) && "\(error)".contains("无效")
        }
    }
}
