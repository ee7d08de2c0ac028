/// Export of a sheet as delimited text: CSV per RFC 4180, or tab-separated.
///
/// The output is rectangular from A1 to the last used row and column; empty
/// cells are empty fields. Fields holding the delimiter, a quote or a line
/// break are quoted, with quotes doubled.
public struct DelimitedExport: Sendable {
    /// The field delimiter.
    public var delimiter: UInt8
    /// The line terminator.
    public var lineEnd: String

    /// CSV: commas and CRLF line ends (RFC 4180).
    public static let csv = DelimitedExport(delimiter: UInt8(ascii: ","), lineEnd: "\r\n")
    /// TSV: tabs and LF line ends.
    public static let tsv = DelimitedExport(delimiter: UInt8(ascii: "\t"), lineEnd: "\n")

    /// Writes every row of `grid` to `sink`.
    public func write(_ grid: SheetGrid, to sink: ByteSink) throws {
        let width = grid.columnExtent
        var nextRow = 0
        for (row, cells) in grid.rows {
            while nextRow < row {
                try writeEmptyRow(width: width, to: sink)
                nextRow += 1
            }
            var column = 0
            for cell in cells {
                while column < cell.column {
                    if column > 0 { try sink.write(byte: delimiter) }
                    column += 1
                }
                if column > 0 { try sink.write(byte: delimiter) }
                try writeField(NumberText.text(of: cell.value), to: sink)
                column += 1
            }
            while column < width {
                if column > 0 { try sink.write(byte: delimiter) }
                column += 1
            }
            try sink.write(lineEnd)
            nextRow = row + 1
        }
    }

    private func writeEmptyRow(width: Int, to sink: ByteSink) throws {
        for _ in 1..<max(width, 1) { try sink.write(byte: delimiter) }
        try sink.write(lineEnd)
    }

    private func writeField(_ text: String, to sink: ByteSink) throws {
        let needsQuotes = text.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            try sink.write(text)
            return
        }
        try sink.write(byte: 0x22)
        for byte in text.utf8 {
            if byte == 0x22 { try sink.write(byte: 0x22) }
            try sink.write(byte: byte)
        }
        try sink.write(byte: 0x22)
    }
}
