#if canImport(GongkaiServer)
import ArgumentParser
import Dispatch
import Foundation
import Gongkai
import GongkaiServer

/// `gongkai serve`: the local web app for a finance office.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动本机网页版：上传报送文件、在表上查看审核问题、下载公开表，并保存每次报送的台账。",
        discussion: """
            启动后在浏览器中打开显示的地址。把各部门的报送文件拖到页面上即可审核；“年度总览”列出每个单位的
            状态、版本和收支总计，并可比较同一单位的两个版本。每次上传的原文件、规范数据、审核结果和公开表都
            保存在 --data 目录（SQLite 台账与原文件），重启不丢失。接口说明见 docs/api.md。

            默认只在本机（127.0.0.1）提供服务；在其他地址（如 0.0.0.0）提供服务时必须用 --token 设置访问令牌，
            浏览器地址后加 ?token=令牌。按 Ctrl+C（或 SIGTERM）停止：先处理完进行中的请求。

            示例：
              gongkai serve
              gongkai serve --port 9000 --data /srv/gongkai
              gongkai serve --host 0.0.0.0 --token 局内口令
            """)

    @Option(help: "监听的地址，默认只在本机。")
    var host = "127.0.0.1"

    @Option(help: "端口，0 表示任选一个空闲端口。")
    var port = 8080

    @Option(help: "台账目录（默认 ~/.local/share/gongkai）。")
    var data: String?

    @Option(help: "访问令牌；不在本机地址提供服务时必填。")
    var token: String?

    @Option(help: "每个上传文件的大小上限，单位 MiB。")
    var uploadLimit = 50

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port 应在 0 到 65535 之间") }
        guard uploadLimit > 0 else { throw ValidationError("--upload-limit 应大于 0") }
    }

    func run() throws {
        let folder = data ?? Self.defaultDataFolder
        let configuration = ServerConfiguration(host: host, port: port, dataDirectory: folder, token: token, uploadLimit: uploadLimit * 1024 * 1024)
        let server: WebServer
        do {
            server = try WebServer(configuration: configuration)
        } catch let error as WebServer.Failure {
            throw FailureReport.unreadable("gongkai serve", error)
        }
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        let host = host
        Task {
            do {
                try await server.run { port in
                    FailureReport.printError("Gongkai 网页版已启动：http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ （台账目录 \(folder)；按 Ctrl+C 停止）")
                }
            } catch {
                outcome.failure = String(describing: error)
            }
            finished.signal()
        }
        finished.wait()
        if let failure = outcome.failure { throw FailureReport.unreadable("gongkai serve", failure) }
    }

    private static var defaultDataFolder: String {
        let environment = ProcessInfo.processInfo.environment
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/gongkai" }
        return (environment["HOME"] ?? ".") + "/.local/share/gongkai"
    }
}

/// How the server ended, handed from its task to the command.
private final class ServeOutcome: @unchecked Sendable {
    var failure: String?
}
#endif
