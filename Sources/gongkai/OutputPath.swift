import ArgumentParser
import Foundation

/// Checks on output paths before any work is done.
enum OutputPath {
    /// Refuses an output that is the input itself, or whose folder does not exist.
    static func validate(_ output: String, input: String?) throws {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        if let input, outputURL == URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() {
            throw ValidationError("输出文件不能与输入文件相同：\(output)")
        }
        var isDirectory: ObjCBool = false
        let folder = outputURL.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("输出文件夹不存在：\(folder)")
        }
    }
}
