/// Export of a sheet as delimited text: CSV per RFC 4180, or tab-separated.
///
/// Rows start at row 1 and columns at A, so a field's position is its cell's.
/// Each line ends at the row's last non-empty cell and a row with no cells is
/// an empty line: the output grows with the cells present, never with the
/// sheet's stated size (a lone cell at XFD1048576 must not make 17 GB of
/// commas). Fields holding the delimiter, a quote or a line break are quoted,
/// with quotes doubled.
public struct DelimitedExport: Sendable {
    /// The field delimiter.
    public var delimiter: UInt8
    /// The line terminator.
    public var lineEnd: String

    /// CSV: commas and CRLF line ends (RFC 4180).
    public static let csv = DelimitedExport(delimiter: UInt8(ascii: ","), lineEnd: "\r\n")
    /// TSV: tabs and LF line ends.
    public static let tsv = DelimitedExport(delimiter: UInt8(ascii: "\t"), lineEnd: "\n")

    /// Streams `sheet` of `workbook` to `sink`.
    public func write(_ sheet: Workbook.Sheet, of workbook: Workbook, to sink: ByteSink) throws {
        _ = try workbook.streamSheet(sheet, to: RowWriter(format: self, sink: sink))
    }

    private struct RowWriter: SheetRowHandler {
        let format: DelimitedExport
        let sink: ByteSink
        var nextRow = 0

        mutating func row(_ row: Int, cells: [Cell]) throws {
            while nextRow < row {
                try sink.write(format.lineEnd)
                nextRow += 1
            }
            var column = 0
            for cell in cells {
                while column < cell.column {
                    try sink.write(byte: format.delimiter)
                    column += 1
                }
                try writeField(cell.value)
            }
            try sink.write(format.lineEnd)
            nextRow = row + 1
        }

        private func writeField(_ value: CellValue) throws {
            switch value {
            case .number(let number):
                try sink.writeNumber(number)
            case .text(let text):
                try sink.writeQuotedIfNeeded(text, delimiter: format.delimiter)
            default:
                try sink.writeQuotedIfNeeded(NumberText.text(of: value), delimiter: format.delimiter)
            }
        }
    }
}
