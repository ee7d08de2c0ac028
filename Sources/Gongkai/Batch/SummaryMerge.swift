import Foundation

/// The summaries of several shards of one batch (`gongkai convert DIR --shard K/N` run on
/// several machines) merged into one: every file once, in file order, each output named with
/// the folder of its shard.
public enum SummaryMerge {
    /// Why summaries cannot be merged.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(String)
        case duplicate(file: String, first: String, second: String)

        public var description: String {
            switch self {
            case .unreadable(let folder): return "\(folder) 中没有可读的 汇总.json"
            case .duplicate(let file, let first, let second): return "文件 \(file) 同时出现在 \(first) 和 \(second) 的汇总中：分片有重叠，请检查 --shard 参数"
            }
        }
    }

    /// The merged summary of the 汇总.json in each of `folders`.
    public static func merge(_ folders: [String]) throws -> BatchSummary {
        struct Document: Decodable { let files: [BatchEntry] }
        var entries: [BatchEntry] = []
        var seen: [String: String] = [:]
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent("汇总.json")
            guard let data = FileManager.default.contents(atPath: path), let document = try? JSONDecoder().decode(Document.self, from: data) else {
                throw Failure.unreadable(folder)
            }
            for var entry in document.files {
                if let first = seen[entry.file] { throw Failure.duplicate(file: entry.file, first: first, second: folder) }
                seen[entry.file] = folder
                entry.output = entry.output.map { (folder as NSString).appendingPathComponent($0) }
                entries.append(entry)
            }
        }
        return BatchSummary(entries: entries.sorted { $0.file < $1.file })
    }
}
