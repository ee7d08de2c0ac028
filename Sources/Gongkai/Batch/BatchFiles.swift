import Foundation
import XLSX

/// Everything under a batch folder, in a stable order: the submissions to read, and every other
/// entry with the reason it is not read — nothing under the folder is passed over in silence.
public enum BatchFiles {
    /// The kinds of file a batch reads.
    static let extensions: Set<String> = ["xlsx", "xls", "json", "txt", "tsv"]

    /// One entry under the folder.
    public struct Item: Sendable, Equatable {
        /// The path relative to the folder.
        public var path: String
        /// Why it is not read, in Chinese; nil for a submission.
        public var skipped: String?
    }

    /// The entries under `folder` (symbolic links followed, each directory once), sorted by path,
    /// in `shard`; `excluding` (the output folder, when it lies inside) is not walked.
    public static func list(_ folder: String, shard: Shard = .all, excluding: String? = nil) -> [Item] {
        var items: [Item] = []
        var visited: Set<String> = []
        let excluded = excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        walk(folder, relative: "", visited: &visited, excluded: excluded, into: &items)
        return items.filter { shard.contains($0.path) }.sorted { $0.path < $1.path }
    }

    private static func walk(_ directory: String, relative: String, visited: inout Set<String>, excluded: String?, into items: inout [Item]) {
        var status = stat()
        guard stat(directory, &status) == 0 else { return }
        guard visited.insert("\(status.st_dev):\(status.st_ino)").inserted else {
            if !relative.isEmpty { items.append(Item(path: relative, skipped: "指向上级文件夹的链接（会造成循环），未进入")) }
            return
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            items.append(Item(path: relative.isEmpty ? "." : relative, skipped: "无法读取该文件夹（\(LibraryErrorText.system(errno))）"))
            return
        }
        for name in names.sorted() {
            let path = "\(directory)/\(name)"
            let child = relative.isEmpty ? name : "\(relative)/\(name)"
            if let excluded, URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path == excluded { continue }
            var target = stat()
            guard stat(path, &target) == 0 else {
                items.append(Item(path: child, skipped: "链接指向的文件不存在（\(LibraryErrorText.system(errno))）"))
                continue
            }
            switch target.st_mode & S_IFMT {
            case S_IFDIR:
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    items.append(Item(path: child, skipped: "这是一个文件夹，不是报送文件（其中的文件另行列出）"))
                }
                walk(path, relative: child, visited: &visited, excluded: excluded, into: &items)
            case S_IFREG:
                items.append(Item(path: child, skipped: reasonToSkip(name)))
            default:
                items.append(Item(path: child, skipped: "不是普通文件（管道、设备或套接字），未读取"))
            }
        }
    }

    /// Why a regular file is not read; nil for a submission.
    static func reasonToSkip(_ name: String) -> String? {
        if name.hasPrefix("~$") { return "Excel 或 WPS 打开文件时留下的临时文件，未处理" }
        if name.hasPrefix(".") { return "隐藏文件，未处理" }
        let kind = (name as NSString).pathExtension.lowercased()
        guard extensions.contains(kind) else {
            return kind.isEmpty ? "没有扩展名，不知道是什么文件，未处理" : "不支持的文件类型（.\(kind)），未处理；请另存为 .xlsx 或 .xls"
        }
        return nil
    }
}
