/// A table of one row of values by column key: 公开09表 (三公经费), twelve values.
public struct SingleRowTable: Equatable, Sendable {
    /// Values by column key.
    public var values: [String: Amount] = [:]

    /// Creates a table.
    public init(values: [String: Amount] = [:]) {
        self.values = values
    }

    /// The value of `column`, zero when absent.
    public func value(_ column: String) -> Amount {
        values[column] ?? .zero
    }

    /// Whether every value is zero.
    public var isEmpty: Bool { values.values.allSatisfy(\.isZero) }
}
