/// What a BIFF8 workbook stream says about itself, read record by record without
/// interpreting strings or cells: the version, encryption, the sheets with their visibility,
/// the declared string count, each sheet's declared dimensions and cell count, and what
/// FreeXL does not report — merged ranges, hidden rows and columns, booleans, error values
/// and the cached results of formulas. It also measures what FreeXL would allocate (the
/// declared or spanned area of every sheet) and the work it would do on date cells, so that
/// a file which would exhaust either is refused before FreeXL sees it.
struct BIFFScan {
    /// A worksheet's facts.
    struct Sheet {
        var name: String
        var visibility: SheetVisibility
        /// The declared used area (rows × columns), as FreeXL allocates it.
        var declaredArea = 0
        /// The area the cells span (FreeXL's allocation when no dimension is declared).
        var spannedArea: Int { cellRecords == 0 ? 0 : (maxRow + 1) * (maxColumn + 1) }
        var maxRow = 0
        var maxColumn = 0
        var dimensionRecords = 0
        var cellRecords = 0
        var mergedRanges: [CellRange] = []
        var hiddenRows: Set<Int> = []
        var hiddenColumns: Set<Int> = []
        /// Values FreeXL leaves out, by cell.
        var extraValues: [CellReference: CellValue] = [:]
    }

    private(set) var sheets: [Sheet] = []
    private(set) var uniqueStrings = 0
    private(set) var uses1904Dates = false

    /// The largest record BIFF8 allows; FreeXL stops reading silently at a longer one.
    private static let maxRecordLength = 8224
    /// How many day steps FreeXL may take turning date cells into text (it counts days one by
    /// one): about a second of work.
    private static let maxDateDays = 1_000_000_000

    private enum Record: UInt16 {
        case bof = 0x0809, eof = 0x000A, filePass = 0x002F, boundSheet = 0x0085, sst = 0x00FC, date1904 = 0x0022
        case format = 0x041E, extendedFormat = 0x00E0
        case dimensions = 0x0200, mergedCells = 0x00E5, row = 0x0208, columnInfo = 0x007D
        case boolErr = 0x0205, formula = 0x0006, string = 0x0207
        case number = 0x0203, rk = 0x027E, multipleRK = 0x00BD, labelSST = 0x00FD, label = 0x0204
    }

    /// Scans `stream` (the `Workbook` stream); throws for anything but an unencrypted BIFF8 workbook
    /// within `limits`.
    init(_ stream: [UInt8], limits: ReadLimits) throws {
        var offset = 0
        var first = true
        var sheetOffsets: [(Int, Sheet)] = []
        while offset + 4 <= stream.count {
            let header = LittleEndian(bytes: stream, offset: offset)
            let type = header.u16(0)
            let length = Int(header.u16(2))
            let data = LittleEndian(bytes: stream, offset: offset + 4)
            guard length <= Self.maxRecordLength else { throw XLSXError.corruptXLS(detail: "记录长度 \(length) 超过 BIFF8 上限") }
            if first {
                guard type == Record.bof.rawValue else { throw XLSXError.corruptXLS(detail: "工作簿流不以 BOF 记录开头") }
                let version = data.u16(0)
                guard version == 0x0600 else { throw XLSXError.oldXLSVersion }
                first = false
            }
            switch Record(rawValue: type) {
            case .filePass:
                throw XLSXError.encryptedWorkbook
            case .date1904:
                uses1904Dates = data.u16(0) == 1
            case .format:
                if let text = Self.unicodeString(data, at: 2, end: length), Self.looksLikeDate(text) { dateFormats.insert(data.u16(0)) }
            case .extendedFormat:
                formatOfXF.append(data.u16(2))
            case .sst:
                uniqueStrings = Int(data.u32(4))
                guard uniqueStrings <= limits.maxSharedStrings, uniqueStrings <= stream.count / 3 else {
                    throw XLSXError.tooManySharedStrings(limit: min(limits.maxSharedStrings, stream.count / 3))
                }
            case .boundSheet:
                let visibility: SheetVisibility = switch data.u8(4) & 0x03 {
                case 0: .visible
                case 1: .hidden
                default: .veryHidden
                }
                let kind = data.u8(5)
                let name = Self.shortString(data, at: 6, end: length)
                if kind == 0 { sheetOffsets.append((Int(data.u32(0)), Sheet(name: name, visibility: visibility))) }
            case .eof:
                offset = stream.count
                continue
            default:
                break
            }
            offset += 4 + length
        }
        guard !first else { throw XLSXError.corruptXLS(detail: "工作簿流为空") }
        guard !sheetOffsets.isEmpty else { throw XLSXError.corruptXLS(detail: "工作簿中没有工作表") }
        let dateXFs = Set(formatOfXF.indices.filter { Self.builtInDateFormats.contains(formatOfXF[$0]) || dateFormats.contains(formatOfXF[$0]) })
        var cells = 0
        var area = 0
        var dateDays = 0
        for (start, sheet) in sheetOffsets {
            guard start >= 0, start < stream.count else { throw XLSXError.corruptXLS(detail: "工作表“\(sheet.name)”的位置超出文件范围") }
            let scanned = try Self.scanSheet(stream, from: start, sheet: sheet, dateXFs: dateXFs, dateDays: &dateDays, limits: limits)
            cells += scanned.cellRecords
            area += max(scanned.declaredArea, scanned.spannedArea)
            guard cells <= limits.maxCells, area <= limits.maxCells else { throw XLSXError.tooManyCells(sheet: sheet.name, limit: limits.maxCells) }
            guard dateDays <= Self.maxDateDays else { throw XLSXError.corruptXLS(detail: "工作表“\(sheet.name)”中日期单元格的数值异常大") }
            sheets.append(scanned)
        }
    }

    private var formatOfXF: [UInt16] = []
    private var dateFormats = Set<UInt16>()
    /// Excel's built-in date and time formats, as FreeXL tells them.
    private static let builtInDateFormats = Set<UInt16>([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

    /// Whether a number format shows a date or time, as FreeXL guesses it: by its letters.
    private static func looksLikeDate(_ format: String) -> Bool {
        var quoted = false
        for character in format.lowercased() {
            if character == "\"" { quoted.toggle() } else if !quoted, "ymdhs".contains(character) { return true }
        }
        return false
    }

    private static func scanSheet(_ stream: [UInt8], from start: Int, sheet: Sheet, dateXFs: Set<Int>, dateDays: inout Int,
                                  limits: ReadLimits) throws -> Sheet {
        var sheet = sheet
        var offset = start
        var pendingString: CellReference?
        while offset + 4 <= stream.count {
            let header = LittleEndian(bytes: stream, offset: offset)
            let type = header.u16(0)
            let length = Int(header.u16(2))
            let data = LittleEndian(bytes: stream, offset: offset + 4)
            offset += 4 + length
            guard length <= Self.maxRecordLength else { throw XLSXError.corruptXLS(detail: "工作表“\(sheet.name)”中记录长度 \(length) 超过 BIFF8 上限") }
            func reference(_ at: Int = 0) -> CellReference {
                CellReference(row: Int(data.u16(at)), column: Int(data.u16(at + 2)))
            }
            func span(_ cell: CellReference) {
                sheet.maxRow = max(sheet.maxRow, cell.row)
                sheet.maxColumn = max(sheet.maxColumn, cell.column)
            }
            func number(_ value: Double, xf: UInt16) {
                if dateXFs.contains(Int(xf)) { dateDays += value.isFinite ? Int(min(abs(value), 1e12)) : Int(1e12) }
            }
            switch Record(rawValue: type) {
            case .eof:
                return sheet
            case .dimensions:
                sheet.dimensionRecords += 1
                guard sheet.dimensionRecords == 1 else { throw XLSXError.corruptXLS(detail: "工作表“\(sheet.name)”有多个尺寸记录") }
                let rows = max(0, Int(data.u32(4)) - Int(data.u32(0)))
                let columns = max(0, Int(data.u16(10)) - Int(data.u16(8)))
                sheet.declaredArea = rows * columns
                guard sheet.declaredArea <= limits.maxCells else { throw XLSXError.tooManyCells(sheet: sheet.name, limit: limits.maxCells) }
            case .number:
                sheet.cellRecords += 1
                span(reference())
                number(Double(bitPattern: data.u64(6)), xf: data.u16(4))
            case .rk:
                sheet.cellRecords += 1
                span(reference())
                number(Self.rk(data.u32(6)), xf: data.u16(4))
            case .labelSST, .label:
                sheet.cellRecords += 1
                span(reference())
            case .multipleRK:
                let count = max(0, (length - 6) / 6)
                sheet.cellRecords += count
                let first = reference()
                span(CellReference(row: first.row, column: first.column + max(0, count - 1)))
                for index in 0..<count { number(Self.rk(data.u32(6 + 6 * index)), xf: data.u16(4 + 6 * index)) }
            case .boolErr:
                sheet.cellRecords += 1
                span(reference())
                sheet.extraValues[reference()] = data.u8(7) == 0 ? .bool(data.u8(6) != 0) : .error(Self.errorText(data.u8(6)))
            case .formula:
                sheet.cellRecords += 1
                let cell = reference()
                span(cell)
                if data.u16(12) != 0xFFFF {
                    let result = Double(bitPattern: data.u64(6))
                    if result.isFinite { sheet.extraValues[cell] = .number(result) }
                } else {
                    switch data.u8(6) {
                    case 0: pendingString = cell
                    case 1: sheet.extraValues[cell] = .bool(data.u8(8) != 0)
                    case 2: sheet.extraValues[cell] = .error(Self.errorText(data.u8(8)))
                    default: break
                    }
                }
            case .string:
                if let cell = pendingString, let text = Self.unicodeString(data, at: 0, end: length) { sheet.extraValues[cell] = .text(text) }
                pendingString = nil
            case .mergedCells:
                let count = Int(data.u16(0))
                for index in 0..<min(count, (length - 2) / 8) {
                    let at = 2 + 8 * index
                    sheet.mergedRanges.append(CellRange(first: CellReference(row: Int(data.u16(at)), column: Int(data.u16(at + 4))),
                                                        last: CellReference(row: Int(data.u16(at + 2)), column: Int(data.u16(at + 6)))))
                }
            case .row:
                if data.u32(12) & 0x20 != 0 { sheet.hiddenRows.insert(Int(data.u16(0))) }
            case .columnInfo:
                if data.u16(8) & 0x01 != 0 {
                    let first = Int(data.u16(0)), last = min(Int(data.u16(2)), 255)
                    if first <= last { sheet.hiddenColumns.formUnion(first...last) }
                }
            default:
                break
            }
            guard sheet.cellRecords <= limits.maxCells else { throw XLSXError.tooManyCells(sheet: sheet.name, limit: limits.maxCells) }
        }
        return sheet
    }

    /// The number an RK value holds: an integer or the high bits of a double, perhaps divided by 100.
    private static func rk(_ value: UInt32) -> Double {
        let number = value & 0x02 != 0 ? Double(Int32(bitPattern: value) >> 2) : Double(bitPattern: UInt64(value & 0xFFFF_FFFC) << 32)
        return value & 0x01 != 0 ? number / 100 : number
    }

    /// A BIFF8 ShortXLUnicodeString (one-byte length, flags, characters).
    private static func shortString(_ data: LittleEndian, at start: Int, end: Int) -> String {
        let count = Int(data.u8(start))
        return characters(data, count: count, wide: data.u8(start + 1) & 1 != 0, at: start + 2, end: end) ?? ""
    }

    /// A BIFF8 XLUnicodeString (two-byte length, flags, characters); nil when it runs past the record.
    private static func unicodeString(_ data: LittleEndian, at start: Int, end: Int) -> String? {
        characters(data, count: Int(data.u16(start)), wide: data.u8(start + 2) & 1 != 0, at: start + 3, end: end)
    }

    private static func characters(_ data: LittleEndian, count: Int, wide: Bool, at start: Int, end: Int) -> String? {
        guard start + count * (wide ? 2 : 1) <= end else { return nil }
        if wide { return String(decoding: (0..<count).map { data.u16(start + 2 * $0) }, as: UTF16.self) }
        return String(decoding: (0..<count).map { UInt16(data.u8(start + $0)) }, as: UTF16.self)
    }

    private static func errorText(_ code: UInt8) -> String {
        switch code {
        case 0x00: return "#NULL!"
        case 0x07: return "#DIV/0!"
        case 0x0F: return "#VALUE!"
        case 0x17: return "#REF!"
        case 0x1D: return "#NAME?"
        case 0x24: return "#NUM!"
        case 0x2A: return "#N/A"
        default: return "#ERROR!"
        }
    }
}
