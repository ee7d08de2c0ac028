import Foundation

/// How `gongkai serve` runs: where it listens, where its ledger lives, and what it accepts.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback unless a token guards the server.
    public var host: String
    public var port: Int
    /// The folder of the ledger: `ledger.sqlite` and the uploaded files.
    public var dataDirectory: String
    /// The token every request must carry (`Authorization: Bearer …` or `?token=…`); required off loopback.
    public var token: String?
    /// The largest file accepted, in bytes.
    public var uploadLimit: Int
    /// How many conversions run at once.
    public var workers: Int

    /// Creates a configuration; 50 MiB per file and one worker per core by default.
    public init(host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String, token: String? = nil,
                uploadLimit: Int = 50 * 1024 * 1024, workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.token = token
        self.uploadLimit = uploadLimit
        self.workers = workers
    }

    /// Whether `host` is a loopback address, reachable only from this machine.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
