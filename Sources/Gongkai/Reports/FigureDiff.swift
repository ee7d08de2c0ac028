/// The figure-level differences between two versions of a department's accounts.
public struct FigureDiff: Sendable {
    /// One changed, added or removed figure.
    public struct Change: Sendable, Equatable {
        /// The figure.
        public var key: FigureKey
        /// The value in the first version, nil when absent (or zero).
        public var old: Amount?
        /// The value in the second version, nil when absent (or zero).
        public var new: Amount?
    }

    /// The differences, in table, row and column order.
    public let changes: [Change]

    /// Compares `old` with `new`; a blank figure and a zero are the same, and figures are
    /// compared as published (to 0.01).
    public init(old: FinalAccounts, new: FinalAccounts) {
        let before = Self.figures(old), after = Self.figures(new)
        changes = Set(before.keys).union(after.keys).compactMap { key in
            before[key] == after[key] ? nil : Change(key: key, old: before[key], new: after[key])
        }.sorted { ($0.key.table, $0.key.row.count, $0.key.row, $0.key.column) < ($1.key.table, $1.key.row.count, $1.key.row, $1.key.column) }
    }

    /// Whether the two versions show the same figures.
    public var isEmpty: Bool { changes.isEmpty }

    /// One line per change: 表、行、列、原值、新值.
    public func text(profile: Profile) -> String {
        changes.map { change in
            let table = profile.template(change.key.table).map { "公开\($0.number)表" } ?? change.key.table.rawValue
            let kind = change.old == nil ? "新增" : change.new == nil ? "删除" : "变更"
            return "\(kind) \(table) 行 \(change.key.row) 列 \(change.key.column)：\(change.old?.description ?? "—") → \(change.new?.description ?? "—")"
        }.joined(separator: "\n")
    }

    static func figures(_ accounts: FinalAccounts) -> [FigureKey: Amount] {
        accounts.figures.mapValues(\.published).filter { !$0.value.isZero }
    }
}
