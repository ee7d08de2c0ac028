/// The figures of one functional-code table laid out flat for its value columns, so that an
/// identity that holds is confirmed by index arithmetic; only a failing one is built into
/// terms (with their keys and labels) and judged by ``CheckContext/identity(_:_:_:)``.
///
/// A code stated twice reads as its first row, as ``CheckContext/coded(_:row:column:)`` does.
struct CodedFigures {
    /// The value columns, in the template's order.
    let columns: [ColumnKey]
    /// The rows' values, `columns.count` a row, each row's code read as its first row; then the 合计.
    private let values: [Amount]

    init(_ table: CodedTable, columns: [ColumnKey]) {
        self.columns = columns
        var first: [String: Int] = [:]
        var values: [Amount] = []
        values.reserveCapacity((table.rows.count + 1) * columns.count)
        for (position, row) in table.rows.enumerated() {
            let source = table.rows[first[row.code] ?? position]
            if first[row.code] == nil { first[row.code] = position }
            for column in columns { values.append(source.values[column.rawValue] ?? .zero) }
        }
        for column in columns { values.append(table.totalValue(column.rawValue)) }
        self.values = values
    }

    /// The value of row `row` (nil: the 合计) in `column`; zero for a column the table does not have.
    func value(_ row: Int?, _ column: ColumnKey) -> Amount {
        guard let index = columns.firstIndex(of: column) else { return .zero }
        return values[(row ?? values.count / columns.count - 1) * columns.count + index]
    }

    /// A running `Σ addends`, exact and in published figures, summed in the order and with the
    /// saturating arithmetic of ``CheckContext/identity(_:_:_:)``.
    struct Sum {
        private var exact = Amount.zero
        private var published = Amount.zero

        /// Adds `value`, or subtracts it when `sign` is negative.
        mutating func add(_ value: Amount, sign: Int = 1) {
            exact += sign < 0 ? -value : value
            published += sign < 0 ? -value.published : value.published
        }

        /// Whether `left` equals the sum both exactly and in published figures: when it does,
        /// ``CheckContext/identity(_:_:_:)`` would report nothing.
        func matches(_ left: Amount) -> Bool {
            (left - exact).isZero && (left.published - published).isZero
        }
    }
}
