import Foundation
import Testing
import XLSX
@testable import Gongkai

/// Submissions laid out the ways departments send them, made by openpyxl and LibreOffice
/// (Tests/Fixtures/make_submissions.py), convert figure by figure to the expected tables.
@Suite struct SubmissionRecognitionTests {
    static let fixtures = ["yuan_stacked", "fullwidth_text", "libreoffice_formulas", "shanghai_libreoffice"]

    private func expected(_ name: String) throws -> FinalAccounts {
        try CanonicalJSON.decode(Data(contentsOf: URL(fileURLWithPath: Repository.path("Tests/GongkaiTests/Submissions/\(name).expected.json"))))
    }

    @Test(arguments: fixtures)
    func convertsToTheExpectedFigures(_ name: String) throws {
        let result = try SubmissionImporter(profileID: "2023-national", year: 2023).load(Repository.path("Tests/GongkaiTests/Submissions/\(name).xlsx"))
        let expected = try expected(name)
        #expect(Figures.differences(result.accounts, expected) == [])
        #expect(result.accounts.department == expected.department)
        #expect(result.accounts.year == 2023)
        #expect(result.accounts.sourceUnit == expected.sourceUnit)
        let serious = result.findings.filter { $0.severity != .notice }
        #expect(serious.isEmpty, "\(serious.map(\.message))")
        #expect(result.accounts.missingTables == expected.missingTables)
        let unsourced = Figures.of(result.accounts).keys.filter { key in
            let parts = key.split(separator: "|").map(String.init)
            return !result.sources.keys.contains { $0.table.rawValue == parts[0] && ($0.row == parts[1]) && $0.column == parts[2] }
        }
        #expect(unsourced.isEmpty, "figures without a source cell: \(unsourced.sorted().prefix(5))")
    }

    @Test func yuanFiguresKeepTheirSourceCellsAndConvertExactly() throws {
        let result = try SubmissionImporter().load(Repository.path("Tests/GongkaiTests/Submissions/yuan_stacked.xlsx"))
        #expect(result.sources[FigureKey(table: .income, row: "total", column: "total")] == SourceCell(sheet: "收支", cell: "D47"))
        #expect(result.sources[FigureKey(table: .incomeExpenditureSummary, row: "1", column: "amount")] == SourceCell(sheet: "收支", cell: "D9"))
        #expect(result.accounts.income.totalValue("total") == Amount("1376.70"))
        #expect(result.tables.first { $0.kind == .income }?.unit == .yuan)
        #expect(result.accounts.missingTables == [.stateCapital])
        let profile = try ProfileStore.builtIn.profile("2023-national")
        #expect(Checker(profile: profile).findings(for: result).contains { $0.rule == "missing-table" && $0.message.contains("国有资本经营") })
        #expect(result.findings.contains { $0.rule == "import.hidden-sheet-ignored" })
    }

    @Test func seedTextConvertsToExactlyTheSeed() throws {
        let result = try SubmissionImporter().load(Repository.path("Tests/Fixtures/seed-2023.txt"))
        #expect(result.accounts == (try SampleAccounts.seed()))
        #expect(result.tables.count == 9)
    }

    @Test func standardOutputRecognisedWithoutItsStampChangesNothing() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try SampleAccounts.seed()
        let path = folder.appendingPathComponent("seed.xlsx").path
        try DisclosureWriter(profile: ProfileStore.builtIn.profile(seed.profile)).write(seed, to: path)
        let workbook = try Workbook(path: path)
        let sheets = try workbook.sheets.map { (try workbook.readSheet($0), $0.visibility) }
        let profiles = try ProfileStore.builtIn.profileIDs.map { try ProfileStore.builtIn.profile($0) }
        let result = try SubmissionRecognizer(profile: profiles[0], recognising: profiles).recognise(sheets, hints: .init(year: 2023, fileName: "seed.xlsx"))
        #expect(result.accounts == seed)
        #expect(result.findings.isEmpty)
    }
}
