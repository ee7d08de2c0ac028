/// Streaming parser of one worksheet part into a ``SheetGrid``.
///
/// Cells and rows without an `r` attribute follow the previous one; cells of
/// types n, s, str, inlineStr, b, e and d are read, formulas keep their cached
/// value and their text, and numbers in a date format become dates.
struct WorksheetPart {
    private enum Capture {
        case none, value, formula, inlineText
    }

    private let sheet: String
    private let sharedStrings: [String]
    private let styles: Styles
    private let dateOffset: Double

    private var grid: SheetGrid
    private var rowCells: [Cell] = []
    private var currentRow = -1
    private var lastColumn = -1
    private var rowsSorted = true

    private var cellReference = CellReference(row: 0, column: 0)
    private var cellType = WorksheetCellType.number
    private var cellFormat = NumberFormatKind.general
    private var capture = Capture.none
    private var phoneticDepth = 0
    private var number: Double?
    private var text: String?
    private var formula: String?

    private init(sheet: String, sharedStrings: [String], styles: Styles, uses1904Dates: Bool) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.dateOffset = uses1904Dates ? ExcelDate.offset1904 : 0
        self.grid = SheetGrid(name: sheet)
        rowCells.reserveCapacity(64)
    }

    /// Reads the worksheet in `source`.
    static func read(
        _ source: some ByteSource, part: String, sheet: String, sharedStrings: [String],
        styles: Styles, uses1904Dates: Bool, limits: ReadLimits
    ) throws -> SheetGrid {
        var parser = WorksheetPart(sheet: sheet, sharedStrings: sharedStrings, styles: styles, uses1904Dates: uses1904Dates)
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
                parser.flushRow()
                return parser.grid
            }
        }
    }

    // MARK: - Events

    private mutating func start<S>(_ scanner: inout XMLScanner<S>) throws {
        if scanner.nameIs("c") {
            try startCell(&scanner)
        } else if scanner.nameIs("v") {
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
            try startRow(&scanner)
        } else if scanner.nameIs("mergeCell") {
            try readMerge(&scanner)
        } else if scanner.nameIs("col") {
            try readColumn(&scanner)
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

    private mutating func startRow<S>(_ scanner: inout XMLScanner<S>) throws {
        flushRow()
        if let span = scanner.attribute("r") {
            guard let number = scanner.withBytes(span, NumberParsing.integer), number >= 1, number <= ReadLimits.maxRows else {
                throw XLSXError.invalidCellReference(sheet: sheet, reference: scanner.decodeRaw(span))
            }
            currentRow = number - 1
        } else {
            currentRow += 1
        }
        lastColumn = -1
        if let hidden = scanner.attribute("hidden"), scanner.spanEquals(hidden, "1") || scanner.spanEquals(hidden, "true") {
            grid.hiddenRows.insert(currentRow)
        }
    }

    private mutating func startCell<S>(_ scanner: inout XMLScanner<S>) throws {
        number = nil
        text = nil
        formula = nil
        capture = .none
        cellType = .number
        cellFormat = .general
        if let span = scanner.attribute("r") {
            guard let reference = scanner.withBytes(span, { CellReference(String(decoding: $0, as: UTF8.self)) }) else {
                throw XLSXError.invalidCellReference(sheet: sheet, reference: scanner.decodeRaw(span))
            }
            if reference.row != currentRow {
                flushRow()
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
        if let span = scanner.attribute("t") {
            cellType = scanner.cellType(span)
        }
        if let span = scanner.attribute("s"), let index = scanner.withBytes(span, NumberParsing.integer) {
            cellFormat = styles.kind(ofStyle: index)
        }
    }

    private mutating func readValue<S>(_ scanner: inout XMLScanner<S>) throws {
        switch cellType {
        case .number:
            if let value = scanner.withBytes(scanner.textSpan, NumberParsing.double) {
                number = value
            } else {
                text = (text ?? "") + (try scanner.text())
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
            grid.formulas[cellReference] = formula
        }
        guard let value = cellValue() else { return }
        rowCells.append(Cell(column: cellReference.column, value: value, format: cellFormat))
        if rowCells.count > 1, rowCells[rowCells.count - 2].column >= cellReference.column {
            rowsSorted = false
        }
    }

    private func cellValue() -> CellValue? {
        switch cellType {
        case .number:
            if let number {
                return cellFormat == .date ? .date(number + dateOffset) : .number(number)
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

    private mutating func flushRow() {
        guard !rowCells.isEmpty else { return }
        if !rowsSorted {
            var byColumn: [Int: Cell] = [:]
            for cell in rowCells { byColumn[cell.column] = cell }
            rowCells = byColumn.values.sorted { $0.column < $1.column }
            rowsSorted = true
        }
        grid.appendRow(currentRow, cells: rowCells)
        rowCells.removeAll(keepingCapacity: true)
    }

    // MARK: - Sheet properties

    private mutating func readMerge<S>(_ scanner: inout XMLScanner<S>) throws {
        guard let span = scanner.attribute("ref") else { return }
        let reference = scanner.decodeRaw(span)
        guard let range = CellRange(reference) else {
            throw XLSXError.invalidCellReference(sheet: sheet, reference: reference)
        }
        grid.mergedRanges.append(range)
    }

    private mutating func readColumn<S>(_ scanner: inout XMLScanner<S>) throws {
        guard let hidden = scanner.attribute("hidden"), scanner.spanEquals(hidden, "1") || scanner.spanEquals(hidden, "true"),
              let minimum = scanner.attribute("min").flatMap({ scanner.withBytes($0, NumberParsing.integer) }),
              let maximum = scanner.attribute("max").flatMap({ scanner.withBytes($0, NumberParsing.integer) }),
              minimum >= 1, minimum <= maximum, maximum <= ReadLimits.maxColumns else { return }
        for column in (minimum - 1)..<maximum { grid.hiddenColumns.insert(column) }
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
