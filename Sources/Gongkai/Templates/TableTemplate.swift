/// How one disclosure table is laid out in a profile: read from `templates/<profile>/NN.json`.
///
/// Column indexes are zero-based from the table's first column; header rows and
/// merges are relative to the first header row (`A1` is its first cell).
public struct TableTemplate: Codable, Sendable, Equatable {
    /// The table number in this profile, `01` … `09`.
    public var number: String
    /// What the table means.
    public var kind: TableKind
    /// The title, e.g. 收入支出决算总表.
    public var title: String
    /// Which of the four layouts the table has.
    public var layout: TableLayout
    /// Column widths in characters.
    public var columnWidths: [Double]
    /// Header rows, each as wide as the table; merged continuation cells are "".
    public var header: [[String]]
    /// Merged ranges within the header, in A1 notation relative to the header.
    public var merges: [String]
    /// The 栏次 row, or nil when the table has none.
    public var columnNumbers: [String]?
    /// Notes printed under a table that holds figures.
    public var notes: [String]
    /// Notes printed under an empty table, with its statement (本单位没有…，故本表为空表。).
    public var emptyNotes: [String]
    /// The label before the department name, e.g. 单位： or 编制单位：.
    public var unitLabel: String
    /// The amount-unit text at the right, e.g. 单位：万元.
    public var amountUnit: String
    /// Layout details for `lines`.
    public var lines: LinesLayout?
    /// Layout details for `coded`.
    public var coded: CodedLayout?
    /// Layout details for `economic`.
    public var economic: EconomicLayout?
    /// Layout details for `single_row`.
    public var singleRow: SingleRowLayout?

    /// The number of columns.
    public var width: Int { columnWidths.count }

    /// The sheet name, e.g. 公开01表.
    public var sheetName: String { "公开\(number)表" }

    /// The note under a table the submission did not contain, in place of any statement
    /// that the table is empty.
    public var notSubmittedNote: String {
        "\(Self.notSubmittedMarker)：报送材料中没有“\(title)”，表中不列任何数字。这不是空表，请补报后重新生成，不得据此公开。"
    }

    /// How `notSubmittedNote` begins, for reading a standard workbook back.
    static let notSubmittedMarker = "本表未报送"
}

/// The four table layouts.
public enum TableLayout: String, Codable, Sendable {
    /// Fixed lines with labels and line numbers, on two sides (收入 / 支出).
    case lines
    /// Rows of functional subject codes with a 合计 row.
    case coded
    /// Economic codes in column groups, with 人员经费合计 and 公用经费合计.
    case economic
    /// One row of values.
    case singleRow = "single_row"
}

/// A value column: the model's key and the table column it is printed in.
public struct ValueColumn: Codable, Sendable, Equatable {
    /// The column key in the model, e.g. `total`, `basic`.
    public var key: ColumnKey
    /// The zero-based table column.
    public var column: Int
}

/// Layout of a fixed-line table.
public struct LinesLayout: Codable, Sendable, Equatable {
    /// The income side and the expenditure side, printed side by side.
    public var sides: [LineSide]

    /// The line of `role` on `side`, if the layout has one.
    public func entry(side: SideKey, role: LineRole) -> LineEntry? {
        sides.first { $0.key == side }?.lines.first { $0.role == role }
    }
}

/// One side of a fixed-line table.
public struct LineSide: Codable, Sendable, Equatable {
    /// `income` or `expenditure`.
    public var key: SideKey
    /// The column of the line labels.
    public var labelColumn: Int
    /// The column of the line numbers (行次); nil when the profile does not print them.
    public var lineColumn: Int?
    /// The value columns.
    public var valueColumns: [ValueColumn]
    /// The lines, top to bottom.
    public var lines: [LineEntry]
}

/// One fixed line.
public struct LineEntry: Codable, Sendable, Equatable {
    /// The line number (行次).
    public var line: Int
    /// The label, empty for a filler line.
    public var label: String
    /// What the line means for the cross-checks, e.g. `income_total`.
    public var role: LineRole?
    /// The functional class code of an expenditure class line, e.g. `201`.
    public var classCode: String?
    /// False for filler lines that never hold a value.
    public var hasValue: Bool?

    /// Whether the line holds values.
    public var holdsValue: Bool { hasValue ?? true }
}

/// Layout of a functional-code table.
public struct CodedLayout: Codable, Sendable, Equatable {
    /// The column of the whole code, when the code is in one column.
    public var codeColumn: Int?
    /// The 类, 款 and 项 columns, when the code is split (Shanghai).
    public var splitCodeColumns: [Int]?
    /// The column of the subject name.
    public var nameColumn: Int
    /// The value columns.
    public var valueColumns: [ValueColumn]
    /// The label of the total row, 合计.
    public var totalLabel: String
    /// Whether the total row comes `first` (before the code rows) or `last`.
    public var totalPosition: String
}

/// Layout of the economic-code table.
public struct EconomicLayout: Codable, Sendable, Equatable {
    /// The column groups, left to right.
    public var groups: [EconomicGroup]
    /// Where 人员经费合计 is printed.
    public var personnelTotal: TotalCell
    /// Where 公用经费合计 is printed.
    public var publicTotal: TotalCell
}

/// One column group of the economic-code table.
public struct EconomicGroup: Codable, Sendable, Equatable {
    /// The code column.
    public var codeColumn: Int
    /// The name column.
    public var nameColumn: Int
    /// The amount column.
    public var valueColumn: Int
    /// The codes listed in the group, top to bottom, with their standard names.
    public var codes: [CodeName]
}

/// A code and its standard name.
public struct CodeName: Codable, Sendable, Equatable {
    /// The code.
    public var code: String
    /// The standard name.
    public var name: String
}

/// A labelled total cell in the last row of the economic-code table.
public struct TotalCell: Codable, Sendable, Equatable {
    /// The label, e.g. 人员经费合计.
    public var label: String
    /// The column of the label.
    public var labelColumn: Int
    /// The column of the value.
    public var valueColumn: Int
}

/// Layout of a one-row table.
public struct SingleRowLayout: Codable, Sendable, Equatable {
    /// The value columns.
    public var valueColumns: [ValueColumn]
}
