import ArgumentParser
import Foundation
import XLSX

/// Checks on output paths before any work is done; a refusal exits 2 with a Chinese message.
enum OutputPath {
    /// Refuses outputs that are an input, that share one path, or whose folder does not exist
    /// or cannot take a new file (tried with a probe file, which also catches read-only and
    /// special file systems where permissions say yes).
    static func validate(_ outputs: [String], inputs: [String]) throws {
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        let inputPaths = Set(inputs.map(resolved))
        var seen: [String: String] = [:]
        for output in outputs {
            let path = resolved(output)
            if inputPaths.contains(path) { throw refuse(output, "输出文件不能与输入文件相同") }
            if let earlier = seen[path] { throw refuse(output, "与另一个输出（\(earlier)）是同一个文件，会互相覆盖") }
            seen[path] = output
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw refuse(output, "这是一个文件夹，请给出文件名")
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw refuse(output, "输出文件夹 \(folder) 不存在")
            }
            let probe = TemporaryPath.beside(path)
            let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw refuse(output, "无法在输出文件夹 \(folder) 中写文件（\(LibraryErrorText.system(errno))）")
            }
            close(descriptor)
            unlink(probe)
        }
    }

    /// Refuses `path` (given with `option`) unless it ends in `.extension`: the format of an
    /// output is decided by its name, never silently changed.
    static func requireExtension(_ path: String?, _ fileExtension: String, option: String, kind: String) throws {
        guard let path, URL(fileURLWithPath: path).pathExtension.lowercased() != fileExtension else { return }
        throw ValidationError("\(option) 输出为\(kind)，文件名应以 .\(fileExtension) 结尾（收到“\(path)”）。")
    }

    private static func refuse(_ path: String, _ reason: String) -> ExitCode {
        FailureReport.unreadable(path, reason)
    }
}
