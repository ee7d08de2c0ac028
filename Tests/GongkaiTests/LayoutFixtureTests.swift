import Foundation
import Testing
@testable import Gongkai

/// The layouts that once made Gongkai publish wrong figures (issue 10), each written by openpyxl,
/// XlsxWriter and LibreOffice (Tests/Fixtures/make_layouts.py): each converts to its expected
/// figures, department and year, or to the expected error.
@Suite struct LayoutFixtureTests {
    struct Expectation: Decodable, Sendable {
        var department: String
        var year: Int
        var errors: [String]
        var clean: Bool
        var expected: String?
        var profile: String
        var producers: [String]
        var messages: [String]?
        var notices: [String]?
        var figures: [String: String]?
    }

    static let folder = "Tests/GongkaiTests/Layouts"

    static let manifest: [String: Expectation] = {
        let url = URL(fileURLWithPath: Repository.path("\(folder)/layouts.json"))
        return (try? JSONDecoder().decode([String: Expectation].self, from: Data(contentsOf: url))) ?? [:]
    }()

    static let fixtures: [String] = manifest.keys.sorted().flatMap { name in
        (manifest[name]?.producers ?? []).map { "\(name).\($0)" }
    }

    @Test func everyClassOfTheIssueHasAFixtureFromEachProducer() {
        #expect(Self.manifest.count == 13)
        #expect(Self.fixtures.count == 38)
    }

    @Test(arguments: fixtures)
    func convertsToItsExpectedFiguresOrError(_ fixture: String) throws {
        let name = String(fixture.prefix { $0 != "." })
        let expectation = try #require(Self.manifest[name])
        let importer = SubmissionImporter(profileID: expectation.profile)
        let (result, profile) = try importer.loadInProfile(Repository.path("\(Self.folder)/\(fixture).xlsx"))
        let findings = Checker(profile: profile).findings(for: result)
        #expect(result.accounts.department == expectation.department)
        #expect(result.accounts.year == expectation.year)
        let errors = Set(findings.filter { $0.severity == .error }.map(\.rule))
        #expect(Set(expectation.errors).isSubset(of: errors), "\(fixture): \(findings.filter { $0.severity == .error }.map(\.message))")
        if expectation.clean {
            #expect(findings.filter { $0.severity != .notice }.isEmpty, "\(fixture): \(findings.filter { $0.severity != .notice }.map(\.message))")
        }
        for message in expectation.messages ?? [] {
            #expect(findings.contains { $0.severity == .error && $0.message.contains(message) }, "\(fixture): no error saying \(message)")
        }
        for rule in expectation.notices ?? [] {
            #expect(findings.contains { $0.rule == rule })
        }
        if expectation.expected != nil {
            let url = URL(fileURLWithPath: Repository.path("\(Self.folder)/\(name).expected.json"))
            var expected = try CanonicalJSON.decode(Data(contentsOf: url))
            expected = ProfileConversion.convert(expected, from: try ProfileStore.builtIn.profile(expected.profile), to: profile).0
            #expect(Figures.differences(result.accounts, expected) == [], "\(fixture)")
            #expect(result.accounts.missingTables == expected.missingTables)
        }
        let figures = Figures.of(result.accounts)
        for (key, value) in expectation.figures ?? [:] {
            #expect(figures[key] == Amount(value), "\(fixture) \(key)")
        }
    }

    @Test func repeatedOpeningLabelsLandOnTheirOwnLines() throws {
        for fixture in ["repeated_04_labels_with_line_numbers.openpyxl", "repeated_04_labels_without_line_numbers.xlsxwriter"] {
            let result = try SubmissionImporter().load(Repository.path("\(Self.folder)/\(fixture).xlsx"))
            #expect(result.accounts.fiscalSummary.value(line: 1) == Amount("1376.70"))
            #expect(result.accounts.fiscalSummary.value(line: 29) == Amount("10.00"))
            #expect(!result.findings.contains { $0.rule == "import.duplicate-figure" })
        }
    }
}
