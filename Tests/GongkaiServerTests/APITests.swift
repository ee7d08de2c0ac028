import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import XLSX
@testable import GongkaiServer

/// Every route of docs/api.md and every error status, on a server driven in process.
@Suite struct APITests {
    @Test func anUploadIsCheckedRecordedAndItsOutputsDownloaded() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let example = try Data(contentsOf: ServerFixture.example)
        try await fixture.test { client in
            let (status, answer) = try await ServerFixture.upload(client, [("部门决算报送-2023.xlsx", example)])
            #expect(status == .created)
            let entry = try #require((answer["submissions"] as? [[String: Any]])?.first)
            #expect(entry["department"] as? String == "哈尔滨市平房区智慧城市发展中心")
            #expect(entry["year"] as? Int == 2023 && entry["profile"] as? String == "2023-national")
            #expect(entry["status"] as? String == "passed" && entry["status_text"] as? String == "通过")
            #expect(entry["errors"] as? Int == 0 && entry["version"] as? Int == 1)
            let id = try #require(entry["id"] as? Int)

            let (detailStatus, detail) = try await ServerFixture.get(client, "/api/submissions/\(id)")
            #expect(detailStatus == .ok)
            #expect(detail["findings"] is [Any] && detail["summary"] is [String: Any])
            let tables = try #require(detail["tables"] as? [String: Any])
            #expect(tables["income_expenditure_summary"] != nil)
            let html = try #require(detail["tables_html"] as? String)
            #expect(html.contains("data-cell=\"公开05表!C7\"") && html.contains("一般公共预算财政拨款支出决算表"))

            try await client.execute(uri: "/api/submissions/\(id)/standard.xlsx", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
                let workbook = try Workbook(bytes: Array(Data(buffer: response.body)))
                #expect(workbook.sheets.map(\.name) == (1...9).map { String(format: "公开%02d表", $0) })
            }
            try await client.execute(uri: "/api/submissions/\(id)/report.xlsx", method: .get) { response in
                let report = try Workbook(bytes: Array(Data(buffer: response.body)))
                #expect(report.sheets.first?.name == "封面")
            }
            try await client.execute(uri: "/api/submissions/\(id)/accounts.json", method: .get) { response in
                #expect(ServerFixture.json(response.body)["schema"] as? String == "gongkai/final-accounts@1")
            }
        }
    }

    @Test func aReuploadIsANewVersionAndTheLedgerSurvivesARestart() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let seed = try Data(contentsOf: ServerFixture.seedJSON)
        let changed = try Self.seed(changing: "1376.70", to: "1376.80")
        try await fixture.test { client in
            _ = try await ServerFixture.upload(client, [("第一版.json", seed)])
            let (_, second) = try await ServerFixture.upload(client, [("第二版.json", changed), ("另一份.json", seed)])
            let versions = (second["submissions"] as? [[String: Any]])?.compactMap { $0["version"] as? Int }
            #expect(versions == [2, 3])
        }
        // a new server on the same folder: nothing lost
        try await fixture.test { client in
            let (_, listed) = try await ServerFixture.get(client, "/api/submissions?year=2023&department=\("哈尔滨市平房区智慧城市发展中心".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            let entries = try #require(listed["submissions"] as? [[String: Any]])
            #expect(entries.compactMap { $0["version"] as? Int } == [1, 2, 3])
            #expect(entries.first?["income_total"] as? String == "1376.70")
            let (_, none) = try await ServerFixture.get(client, "/api/submissions?year=2022")
            #expect((none["submissions"] as? [Any])?.isEmpty == true)

            let (diffStatus, diff) = try await ServerFixture.get(client, "/api/diff?a=1&b=2")
            #expect(diffStatus == .ok)
            let changes = try #require(diff["changes"] as? [[String: Any]])
            #expect(!changes.isEmpty && changes.allSatisfy { $0["difference"] as? String == "0.10" })
            #expect((diff["a"] as? [String: Any])?["version"] as? Int == 1)
        }
    }

    @Test func deletingRemovesTheEntryAndItsOutputs() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let seed = try Data(contentsOf: ServerFixture.seedJSON)
        try await fixture.test { client in
            _ = try await ServerFixture.upload(client, [("seed.json", seed)])
            try await client.execute(uri: "/api/submissions/1", method: .delete) { #expect($0.status == .noContent) }
            let (status, answer) = try await ServerFixture.get(client, "/api/submissions/1")
            #expect(status == .notFound && (answer["message"] as? String)?.contains("找不到") == true)
            let (downloadStatus, _) = try await ServerFixture.get(client, "/api/submissions/1/standard.xlsx")
            #expect(downloadStatus == .notFound)
            try await client.execute(uri: "/api/submissions/1", method: .delete) { #expect($0.status == .notFound) }
        }
        let sources = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("sources").path)
        #expect(sources.isEmpty)
    }

    @Test func aHostileFileIsRecordedAsUnreadable() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let broken = Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0xFF, count: 300))
            let (status, answer) = try await ServerFixture.upload(client, [("损坏.xlsx", broken)])
            #expect(status == .created)
            let entry = try #require((answer["submissions"] as? [[String: Any]])?.first)
            #expect(entry["status"] as? String == "unreadable" && entry["status_text"] as? String == "无法读取")
            #expect((entry["message"] as? String)?.isEmpty == false)
            let (downloadStatus, download) = try await ServerFixture.get(client, "/api/submissions/\(entry["id"] as? Int ?? 0)/standard.xlsx")
            #expect(downloadStatus == .notFound && (download["message"] as? String)?.contains("无法读取") == true)
            let (diffStatus, _) = try await ServerFixture.get(client, "/api/diff?a=\(entry["id"] as? Int ?? 0)&b=\(entry["id"] as? Int ?? 0)")
            #expect(diffStatus == .unprocessableContent)
            // the server is still answering
            let (listStatus, _) = try await ServerFixture.get(client, "/api/submissions")
            #expect(listStatus == .ok)
        }
    }

    @Test func errorsAnswerWithTheRightStatusAndAChineseMessage() async throws {
        let fixture = try ServerFixture(uploadLimit: 1000)
        defer { fixture.remove() }
        try await fixture.test { client in
            let (tooLarge, large) = try await ServerFixture.upload(client, [("大.json", Data(repeating: 0x20, count: 1001))])
            #expect(tooLarge == .contentTooLarge && (large["message"] as? String)?.contains("上限") == true)
            let (unsupported, kind) = try await ServerFixture.upload(client, [("说明.pdf", Data("%PDF-1.4".utf8))])
            #expect(unsupported == .unsupportedMediaType && (kind["message"] as? String)?.contains(".xlsx") == true)
            let (missing, _) = try await ServerFixture.get(client, "/api/submissions/999")
            #expect(missing == .notFound)
            let (notANumber, _) = try await ServerFixture.get(client, "/api/submissions/abc")
            #expect(notANumber == .notFound)
            let (badYear, _) = try await ServerFixture.get(client, "/api/submissions?year=二〇二三")
            #expect(badYear == .badRequest)
            let (badDiff, _) = try await ServerFixture.get(client, "/api/diff?a=1")
            #expect(badDiff == .badRequest)
            try await client.execute(uri: "/api/submissions", method: .post, headers: [.contentType: "application/json"], body: .init(string: "{}")) { response in
                #expect(response.status == .badRequest)
                #expect((ServerFixture.json(response.body)["message"] as? String)?.contains("multipart/form-data") == true)
            }
        }
    }

    @Test func aTokenGuardsEveryRequest() async throws {
        let fixture = try ServerFixture(token: "局内口令-2023")
        defer { fixture.remove() }
        try await fixture.test { client in
            let (without, answer) = try await ServerFixture.get(client, "/api/submissions")
            #expect(without == .unauthorized && (answer["message"] as? String)?.contains("令牌") == true)
            let (page, _) = try await ServerFixture.get(client, "/")
            #expect(page == .unauthorized)
            let (wrong, _) = try await ServerFixture.get(client, "/api/submissions", headers: [.authorization: "Bearer 错的"])
            #expect(wrong == .unauthorized)
            let (header, _) = try await ServerFixture.get(client, "/api/submissions", headers: [.authorization: "Bearer 局内口令-2023"])
            #expect(header == .ok)
            let encoded = "局内口令-2023".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let (query, _) = try await ServerFixture.get(client, "/?token=\(encoded)")
            #expect(query == .ok)
        }
    }

    @Test func offLoopbackTheServerRefusesToStartWithoutAToken() throws {
        let fixture = try ServerFixture(host: "0.0.0.0")
        #expect(throws: WebServer.Failure.self) { try WebServer(configuration: fixture.configuration) }
        var guarded = fixture.configuration
        guarded.token = "t"
        #expect(throws: Never.self) { try WebServer(configuration: guarded) }
        fixture.remove()
    }

    @Test func thePageIsServedWholeWithNothingFromOutside() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = String(buffer: response.body)
                #expect(page.contains("部门决算") && !page.contains("http://") && !page.contains("https://") && !page.contains("src="))
            }
        }
    }

    /// The seed's canonical JSON with one amount changed everywhere it is stated.
    static func seed(changing old: String, to new: String) throws -> Data {
        let text = try String(contentsOf: ServerFixture.seedJSON, encoding: .utf8)
        return Data(text.replacingOccurrences(of: "\"\(old)\"", with: "\"\(new)\"").utf8)
    }
}
