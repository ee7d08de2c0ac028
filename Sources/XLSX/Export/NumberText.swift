/// Text forms of cell values for export.
public enum NumberText {
    /// The shortest text that reads back as the same double: `5`, `1376.7`, `1e-05`.
    public static func shortest(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }

    /// The export text of a value: numbers shortest, dates ISO 8601, booleans TRUE/FALSE.
    public static func text(of value: CellValue) -> String {
        switch value {
        case .number(let number): return shortest(number)
        case .text(let text): return text
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .date(let serial): return ExcelDate.iso8601(serial: serial)
        }
    }
}
