import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
@testable import GongkaiServer

/// A server on a fresh data folder, driven in process, and the requests the tests send it.
struct ServerFixture {
    let folder: URL
    var configuration: ServerConfiguration

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appendingPathComponent("examples/部门决算报送-2023.xlsx")
    static let seedJSON = root.appendingPathComponent("examples/seed-2023.json")

    init(token: String? = nil, uploadLimit: Int = 50 * 1024 * 1024, host: String = "127.0.0.1") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-server-\(UUID().uuidString)")
        configuration = ServerConfiguration(host: host, port: 0, dataDirectory: folder.path, token: token, uploadLimit: uploadLimit, workers: 2)
    }

    /// Runs `body` against a server on this fixture's folder (a new server each call, as after a restart).
    func test<Value>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await WebServer(configuration: configuration).application().test(.router, body)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A `multipart/form-data` body with `files` in field `file`.
    static func form(_ files: [(name: String, data: Data)], boundary: String = "gongkai-test-boundary") -> (HTTPFields, ByteBuffer) {
        var body = Data()
        for file in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    /// POSTs `files` and returns the status and the JSON answer.
    static func upload(_ client: any TestClientProtocol, _ files: [(name: String, data: Data)], headers extra: HTTPFields = [:]) async throws -> (HTTPResponse.Status, [String: Any]) {
        var (headers, body) = form(files)
        headers.append(contentsOf: extra)
        return try await client.execute(uri: "/api/submissions", method: .post, headers: headers, body: body) { response in
            (response.status, json(response.body))
        }
    }

    static func json(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] ?? [:]
    }

    static func get(_ client: any TestClientProtocol, _ uri: String, headers: HTTPFields = [:]) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await client.execute(uri: uri, method: .get, headers: headers) { response in (response.status, json(response.body)) }
    }
}
