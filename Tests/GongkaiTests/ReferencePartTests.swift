import Foundation
import Testing
@testable import XLSX
@testable import Gongkai

/// The written seed workbook compared with reference parts, part by part and element by
/// element, as rust_xlsxwriter compares its output with Excel's. The references were
/// written by Gongkai, rendered with LibreOffice and checked by eye; set
/// GONGKAI_UPDATE_REFERENCES=1 to rewrite them after an intended change.
@Suite struct ReferencePartTests {
    static let parts = ["xl/workbook.xml", "xl/styles.xml"] + (1...9).map { "xl/worksheets/sheet\($0).xml" }

    @Test(arguments: parts)
    func seedWorkbookPartMatchesReference(_ part: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("seed.xlsx").path
        let seed = try SampleAccounts.seed()
        try DisclosureWriter(profile: ProfileStore.builtIn.profile(seed.profile)).write(seed, to: path)
        let written = try ZipArchive(path: path, limits: .standard).readAll(part)
        let reference = Repository.path("Tests/GongkaiTests/Reference/2023-national/" + part.replacingOccurrences(of: "/", with: "_"))
        if ProcessInfo.processInfo.environment["GONGKAI_UPDATE_REFERENCES"] == "1" {
            try Data(written).write(to: URL(fileURLWithPath: reference))
        }
        let expected = try Array(Data(contentsOf: URL(fileURLWithPath: reference)))
        let difference = XMLElements.firstDifference(
            try XMLElements.items(written, part: part), try XMLElements.items(expected, part: part))
        #expect(difference == nil, "\(part): \(difference ?? "")")
    }
}
