/// The value of one cell, whatever produced the workbook.
public enum CellValue: Equatable, Sendable {
    /// A number (Excel stores every number as a binary double).
    case number(Double)
    /// Text, from the shared-string table, an inline string or a formula result.
    case text(String)
    /// TRUE or FALSE.
    case bool(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)
    /// A date or time: a serial day number in the 1900 date system
    /// (1904-system workbooks are converted when read).
    case date(Double)

    /// The text if this is a text value.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The number if this is a number.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
