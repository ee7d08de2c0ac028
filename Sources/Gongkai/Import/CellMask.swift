import XLSX

/// The cells of a rectangle marked so far, one bit each: what extraction marks as used,
/// looked up again for every cell when the unplaced figures are reported.
///
/// A set of cell references hashed every cell a table touches; a table's region is a
/// rectangle of the sheet, so a bit per cell is found by arithmetic instead. A cell outside
/// the rectangle (none is expected), and every cell of a rectangle too large for its bits to
/// be worth holding (a stray cell a million rows down), is kept in a set, so that nothing
/// marked is lost.
struct CellMask {
    /// The most cells a mask holds bits for (2 MiB of bits).
    static let maximumArea = 1 << 24

    private let rows: Range<Int>
    private let columns: Range<Int>
    private var words: [UInt64] = []
    private var outside: Set<CellReference> = []

    /// A mask over `rows` × `columns` with nothing marked; its bits are allocated when first needed.
    init(rows: Range<Int>, columns: Range<Int>) {
        let (area, overflow) = rows.count.multipliedReportingOverflow(by: columns.count)
        let flat = !overflow && area <= Self.maximumArea
        self.rows = flat ? rows : 0..<0
        self.columns = flat ? columns : 0..<0
    }

    /// Marks the cell at `row`, `column`.
    mutating func insert(_ row: Int, _ column: Int) {
        guard let index = index(row, column) else {
            outside.insert(CellReference(row: row, column: column))
            return
        }
        if words.isEmpty { words = Array(repeating: 0, count: (rows.count * columns.count + 63) / 64) }
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// Whether the cell at `row`, `column` is marked.
    func contains(_ row: Int, _ column: Int) -> Bool {
        guard let index = index(row, column) else { return outside.contains(CellReference(row: row, column: column)) }
        return !words.isEmpty && words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    private func index(_ row: Int, _ column: Int) -> Int? {
        guard rows.contains(row), columns.contains(column) else { return nil }
        return (row - rows.lowerBound) * columns.count + (column - columns.lowerBound)
    }
}
