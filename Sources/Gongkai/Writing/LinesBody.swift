/// The body of a fixed-line table (公开01, 公开04): the two sides printed side by side.
enum LinesBody {
    static func write(_ template: TableTemplate, geometry: TableGeometry, cells: inout BodyCells) throws {
        guard let layout = template.lines else { return }
        let table = cells.accounts?[lines: template.kind]
        for side in layout.sides {
            for (index, entry) in side.lines.enumerated() {
                let row = geometry.dataRow + index
                if entry.label.isEmpty {
                    try cells.blank(row: row, column: side.labelColumn)
                } else {
                    try cells.label(entry.label, row: row, column: side.labelColumn, centered: entry.role?.isTotal ?? false,
                                    part: entry.role?.isPart ?? false)
                }
                if let lineColumn = side.lineColumn {
                    try cells.label(String(entry.line), row: row, column: lineColumn, centered: true)
                }
                for value in side.valueColumns {
                    if entry.holdsValue {
                        try cells.amount(table?.lines[entry.line]?[value.key.rawValue], row: row, column: value.column)
                    } else {
                        try cells.blank(row: row, column: value.column)
                    }
                }
            }
        }
    }
}
