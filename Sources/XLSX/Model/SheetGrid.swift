/// The cells of one sheet, stored sparsely.
///
/// Memory grows with the cells present, never with the sheet's stated
/// dimension: rows are kept in order in one flat array of cells.
public struct SheetGrid: Sendable {
    /// The sheet's name.
    public var name: String
    /// Ranges merged on the sheet.
    public var mergedRanges: [CellRange] = []
    /// Zero-based indexes of hidden rows.
    public var hiddenRows: Set<Int> = []
    /// Zero-based indexes of hidden columns.
    public var hiddenColumns: Set<Int> = []
    /// Formula text by cell, for cells that carry one (their ``Cell/value`` is the cached result).
    public var formulas: [CellReference: String] = [:]

    private var cells: [Cell] = []
    private var rowNumbers: [Int] = []
    private var rowStarts: [Int] = []

    /// Creates an empty grid.
    public init(name: String) {
        self.name = name
    }

    /// Number of non-empty cells.
    public var cellCount: Int { cells.count }

    /// Number of rows holding at least one cell.
    public var rowCount: Int { rowNumbers.count }

    /// One past the last row index holding a cell (0 for an empty sheet).
    public var rowExtent: Int { (rowNumbers.last ?? -1) + 1 }

    /// One past the last column index holding a cell (0 for an empty sheet).
    public private(set) var columnExtent = 0

    /// Sets the merged ranges, hidden rows and columns and formulas from what the worksheet said.
    public mutating func apply(_ properties: SheetProperties) {
        mergedRanges = properties.mergedRanges
        hiddenRows = properties.hiddenRows
        hiddenColumns = properties.hiddenColumns
        formulas = properties.formulas
    }

    /// Appends a row. Rows must arrive in increasing order and cells in increasing column order;
    /// a row repeated or out of order is merged into place.
    public mutating func appendRow(_ row: Int, cells rowCells: [Cell]) {
        guard !rowCells.isEmpty else { return }
        if let last = rowNumbers.last, row <= last {
            insertOutOfOrder(row, cells: rowCells)
            return
        }
        rowNumbers.append(row)
        rowStarts.append(cells.count)
        cells.append(contentsOf: rowCells)
        columnExtent = max(columnExtent, (rowCells.map(\.column).max() ?? -1) + 1)
    }

    /// The rows in order, each with its zero-based index and its cells in column order.
    public var rows: [(row: Int, cells: ArraySlice<Cell>)] {
        rowNumbers.indices.map { (rowNumbers[$0], cells(atRowSlot: $0)) }
    }

    /// The cells of row `row`, empty when it has none.
    public func cells(inRow row: Int) -> ArraySlice<Cell> {
        guard let slot = slot(ofRow: row) else { return [] }
        return cells(atRowSlot: slot)
    }

    /// The cell at `reference`, or nil when it is empty.
    public func cell(at reference: CellReference) -> Cell? {
        let rowCells = cells(inRow: reference.row)
        var low = rowCells.startIndex
        var high = rowCells.endIndex
        while low < high {
            let middle = (low + high) / 2
            if rowCells[middle].column < reference.column { low = middle + 1 } else { high = middle }
        }
        guard low < rowCells.endIndex, rowCells[low].column == reference.column else { return nil }
        return rowCells[low]
    }

    /// The value at `reference`, or nil when the cell is empty.
    public func value(at reference: CellReference) -> CellValue? {
        cell(at: reference)?.value
    }

    private func cells(atRowSlot slot: Int) -> ArraySlice<Cell> {
        let end = slot + 1 < rowStarts.count ? rowStarts[slot + 1] : cells.count
        return cells[rowStarts[slot]..<end]
    }

    private func slot(ofRow row: Int) -> Int? {
        var low = 0
        var high = rowNumbers.count
        while low < high {
            let middle = (low + high) / 2
            if rowNumbers[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low < rowNumbers.count && rowNumbers[low] == row ? low : nil
    }

    private mutating func insertOutOfOrder(_ row: Int, cells rowCells: [Cell]) {
        var byRow: [Int: [Cell]] = [:]
        for (index, number) in rowNumbers.enumerated() {
            byRow[number] = Array(cells(atRowSlot: index))
        }
        var merged = byRow[row] ?? []
        for cell in rowCells {
            merged.removeAll { $0.column == cell.column }
            merged.append(cell)
        }
        byRow[row] = merged.sorted { $0.column < $1.column }
        cells.removeAll(keepingCapacity: true)
        rowNumbers.removeAll(keepingCapacity: true)
        rowStarts.removeAll(keepingCapacity: true)
        for number in byRow.keys.sorted() {
            if let rowCells = byRow[number] {
                rowNumbers.append(number)
                rowStarts.append(cells.count)
                cells.append(contentsOf: rowCells)
            }
        }
        columnExtent = max(columnExtent, (rowCells.map(\.column).max() ?? -1) + 1)
    }
}

/// Collects streamed rows into a ``SheetGrid``.
struct SheetGridBuilder: SheetRowHandler {
    var grid: SheetGrid
    /// How many more cells may be kept, and the limit to report.
    let remaining: Int
    let limit: Int

    mutating func row(_ row: Int, cells: [Cell]) throws {
        guard grid.cellCount + cells.count <= remaining else { throw XLSXError.tooManyCells(sheet: grid.name, limit: limit) }
        grid.appendRow(row, cells: cells)
    }
}
