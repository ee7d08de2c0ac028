import Foundation
import XLSX

/// Progress of a batch on standard error: a bar on a terminal, a plain line every few
/// seconds otherwise, nothing with --quiet.
final class Progress {
    private let total: Int
    private let quiet: Bool
    private let terminal = isatty(2) != 0
    private let start = Date()
    private var lastLine = Date.distantPast
    private let sink = ByteSink(descriptor: 2)

    init(total: Int, quiet: Bool) {
        self.total = total
        self.quiet = quiet
    }

    func update(done: Int) {
        guard !quiet else { return }
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let figures = "\(done)/\(total)  \(String(format: "%.1f", rate)) 个/秒  剩余 \(Self.clock(remaining))"
        if terminal {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            try? sink.write("\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] " + figures + "   ")
            if done == total { try? sink.write("\n") }
            try? sink.flush()
        } else if done == total || Date().timeIntervalSince(lastLine) >= 2 {
            lastLine = Date()
            try? sink.write("已处理 " + figures + "\n")
            try? sink.flush()
        }
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
