import XLSX

/// The header path of every column: the normalised header texts above it, top to bottom,
/// with merged cells applying to every column they cover and, where a header was left
/// unmerged, a group label carried right over the blank cells next to it.
enum HeaderPaths {
    /// Paths for header `rows` (each a list of texts) with `merges` relative to the first row.
    static func paths(rows: [[String]], merges: [CellRange]) -> [[String]] {
        let width = rows.map(\.count).max() ?? 0
        var filled = rows.map { row in (0..<width).map { $0 < row.count ? LabelText.withoutNumbering(row[$0]) : "" } }
        for range in merges where range.first.row < filled.count {
            let text = filled[range.first.row][range.first.column]
            for row in range.first.row...min(range.last.row, filled.count - 1) {
                for column in range.first.column...min(range.last.column, width - 1) { filled[row][column] = text }
            }
        }
        if merges.isEmpty {
            for row in 0..<max(0, filled.count - 1) {
                var carried = ""
                for column in 0..<width {
                    if !filled[row][column].isEmpty {
                        carried = filled[row][column]
                    } else if !carried.isEmpty, filled[(row + 1)...].contains(where: { !$0[column].isEmpty }) {
                        filled[row][column] = carried
                    } else {
                        carried = ""
                    }
                }
            }
        }
        return (0..<width).map { column in
            var path: [String] = []
            for row in filled where !row[column].isEmpty && path.last != row[column] {
                path.append(row[column])
            }
            return path
        }
    }

    /// Paths for the header rows `rows` of `grid` within `columns`.
    static func paths(grid: SheetGrid, rows: Range<Int>, columns: Range<Int>) -> [[String]] {
        let texts = rows.map { row in columns.map { column in grid.value(at: .init(row: row, column: column)).map(NumberText.text(of:)) ?? "" } }
        let merges = grid.mergedRanges.compactMap { range -> CellRange? in
            guard range.last.row >= rows.lowerBound, range.first.row < rows.upperBound,
                  range.last.column >= columns.lowerBound, range.first.column < columns.upperBound else { return nil }
            return CellRange(
                first: .init(row: max(range.first.row, rows.lowerBound) - rows.lowerBound, column: max(range.first.column, columns.lowerBound) - columns.lowerBound),
                last: .init(row: min(range.last.row, rows.upperBound - 1) - rows.lowerBound, column: min(range.last.column, columns.upperBound - 1) - columns.lowerBound))
        }
        return paths(rows: texts, merges: merges)
    }
}
