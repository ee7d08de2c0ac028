import Foundation

/// The column matches already worked out, by table kind, header paths and excluded columns.
///
/// Matching a header to the model's column keys scores every known path against every column,
/// the costliest step of reading a table's header; and the submissions of one batch mostly
/// share a few layouts. The match is a function of these three alone, so a repeated layout
/// takes the earlier answer. Shared by every copy of the recognizer and safe across threads.
final class ColumnMatchCache: @unchecked Sendable {
    /// More layouts than this in one run are not remembered beyond it: the cache starts over.
    static let capacity = 512

    private struct Key: Hashable {
        let kind: TableKind
        let paths: [Int: [String]]
        let excluded: Set<Int>
    }

    private let lock = NSLock()
    private var matches: [Key: [String: Int]] = [:]

    /// `ColumnMatcher.match` of `paths` against `candidates` (the known paths of `kind`), remembered.
    func match(_ kind: TableKind, paths: [Int: [String]], candidates: [String: [[String]]], excluded: Set<Int>) -> [String: Int] {
        let key = Key(kind: kind, paths: paths, excluded: excluded)
        lock.lock()
        let known = matches[key]
        lock.unlock()
        if let known { return known }
        let match = ColumnMatcher.match(paths: paths, candidates: candidates, excluded: excluded)
        lock.lock()
        if matches.count >= Self.capacity { matches.removeAll(keepingCapacity: true) }
        matches[key] = match
        lock.unlock()
        return match
    }
}
