import Foundation
import Testing
@testable import XLSX
@testable import Gongkai

@Suite struct SubmissionServiceTests {
    @Test func anUploadIsCheckedAndWrittenLikeAFile() throws {
        let path = Repository.path("examples/部门决算报送-2023.xlsx")
        let service = SubmissionService()
        let fromFile = try service.check(.file(path))
        let uploaded = try service.check(.bytes(Data(contentsOf: URL(fileURLWithPath: path)), name: "部门决算报送-2023.xlsx"))
        #expect(uploaded.accounts.figures == fromFile.accounts.figures)
        #expect(uploaded.accounts.department == "哈尔滨市平房区智慧城市发展中心" && !uploaded.hasErrors)
        #expect(uploaded.findings.count == fromFile.findings.count)
        let standard = try Workbook(bytes: Array(service.standardWorkbook(uploaded)))
        #expect(standard.sheets.map(\.name) == (1...9).map { String(format: "公开%02d表", $0) })
        let report = try Workbook(bytes: Array(service.checkWorkbook(uploaded)))
        #expect(report.sheets.first?.name == "封面")
        #expect(try CanonicalJSON.decode(service.canonicalJSON(uploaded)).figures == uploaded.accounts.figures)
    }
}
