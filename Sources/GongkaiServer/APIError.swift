import Foundation
import HTTPTypes
import Hummingbird

/// An error the API answers with: its HTTP status and a Chinese message, as
/// `{"error":"…","message":"…"}`.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func notFound(_ what: String) -> APIError { APIError(.notFound, "找不到\(what)") }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.make(["error": status.code.description, "message": message], status: status)
    }
}

/// JSON answers: `application/json; charset=utf-8`, keys sorted.
enum JSONResponse {
    static func make(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return bytes(data, type: "application/json; charset=utf-8", status: status)
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok, download: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let download {
            let encoded = download.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
            headers[.contentDisposition] = "attachment; filename*=UTF-8''\(encoded)"
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
