/// The body of a functional-code table: the 合计 row first (or last) and the code rows.
enum CodedBody {
    static func write(_ template: TableTemplate, geometry: TableGeometry, cells: inout BodyCells) throws {
        guard let layout = template.coded else { return }
        let rowCount = geometry.dataRowCount - 1
        let totalFirst = layout.totalPosition != "last"
        let totalRow = totalFirst ? geometry.dataRow : geometry.dataRow + rowCount
        let firstCodeRow = totalFirst ? geometry.dataRow + 1 : geometry.dataRow
        let table = cells.accounts?[coded: template.kind]
        for column in codeColumns(layout) { try cells.blank(row: totalRow, column: column) }
        try cells.label(layout.totalLabel, row: totalRow, column: layout.nameColumn, centered: true)
        for value in layout.valueColumns {
            try cells.amount(table?.total[value.key.rawValue], row: totalRow, column: value.column)
        }
        for index in 0..<rowCount {
            let row = firstCodeRow + index
            guard let entry = table?.rows[index] else {
                for column in codeColumns(layout) { try cells.textInput(row: row, column: column, code: true) }
                try cells.textInput(row: row, column: layout.nameColumn, code: false)
                for value in layout.valueColumns { try cells.amount(nil, row: row, column: value.column) }
                continue
            }
            if let column = layout.codeColumn {
                try cells.code(entry.code, row: row, column: column)
            } else if let split = layout.splitCodeColumns {
                for (column, part) in zip(split, SplitCode.parts(of: entry.code)) {
                    try cells.code(part, row: row, column: column)
                }
            }
            try cells.label(entry.name, row: row, column: layout.nameColumn)
            for value in layout.valueColumns {
                try cells.amount(entry.values[value.key.rawValue], row: row, column: value.column)
            }
        }
    }

    private static func codeColumns(_ layout: CodedLayout) -> [Int] {
        layout.codeColumn.map { [$0] } ?? layout.splitCodeColumns ?? []
    }
}

/// Codes split into 类 / 款 / 项 columns, as Shanghai prints them: 2010350 → 201 | 03 | 50.
public enum SplitCode {
    /// The three column texts of `code` (empty where the code stops).
    public static func parts(of code: String) -> [String] {
        let characters = Array(code)
        let category = String(characters.prefix(3))
        let section = characters.count >= 5 ? String(characters[3..<5]) : ""
        let item = characters.count >= 7 ? String(characters[5..<7]) : ""
        return [category, section, item]
    }

    /// The code made from the three column texts.
    public static func join(_ parts: [String]) -> String {
        parts.joined()
    }
}
