/// A table of fixed lines keyed by line number (行次): 公开01表 and 公开04表.
///
/// Each line holds its values by column key (`amount`; in 公开04 the expenditure
/// lines hold `total`, `general_budget`, `government_fund`, `state_capital`).
public struct LineTable: Equatable, Sendable {
    /// Values by line number, then by column key.
    public var lines: [Int: [String: Amount]] = [:]

    /// Creates an empty table.
    public init(lines: [Int: [String: Amount]] = [:]) {
        self.lines = lines
    }

    /// The value of `column` on `line`, zero when absent.
    public func value(line: Int, column: String = "amount") -> Amount {
        lines[line]?[column] ?? .zero
    }

    /// Whether no line holds a value.
    public var isEmpty: Bool { lines.values.allSatisfy(\.isEmpty) }
}
