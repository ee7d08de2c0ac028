import Foundation
import Testing
import XLSX
@testable import Gongkai

@Suite struct RoundTripTests {
    private func writeAndRead(_ accounts: FinalAccounts, profile: Profile, in folder: URL, name: String) throws -> (FinalAccounts, Data) {
        let path = folder.appendingPathComponent(name).path
        try DisclosureWriter(profile: profile).write(accounts, to: path)
        let read = try StandardWorkbookReader(profile: profile).read(Workbook(path: path))
        return (read, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func seedRoundTripsExactlyWithStableBytes() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try SampleAccounts.seed()
        let profile = try ProfileStore.builtIn.profile(seed.profile)
        let (read, bytes) = try writeAndRead(seed, profile: profile, in: folder, name: "a.xlsx")
        #expect(read == seed)
        let (_, again) = try writeAndRead(read, profile: profile, in: folder, name: "b.xlsx")
        #expect(again == bytes)
    }

    @Test(arguments: ["2023-national", "2024-shanghai", "2025-shanghai"], [1, 2, 3] as [UInt64])
    func generatedDepartmentsRoundTrip(_ id: String, _ seed: UInt64) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = try ProfileStore.builtIn.profile(id)
        let accounts = SampleAccounts.generated(profile: profile, seed: seed)
        let (read, _) = try writeAndRead(accounts, profile: profile, in: folder, name: "g.xlsx")
        #expect(read == accounts)
    }

    @Test func jsonWorkbookJsonIsTheIdentity() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: URL(fileURLWithPath: Repository.path("examples/seed-2023.json")))
        let accounts = try CanonicalJSON.decode(original)
        let profile = try ProfileStore.builtIn.profile(accounts.profile)
        let (read, _) = try writeAndRead(accounts, profile: profile, in: folder, name: "j.xlsx")
        #expect(try CanonicalJSON.encode(read) == CanonicalJSON.encode(accounts))
        #expect(try CanonicalJSON.decode(CanonicalJSON.encode(accounts)) == accounts)
    }

    @Test func importerReadsJsonAndStandardWorkbooksAlike() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jsonPath = Repository.path("examples/seed-2023.json")
        let fromJSON = try SubmissionImporter().load(jsonPath).accounts
        let workbook = folder.appendingPathComponent("s.xlsx").path
        try DisclosureWriter(profile: ProfileStore.builtIn.profile(fromJSON.profile)).write(fromJSON, to: workbook)
        #expect(try SubmissionImporter().load(workbook).accounts == fromJSON)
    }

    @Test func failedWriteLeavesNoFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = try ProfileStore.builtIn.profile("2023-national")
        let target = folder.appendingPathComponent("missing-folder/out.xlsx").path
        #expect(throws: XLSXError.self) { try DisclosureWriter(profile: profile).write(SampleAccounts.seed(), to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

/// A table the submission did not contain is written as not submitted, never as empty, and
/// stays missing when the workbook or the JSON is read back.
@Suite struct MissingTableTests {
    @Test func missingTableSurvivesTheWorkbookAndTheJSON() throws {
        var accounts = try SampleAccounts.seed()
        accounts.stateCapital = CodedTable()
        accounts.missingTables = [.stateCapital]
        let profile = try ProfileStore.builtIn.profile(accounts.profile)
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("missing.xlsx").path
        try DisclosureWriter(profile: profile).write(accounts, to: path)
        let workbook = try Workbook(path: path)
        let read = try StandardWorkbookReader(profile: profile).read(workbook)
        #expect(read.missingTables == [.stateCapital])
        #expect(read.precision == .published)
        let sheet = try #require(workbook.sheets.first { $0.name == "公开08表" })
        let texts = try workbook.readSheet(sheet).rows.flatMap { $0.cells.compactMap { $0.value.text } }
        #expect(texts.contains { $0.hasPrefix("本表未报送") })
        #expect(!texts.contains { $0.contains("空表") && !$0.contains("不是空表") })
        #expect(try workbook.readSheet(sheet).rows.allSatisfy { $0.cells.allSatisfy { $0.value.text != nil } })
        #expect(try CanonicalJSON.decode(CanonicalJSON.encode(accounts)).missingTables == [.stateCapital])
    }
}
