/// One non-empty cell of a sheet row.
public struct Cell: Equatable, Sendable {
    /// Zero-based column index.
    public var column: Int
    /// The value, with dates already told apart from numbers.
    public var value: CellValue
    /// What the cell's number format says about a number: plain, percentage, text.
    public var format: NumberFormatKind

    /// Creates a cell.
    public init(column: Int, value: CellValue, format: NumberFormatKind = .general) {
        self.column = column
        self.value = value
        self.format = format
    }
}

/// The kind of number format applied to a cell, decided in one place (``NumberFormatClassifier``).
public enum NumberFormatKind: UInt8, Sendable {
    /// General or any plain number format.
    case general
    /// A date, time or date-time format: numbers are read as ``CellValue/date(_:)``.
    case date
    /// A percentage format.
    case percent
    /// The text format `@`: what is typed is meant as text, even digits.
    case text
}
