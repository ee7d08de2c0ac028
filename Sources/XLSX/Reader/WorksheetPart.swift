/// Receives the rows of a worksheet as they are read.
public protocol SheetRowHandler {
    /// Called once per row holding cells, in sheet order; `cells` are in column order.
    mutating func row(_ row: Int, cells: [Cell]) throws

    /// Called before the rows when the sheet declares its used range (a hint, not to be trusted).
    mutating func declaredDimension(_ range: CellRange)
}

extension SheetRowHandler {
    /// Ignores the declared dimension.
    public mutating func declaredDimension(_ range: CellRange) {}
}

/// What a worksheet part says besides its cells.
public struct SheetProperties: Sendable {
    /// Ranges merged on the sheet.
    public var mergedRanges: [CellRange] = []
    /// Zero-based indexes of hidden rows.
    public var hiddenRows: Set<Int> = []
    /// Zero-based indexes of hidden columns.
    public var hiddenColumns: Set<Int> = []
    /// Formula text by cell, for cells that carry one.
    public var formulas: [CellReference: String] = [:]
    /// The used range the sheet declares (`<dimension>`); a hint only, never trusted.
    public var declaredDimension: CellRange?
}

/// Streaming parser of one worksheet part, row by row.
///
/// Cells and rows without an `r` attribute follow the previous one; cells of
/// types n, s, str, inlineStr, b, e and d are read, formulas keep their cached
/// value and their text, and numbers in a date format become dates.
struct WorksheetPart<Handler: SheetRowHandler> {
    private enum Capture {
        case none, value, formula, inlineText
    }

    private let sheet: String
    private let sharedStrings: [String]
    private let styles: Styles
    private let dateOffset: Double

    private var handler: Handler
    private var properties = SheetProperties()
    private var rowCells: [Cell] = []
    private var currentRow = -1
    private var lastColumn = -1
    private var rowsSorted = true
    private var lastStoredColumn = -1

    private var cellReference = CellReference(row: 0, column: 0)
    private var cellType = WorksheetCellType.number
    private var cellFormat = NumberFormatKind.general
    private var capture = Capture.none
    private var phoneticDepth = 0
    private var number: Double?
    private var text: String?
    private var formula: String?
    /// Whether the current cell has had its `<v>`.
    private var sawValue = false

    private init(sheet: String, sharedStrings: [String], styles: Styles, uses1904Dates: Bool, handler: Handler) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.dateOffset = uses1904Dates ? ExcelDate.offset1904 : 0
        self.handler = handler
        rowCells.reserveCapacity(64)
    }

    /// Reads the worksheet in `source`, passing each row to `handler`; returns the handler and the sheet's properties.
    static func read(
        _ source: some ByteSource, part: String, sheet: String, sharedStrings: [String],
        styles: Styles, uses1904Dates: Bool, limits: ReadLimits, handler: Handler
    ) throws -> (Handler, SheetProperties) {
        var parser = WorksheetPart(
            sheet: sheet, sharedStrings: sharedStrings, styles: styles, uses1904Dates: uses1904Dates, handler: handler)
        var scanner = XMLScanner(source: source, part: part, limits: limits)
        while true {
            switch try scanner.next() {
            case .startElement:
                try parser.start(&scanner)
            case .endElement:
                try parser.end(&scanner)
            case .text:
                try parser.text(&scanner)
            case .endOfDocument:
                try parser.flushRow()
                return (parser.handler, parser.properties)
            }
        }
    }

    // MARK: - Events

    private mutating func start<S>(_ scanner: inout XMLScanner<S>) throws {
        if scanner.nameIs("c") {
            try startCell(scanner)
            if scanner.consumeSimpleValue() != nil {
                sawValue = true
                try readValue(&scanner)
                endCell()
            }
        } else if scanner.nameIs("v") {
            guard !sawValue else { throw XLSXError.duplicateValue(sheet: sheet, cell: cellReference.description) }
            sawValue = true
            capture = .value
        } else if scanner.nameIs("f") {
            capture = .formula
            formula = ""
        } else if scanner.nameIs("is") {
            cellType = .inline
            text = ""
        } else if scanner.nameIs("t") {
            if cellType == .inline, phoneticDepth == 0 { capture = .inlineText }
        } else if scanner.nameIs("rPh") {
            phoneticDepth += 1
        } else if scanner.nameIs("row") {
            try startRow(scanner)
        } else if scanner.nameIs("mergeCell") {
            try readMerge(scanner)
        } else if scanner.nameIs("col") {
            try readColumn(scanner)
        } else if scanner.nameIs("dimension") {
            properties.declaredDimension = scanner.attribute("ref").flatMap { CellRange(scanner.decodeRaw($0)) }
            if let range = properties.declaredDimension { handler.declaredDimension(range) }
        }
    }

    private mutating func end<S>(_ scanner: inout XMLScanner<S>) throws {
        if scanner.nameIs("c") {
            endCell()
        } else if scanner.nameIs("v") || scanner.nameIs("f") || scanner.nameIs("t") {
            capture = .none
        } else if scanner.nameIs("rPh") {
            phoneticDepth -= 1
        }
    }

    private mutating func text<S>(_ scanner: inout XMLScanner<S>) throws {
        switch capture {
        case .none:
            return
        case .formula:
            formula = (formula ?? "") + (try scanner.text())
        case .inlineText:
            text = (text ?? "") + (try scanner.text())
        case .value:
            try readValue(&scanner)
        }
    }

    // MARK: - Cells

    private mutating func startRow<S>(_ scanner: borrowing XMLScanner<S>) throws {
        try flushRow()
        if let span = scanner.attribute("r") {
            guard let number = scanner.withBytes(span, NumberParsing.integer), number >= 1, number <= ReadLimits.maxRows else {
                throw XLSXError.invalidCellReference(sheet: sheet, reference: scanner.decodeRaw(span))
            }
            currentRow = number - 1
        } else {
            guard currentRow + 1 < ReadLimits.maxRows else {
                throw XLSXError.invalidCellReference(sheet: sheet, reference: "第 \(currentRow + 2) 行")
            }
            currentRow += 1
        }
        lastColumn = -1
        if let hidden = scanner.attribute("hidden"), scanner.spanEquals(hidden, "1") || scanner.spanEquals(hidden, "true") {
            properties.hiddenRows.insert(currentRow)
        }
    }

    /// Reads a `<c>` tag's attributes; like the other tag readers that only read the scanner, it
    /// borrows it rather than taking it `inout`.
    private mutating func startCell<S>(_ scanner: borrowing XMLScanner<S>) throws {
        sawValue = false
        number = nil
        text = nil
        formula = nil
        capture = .none
        cellType = .number
        cellFormat = .general
        var referenceSpan: ByteSpan?
        for index in 0..<scanner.attributeCount {
            let name = scanner.attributeName(at: index)
            guard name.count == 1 else { continue }
            let value = scanner.attributeValue(at: index)
            switch scanner.firstByte(name) {
            case UInt8(ascii: "r"):
                referenceSpan = value
            case UInt8(ascii: "t"):
                cellType = scanner.cellType(value)
            case UInt8(ascii: "s"):
                if let style = scanner.withBytes(value, NumberParsing.integer) {
                    cellFormat = styles.kind(ofStyle: style)
                }
            default:
                continue
            }
        }
        if let span = referenceSpan {
            guard let reference = scanner.withBytes(span, CellReference.init(bytes:)) else {
                throw XLSXError.invalidCellReference(sheet: sheet, reference: scanner.decodeRaw(span))
            }
            if reference.row != currentRow {
                try flushRow()
                currentRow = reference.row
            }
            cellReference = reference
        } else {
            if currentRow < 0 { currentRow = 0 }
            guard lastColumn + 1 < ReadLimits.maxColumns else {
                throw XLSXError.invalidCellReference(sheet: sheet, reference: "第 \(currentRow + 1) 行第 \(lastColumn + 2) 列")
            }
            cellReference = CellReference(row: currentRow, column: lastColumn + 1)
        }
        lastColumn = cellReference.column
    }

    private mutating func readValue<S>(_ scanner: inout XMLScanner<S>) throws {
        switch cellType {
        case .number:
            if let value = scanner.withBytes(scanner.textSpan, NumberParsing.double) {
                number = value
            } else {
                let stated = try scanner.text()
                guard stated.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) else {
                    throw XLSXError.invalidNumber(sheet: sheet, cell: cellReference.description, text: stated)
                }
            }
        case .shared:
            let span = scanner.textSpan
            guard let index = scanner.withBytes(span, NumberParsing.integer), index < sharedStrings.count else {
                throw XLSXError.sharedStringIndexOutOfRange(sheet: sheet, cell: cellReference.description, index: scanner.decodeRaw(span))
            }
            text = sharedStrings[index]
        default:
            text = (text ?? "") + (try scanner.text())
        }
    }

    private mutating func endCell() {
        capture = .none
        if let formula, !formula.isEmpty {
            properties.formulas[cellReference] = formula
        }
        guard let value = Self.value(of: cellType, number: number, text: text, format: cellFormat, dateOffset: dateOffset) else { return }
        if cellReference.column <= lastStoredColumn {
            rowsSorted = false
        }
        lastStoredColumn = cellReference.column
        rowCells.append(Cell(column: cellReference.column, value: value, format: cellFormat))
    }

    /// The value of a cell of `type` whose `<v>` gave `number` or `text`. Static, so that the
    /// parser's state is not copied for every cell.
    private static func value(of type: WorksheetCellType, number: Double?, text: String?, format: NumberFormatKind,
                              dateOffset: Double) -> CellValue? {
        switch type {
        case .number:
            if let number {
                return format == .date ? .date(number + dateOffset) : .number(number)
            }
            return text.map { CellValue.text($0) }
        case .shared, .formulaString:
            return text.map { CellValue.text($0) }
        case .inline:
            return text.map { CellValue.text(XMLText.unescapeOOXML($0)) }
        case .boolean:
            guard let text else { return nil }
            let trimmed = text.trimmingSpaces()
            return .bool(trimmed == "1" || trimmed.lowercased() == "true")
        case .error:
            return text.map { CellValue.error($0) }
        case .isoDate:
            guard let text else { return nil }
            return ExcelDate.serial(iso8601: text.trimmingSpaces()).map { CellValue.date($0) } ?? .text(text)
        }
    }

    private mutating func flushRow() throws {
        guard !rowCells.isEmpty else { return }
        if !rowsSorted {
            var byColumn: [Int: Cell] = [:]
            for cell in rowCells { byColumn[cell.column] = cell }
            rowCells = byColumn.values.sorted { $0.column < $1.column }
            rowsSorted = true
        }
        try handler.row(currentRow, cells: rowCells)
        rowCells.removeAll(keepingCapacity: true)
        lastStoredColumn = -1
    }

    // MARK: - Sheet properties

    private mutating func readMerge<S>(_ scanner: borrowing XMLScanner<S>) throws {
        guard let span = scanner.attribute("ref") else { return }
        let reference = scanner.decodeRaw(span)
        guard let range = CellRange(reference) else {
            throw XLSXError.invalidCellReference(sheet: sheet, reference: reference)
        }
        properties.mergedRanges.append(range)
    }

    private mutating func readColumn<S>(_ scanner: borrowing XMLScanner<S>) throws {
        guard let hidden = scanner.attribute("hidden"), scanner.spanEquals(hidden, "1") || scanner.spanEquals(hidden, "true"),
              let minimum = scanner.attribute("min").flatMap({ scanner.withBytes($0, NumberParsing.integer) }),
              let maximum = scanner.attribute("max").flatMap({ scanner.withBytes($0, NumberParsing.integer) }),
              minimum >= 1, minimum <= maximum, maximum <= ReadLimits.maxColumns else { return }
        for column in (minimum - 1)..<maximum { properties.hiddenColumns.insert(column) }
    }
}

/// The `t` attribute of a cell.
private enum WorksheetCellType {
    case number, shared, formulaString, inline, boolean, error, isoDate
}

private extension XMLScanner {
    func cellType(_ span: ByteSpan) -> WorksheetCellType {
        if spanEquals(span, "s") { return .shared }
        if spanEquals(span, "str") { return .formulaString }
        if spanEquals(span, "inlineStr") { return .inline }
        if spanEquals(span, "b") { return .boolean }
        if spanEquals(span, "e") { return .error }
        if spanEquals(span, "d") { return .isoDate }
        return .number
    }

    /// The bytes of `span` as text, for error messages.
    func decodeRaw(_ span: ByteSpan) -> String {
        withBytes(span) { String(decoding: $0, as: UTF8.self) }
    }
}

private extension String {
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
