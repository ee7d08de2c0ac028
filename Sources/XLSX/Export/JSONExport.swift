/// Export of sheets as JSON: `{"sheets":[{"name":…,"rows":[[…],…]}]}`.
///
/// Rows run from row 1 to the last used row; each row's array runs from
/// column A to its last non-empty cell, with `null` for empty cells before it.
/// Numbers are JSON numbers, text, dates (ISO 8601) and error codes are
/// strings, booleans are booleans.
public enum JSONExport {
    /// Writes `grids` as one JSON document to `sink`.
    public static func write(_ grids: [SheetGrid], to sink: ByteSink) throws {
        try sink.write("{\"sheets\":[")
        for (index, grid) in grids.enumerated() {
            if index > 0 { try sink.write(",") }
            try sink.write("{\"name\":")
            try sink.write(quoted(grid.name))
            try sink.write(",\"rows\":[")
            try writeRows(grid, to: sink)
            try sink.write("]}")
        }
        try sink.write("]}\n")
    }

    private static func writeRows(_ grid: SheetGrid, to sink: ByteSink) throws {
        var nextRow = 0
        for (row, cells) in grid.rows {
            while nextRow < row {
                try sink.write(nextRow > 0 ? ",[]" : "[]")
                nextRow += 1
            }
            try sink.write(row > 0 ? ",[" : "[")
            var column = 0
            for cell in cells {
                while column < cell.column {
                    try sink.write(column > 0 ? ",null" : "null")
                    column += 1
                }
                if column > 0 { try sink.write(",") }
                try sink.write(json(cell.value))
                column += 1
            }
            try sink.write("]")
            nextRow = row + 1
        }
    }

    private static func json(_ value: CellValue) -> String {
        switch value {
        case .number(let number): return NumberText.shortest(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return quoted(NumberText.text(of: value))
        }
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
