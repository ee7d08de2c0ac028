/// A cell of the submission: its sheet and its A1 reference (a line number for text input).
public struct SourceCell: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The sheet name (the file name for text input).
    public var sheet: String
    /// The cell, e.g. `C7`.
    public var cell: String

    /// Creates a reference.
    public init(sheet: String, cell: String) {
        self.sheet = sheet
        self.cell = cell
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
