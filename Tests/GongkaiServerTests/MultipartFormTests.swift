import Foundation
import Testing
@testable import GongkaiServer

@Suite struct MultipartFormTests {
    private func body(_ disposition: String, _ content: String = "内容", boundary: String = "b0und") -> Data {
        Data("preamble\r\n--\(boundary)\r\nContent-Disposition: \(disposition)\r\nContent-Type: text/plain\r\n\r\n\(content)\r\n--\(boundary)--\r\n".utf8)
    }

    @Test func aChineseFileNameAsBrowsersSendIt() throws {
        let form = try MultipartForm(body: body(#"form-data; name="file"; filename="部门决算报送-2023.xlsx""#), contentType: "multipart/form-data; boundary=b0und")
        #expect(form.parts.count == 1)
        #expect(form.parts[0].name == "file" && form.parts[0].fileName == "部门决算报送-2023.xlsx")
        #expect(String(decoding: form.parts[0].data, as: UTF8.self) == "内容")
    }

    @Test func theExtendedFormWinsAndQuotedValuesMayHoldSemicolons() throws {
        let extended = try MultipartForm(body: body(#"form-data; name="file"; filename="x.xlsx"; filename*=UTF-8''%E5%85%AC%E5%BC%80.xlsx"#),
                                         contentType: #"multipart/form-data; boundary="b0und""#)
        #expect(extended.parts[0].fileName == "公开.xlsx")
        let quoted = try MultipartForm(body: body(#"form-data; name="file"; filename="a;b \"c\".xlsx""#), contentType: "multipart/form-data; boundary=b0und")
        #expect(quoted.parts[0].fileName == #"a;b "c".xlsx"#)
    }

    @Test func contentThatLooksLikeABoundaryIsKept() throws {
        let form = try MultipartForm(body: body(#"form-data; name="file"; filename="a.txt""#, "--b0un\r\nd--b0und"), contentType: "multipart/form-data; boundary=b0und")
        #expect(String(decoding: form.parts[0].data, as: UTF8.self) == "--b0un\r\nd--b0und")
    }

    @Test func whatIsNotAFormIsRefused() {
        #expect(throws: MultipartForm.Failure.self) { try MultipartForm(body: Data("{}".utf8), contentType: "application/json") }
        #expect(throws: MultipartForm.Failure.self) { try MultipartForm(body: Data("--b0und\r\nno end".utf8), contentType: "multipart/form-data; boundary=b0und") }
        #expect(throws: MultipartForm.Failure.self) { try MultipartForm(body: Data(), contentType: "multipart/form-data; boundary=b0und") }
    }
}
