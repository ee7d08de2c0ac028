import CFreeXL
import Foundation

/// A legacy .xls workbook (Excel 97–2003, BIFF8) read into sheet grids, the same model the
/// .xlsx reader produces.
///
/// The compound file and the BIFF records are checked first in Swift (``CompoundFile``,
/// ``BIFFScan``): version, encryption, sheet list, declared sizes and cell counts against the
/// limits. Only a file that passes is handed to FreeXL, which decodes the strings and cell
/// values; what FreeXL does not report (merged ranges, hidden sheets, rows and columns,
/// booleans, error values, text results of formulas) comes from the scan.
struct LegacyWorkbook {
    /// The worksheets in workbook order.
    let sheets: [(name: String, visibility: SheetVisibility)]
    /// The cells of each worksheet, in the same order.
    let grids: [SheetGrid]

    /// Reads the .xls workbook held in `bytes`; FreeXL reads from `path`, the same bytes on disk.
    init(bytes: [UInt8], path: String, limits: ReadLimits) throws {
        let container = try CompoundFile(bytes: bytes)
        if container.entries.contains(where: { $0.isStream && $0.name == "EncryptedPackage" }) { throw XLSXError.encryptedWorkbook }
        guard let stream = try container.stream(named: "Workbook", limit: limits.maxPartBytes) else {
            if try container.stream(named: "Book", limit: limits.maxPartBytes) != nil { throw XLSXError.oldXLSVersion }
            throw XLSXError.unsupportedOLE
        }
        let scan = try BIFFScan(stream, limits: limits)
        var handle: UnsafeRawPointer?
        let opened = freexl_open(path, &handle)
        guard opened == FREEXL_OK, let handle else {
            if let handle { freexl_close(handle) }
            // FreeXL reports a record it cannot parse as success with no handle.
            throw XLSXError.corruptXLS(detail: opened == FREEXL_OK ? "有无法解析的记录" : Self.describe(opened))
        }
        defer { freexl_close(handle) }
        var password: UInt32 = 0
        try Self.check(freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &password))
        guard password == FREEXL_BIFF_PLAIN else { throw XLSXError.encryptedWorkbook }
        var count: UInt32 = 0
        try Self.check(freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &count))
        var grids: [SheetGrid] = []
        var cellsKept = 0
        for index in 0..<Int(min(count, UInt32(UInt16.max))) {
            var name: UnsafePointer<CChar>?
            try Self.check(freexl_get_worksheet_name(handle, UInt16(index), &name))
            let sheetName = name.map { String(cString: $0) } ?? ""
            let facts = scan.sheets.first { $0.name == sheetName } ?? BIFFScan.Sheet(name: sheetName, visibility: .visible)
            try Self.check(freexl_select_active_worksheet(handle, UInt16(index)))
            var grid = try Self.readActiveSheet(handle, facts: facts, name: sheetName, uses1904Dates: scan.uses1904Dates,
                                                remaining: limits.maxCells - cellsKept, limit: limits.maxCells)
            grid.apply(SheetProperties(mergedRanges: facts.mergedRanges, hiddenRows: facts.hiddenRows, hiddenColumns: facts.hiddenColumns))
            cellsKept += grid.cellCount
            grids.append(grid)
        }
        var names = Set<String>()
        for grid in grids where !names.insert(grid.name.lowercased()).inserted { throw XLSXError.duplicateSheetName(grid.name) }
        self.grids = grids
        sheets = grids.map { grid in (grid.name, scan.sheets.first { $0.name == grid.name }?.visibility ?? .visible) }
    }

    private static func readActiveSheet(_ handle: UnsafeRawPointer, facts: BIFFScan.Sheet, name: String, uses1904Dates: Bool,
                                        remaining: Int, limit: Int) throws -> SheetGrid {
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        try check(freexl_worksheet_dimensions(handle, &rows, &columns))
        guard Int(rows) * Int(columns) <= limit else { throw XLSXError.tooManyCells(sheet: name, limit: limit) }
        var grid = SheetGrid(name: name)
        var kept = 0
        for row in 0..<Int(rows) {
            var cells: [Cell] = []
            for column in 0..<Int(columns) {
                let reference = CellReference(row: row, column: column)
                var value = FreeXL_CellValue()
                try check(freexl_get_cell_value(handle, UInt32(row), UInt16(column), &value))
                guard let cellValue = facts.extraValues[reference] ?? Self.value(value, uses1904Dates: uses1904Dates) else { continue }
                cells.append(Cell(column: column, value: cellValue))
            }
            guard !cells.isEmpty else { continue }
            kept += cells.count
            guard kept <= remaining else { throw XLSXError.tooManyCells(sheet: name, limit: limit) }
            grid.appendRow(row, cells: cells)
        }
        return grid
    }

    /// A FreeXL value as a cell value; nil for an empty cell.
    private static func value(_ value: FreeXL_CellValue, uses1904Dates: Bool) -> CellValue? {
        switch Int32(value.type) {
        case FREEXL_CELL_INT:
            return .number(Double(value.value.int_value))
        case FREEXL_CELL_DOUBLE:
            return .number(value.value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
            return value.value.text_value.map { .text(String(cString: $0)) }
        case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME:
            guard let text = value.value.text_value.map({ String(cString: $0) }) else { return nil }
            return ExcelDate.serial(iso8601: text.replacingOccurrences(of: " ", with: "T")).map { .date($0) } ?? .text(text)
        case FREEXL_CELL_TIME:
            guard let text = value.value.text_value.map({ String(cString: $0) }) else { return nil }
            let clock = text.split(separator: ":").compactMap { Double($0) }
            guard clock.count == 3 else { return .text(text) }
            return .date((clock[0] * 3600 + clock[1] * 60 + clock[2]) / 86_400)
        default:
            return nil
        }
    }

    private static func check(_ status: Int32) throws {
        guard status == FREEXL_OK else { throw XLSXError.corruptXLS(detail: describe(status)) }
    }

    /// FreeXL's error codes in words.
    private static func describe(_ status: Int32) -> String {
        switch status {
        case FREEXL_FILE_NOT_FOUND: return "文件不存在"
        case FREEXL_INSUFFICIENT_MEMORY: return "内存不足"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE: return "复合文档头已损坏"
        case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR: return "文件不完整或已损坏"
        case FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY, FREEXL_INVALID_MINI_STREAM, FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            return "扇区分配表已损坏"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_WORKBOOK_NOT_FOUND: return "找不到有效的工作簿数据"
        case FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX: return "共享字符串表已损坏"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET: return "文字编码无法识别"
        case FREEXL_ILLEGAL_RK_VALUE: return "数字记录已损坏"
        case FREEXL_ILLEGAL_CELL_ROW_COL: return "单元格位置超出工作表的范围"
        case FREEXL_CRAFTED_FILE: return "文件结构异常，疑似被蓄意篡改"
        default: return "FreeXL 错误 \(status)"
        }
    }
}
