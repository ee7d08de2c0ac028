import Foundation
import Testing
@testable import XLSX

/// Every input in Fixtures/regressions reads cleanly or fails with a typed error.
@Suite struct RegressionInputTests {
    static let inputs: [String] = {
        let folder = (Bundle.module.resourcePath ?? "") + "/Fixtures/regressions"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".xls") }.sorted().map { folder + "/" + $0 }
    }()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func readsOrFailsWithATypedError(_ path: String) {
        do {
            let workbook = try Workbook(path: path)
            for sheet in workbook.sheets { _ = try workbook.readSheet(sheet) }
        } catch is XLSXError {
            return
        } catch {
            Issue.record("untyped error \(error) for \(path)")
        }
    }
}
