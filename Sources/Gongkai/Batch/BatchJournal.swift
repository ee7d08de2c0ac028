import Foundation

/// The record a batch appends to as it goes, so that a run that dies — a trap, kill -9, a power
/// cut of the process — can be resumed: finished files are not converted again, and a file that
/// was being converted when the run died is treated as the likely cause and run on its own.
///
/// One JSON object per line: `{"start":FILE,"stamp":…}` when a file is taken up,
/// `{"finish":FILE}` when converting it returned, `{"done":ENTRY,"stamp":…}` when its result is
/// in place. A file's stamp (size and modification time) must match for its result to be reused.
public final class BatchJournal: @unchecked Sendable {
    /// Where the journal is.
    public let path: String
    private let lock = NSLock()
    private var descriptor: Int32 = -1

    /// A journal at `path` (created when first written).
    public init(path: String) {
        self.path = path
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// What an earlier run recorded.
    public struct State: Sendable {
        /// Entries whose results are in place, by file, with the stamp they were made from.
        public var done: [String: (entry: BatchEntry, stamp: String)] = [:]
        /// Files taken up whose conversion never returned.
        public var suspects: Set<String> = []
    }

    /// Reads what the journal holds; empty when there is none.
    public func load() -> State {
        var state = State()
        guard let data = FileManager.default.contents(atPath: path) else { return state }
        var started: Set<String> = []
        var finished: Set<String> = []
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let record = try? decoder.decode(Record.self, from: line) else { continue }
            if let file = record.start { started.insert(file) }
            if let file = record.finish { finished.insert(file) }
            if let entry = record.done { state.done[entry.file] = (entry, record.stamp ?? "") }
        }
        state.suspects = started.subtracting(finished).subtracting(state.done.keys)
        return state
    }

    /// Records that `file` is taken up.
    public func start(_ file: String, stamp: String) {
        append(Record(start: file, stamp: stamp))
    }

    /// Records that converting `file` returned.
    public func finish(_ file: String) {
        append(Record(finish: file))
    }

    /// Records a result in place.
    public func done(_ entry: BatchEntry, stamp: String) {
        append(Record(done: entry, stamp: stamp))
    }

    /// Removes the journal once the batch has finished its account.
    public func remove() {
        lock.lock()
        defer { lock.unlock() }
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(path)
    }

    /// The stamp of a file: its size and modification time.
    public static func stamp(of path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return "" }
        return "\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }

    private struct Record: Codable {
        var start: String?
        var finish: String?
        var done: BatchEntry?
        var stamp: String?
    }

    /// Appends one line with a single write, so lines from parallel workers never interleave and
    /// a killed process loses at most the line it was writing.
    private func append(_ record: Record) {
        guard var line = try? JSONEncoder().encode(record) else { return }
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        if descriptor < 0 { descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else { return }
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
