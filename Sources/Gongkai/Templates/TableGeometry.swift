/// Where each part of a standard table sits on its sheet, shared by the writer
/// and the reader so the two always agree.
///
/// Row 1 holds the title, row 2 the table number at the right, row 3 the
/// department at the left and the amount unit at the right; the header rows,
/// the 栏次 row and the data rows follow.
public struct TableGeometry: Sendable {
    /// The zero-based row of the title.
    public let titleRow = 0
    /// The row of 公开0N表.
    public let numberRow = 1
    /// The row of 单位：<department> and 单位：万元.
    public let unitRow = 2
    /// The first header row.
    public let headerRow = 3
    /// The 栏次 row, if the table has one.
    public let columnNumberRow: Int?
    /// The first data row.
    public let dataRow: Int
    /// The number of data rows.
    public let dataRowCount: Int

    /// The geometry of `template` holding `dataRowCount` data rows.
    public init(_ template: TableTemplate, dataRowCount: Int) {
        let afterHeader = headerRow + template.header.count
        columnNumberRow = template.columnNumbers == nil ? nil : afterHeader
        dataRow = afterHeader + (template.columnNumbers == nil ? 0 : 1)
        self.dataRowCount = dataRowCount
    }

    /// The first row after the data: where the notes start.
    public var notesRow: Int { dataRow + dataRowCount }

    /// The last row repeated on every printed page (the header and 栏次 rows).
    public var lastHeadingRow: Int { dataRow - 1 }
}

extension TableTemplate {
    /// The number of data rows the table has when holding `rowCount` coded rows (coded
    /// tables) — fixed for the other layouts.
    public func dataRowCount(codedRows rowCount: Int) -> Int {
        switch layout {
        case .lines:
            return lines?.sides.map(\.lines.count).max() ?? 0
        case .coded:
            return rowCount + 1
        case .economic:
            return (economic?.groups.map(\.codes.count).max() ?? 0) + 1
        case .singleRow:
            return 1
        }
    }
}
