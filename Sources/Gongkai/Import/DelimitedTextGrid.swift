import XLSX

/// The tab-separated text of a published disclosure (the seed's own format) as a grid:
/// one row per line, one cell per tab-separated field, every cell as text.
enum DelimitedTextGrid {
    static func grid(_ text: String, name: String) -> SheetGrid {
        var grid = SheetGrid(name: name)
        var row = 0
        text.enumerateLines { line, _ in
            var cells: [Cell] = []
            for (column, field) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                let trimmed = field.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { cells.append(Cell(column: column, value: .text(trimmed))) }
            }
            grid.appendRow(row, cells: cells)
            row += 1
        }
        return grid
    }
}

import Foundation
