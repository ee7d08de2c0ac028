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
