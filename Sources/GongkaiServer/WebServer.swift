import Foundation
import Gongkai
import Hummingbird
import Logging

/// `gongkai serve`: the page and the HTTP API over the application layer, with the ledger under
/// the data folder. Off loopback it refuses to start without a token.
public struct WebServer: Sendable {
    /// Why the server cannot start.
    public enum Failure: Error, CustomStringConvertible {
        case tokenRequired(host: String)
        case ledger(path: String, detail: String)

        public var description: String {
            switch self {
            case .tokenRequired(let host): "在 \(host) 上提供服务会让其他电脑访问，必须用 --token 设置访问令牌"
            case .ledger(let path, let detail): "无法打开数据目录 \(path)：\(detail)"
            }
        }
    }

    let configuration: ServerConfiguration
    let routes: SubmissionRoutes

    /// Prepares a server: opens (or creates) the ledger.
    public init(configuration: ServerConfiguration, service: SubmissionService = SubmissionService()) throws {
        if !configuration.isLoopback, configuration.token?.isEmpty ?? true { throw Failure.tokenRequired(host: configuration.host) }
        self.configuration = configuration
        let ledger: Ledger
        do {
            ledger = try Ledger(directory: configuration.dataDirectory)
        } catch {
            throw Failure.ledger(path: configuration.dataDirectory, detail: String(describing: error))
        }
        routes = SubmissionRoutes(ledger: ledger, pool: ConversionPool(width: configuration.workers), service: service,
                                  uploadLimit: configuration.uploadLimit)
    }

    /// The application: run it, or drive it in process in tests. `onRunning` is told the port
    /// once the server listens.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        if let token = configuration.token, !token.isEmpty { router.add(middleware: TokenMiddleware(token: token)) }
        router.get("/") { _, _ in JSONResponse.bytes(Data(WebPage.html.utf8), type: "text/html; charset=utf-8") }
        routes.add(to: router)
        var logger = Logger(label: "gongkai")
        logger.logLevel = .warning
        return Application(router: router, configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Gongkai"),
                           onServerRunning: { await onRunning($0.localAddress?.port ?? 0) }, logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests under way and stops.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(onRunning: onRunning).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
