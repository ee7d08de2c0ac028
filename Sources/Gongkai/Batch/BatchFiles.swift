import Foundation

/// The submissions under a folder: .xlsx, .json and .txt files, recursively, in a stable order.
public enum BatchFiles {
    static let extensions: Set<String> = ["xlsx", "json", "txt"]

    /// Paths relative to `folder`, sorted, in `shard`; hidden files and Excel's lock files (~$…) left out.
    public static func list(_ folder: String, shard: Shard = .all) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator {
            guard extensions.contains(url.pathExtension.lowercased()), !url.lastPathComponent.hasPrefix("~$"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            if shard.contains(relative) { files.append(relative) }
        }
        return files.sorted()
    }
}
