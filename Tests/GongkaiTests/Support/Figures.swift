@testable import Gongkai

/// Figure-by-figure comparison of accounts for tests, a blank figure meaning zero.
enum Figures {
    static func of(_ accounts: FinalAccounts) -> [String: Amount] {
        Dictionary(uniqueKeysWithValues: accounts.figures.map { ("\($0.key.table.rawValue)|\($0.key.row)|\($0.key.column)", $0.value) })
    }

    /// The figures that differ, as "key: actual ≠ expected" lines.
    static func differences(_ actual: FinalAccounts, _ expected: FinalAccounts) -> [String] {
        let left = of(actual), right = of(expected)
        return Set(left.keys).union(right.keys).sorted().compactMap { key in
            left[key] == right[key] ? nil : "\(key): \(left[key]?.description ?? "空") ≠ \(right[key]?.description ?? "空")"
        }
    }
}
