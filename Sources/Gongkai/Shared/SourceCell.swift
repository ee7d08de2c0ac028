/// A cell of the submission or of the standard workbook: its sheet and its A1 reference.
public struct SourceCell: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Which workbook the cell is in.
    public enum Place: String, Hashable, Sendable, Codable {
        /// The department's submission (for text input, the sheet is the file name).
        case submission
        /// The standard workbook Gongkai writes.
        case standard
    }

    /// The sheet name.
    public var sheet: String
    /// The cell, e.g. `C7`.
    public var cell: String
    /// Which workbook.
    public var place: Place

    /// Creates a reference.
    public init(sheet: String, cell: String, place: Place = .submission) {
        self.sheet = sheet
        self.cell = cell
        self.place = place
    }

    /// `sheet!cell`, quoted as Excel does when the sheet name needs it.
    public var description: String { "\(sheet)!\(cell)" }
}

/// Where a figure sits in the canonical model: table, row and column.
public struct FigureKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The table.
    public var table: TableKind
    /// The row: a line number, a subject or economic code, `total`, or a total's name.
    public var row: String
    /// The column key (`amount` where the table has one column).
    public var column: String

    /// Creates a key.
    public init(table: TableKind, row: String, column: String) {
        self.table = table
        self.row = row
        self.column = column
    }

    public var description: String { "\(table.rawValue)[\(row)].\(column)" }
}
