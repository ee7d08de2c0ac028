import Foundation

/// The temporary files outputs are written to before they are renamed into place:
/// `.<name>.<pid>.<random>.tmp` beside the target, so that the files a killed run left behind
/// can be recognised, and removed once their process is gone.
public enum TemporaryPath {
    /// A fresh temporary path beside `path`, for this process.
    public static func beside(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16, uppercase: true)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(random).tmp").path
    }

    /// Removes the temporary files in `folder` whose process no longer runs; returns how many.
    @discardableResult
    public static func removeAbandoned(in folder: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]), pid > 0, !isRunning(pid) else { continue }
            if unlink("\(folder)/\(name)") == 0 { removed += 1 }
        }
        return removed
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
