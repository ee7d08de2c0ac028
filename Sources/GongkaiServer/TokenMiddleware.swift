import HTTPTypes
import Hummingbird

/// Lets through only requests that carry the server's token, as `Authorization: Bearer …` or
/// as `?token=…` (how the page passes it to downloads); others get 401 with a Chinese message.
struct TokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let header = request.headers[.authorization].map { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : $0 }
        let given = header ?? request.uri.queryParameters.get("token")
        guard let given, Self.same(given, token) else {
            throw APIError(.unauthorized, "需要访问令牌：请使用启动服务时给出的 --token，在地址后加 ?token=…，或在请求头中加 Authorization: Bearer …")
        }
        return try await next(request, context)
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    private static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
