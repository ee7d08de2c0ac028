import Foundation
/// A workbook opened for reading: its sheets in order, each read on demand.
///
/// An .xlsx package is read part by part (content types, relationships, workbook, shared
/// strings and styles when opened; ``readSheet(_:)`` streams one worksheet into a sparse
/// ``SheetGrid``; part paths are always resolved through the relationships). A legacy .xls
/// workbook (Excel 97–2003) is checked and read whole when opened, into the same grids.
public final class Workbook {
    /// A sheet of the workbook.
    public struct Sheet: Equatable, Sendable {
        /// The name on the sheet's tab.
        public var name: String
        /// Whether the sheet is shown.
        public var visibility: SheetVisibility
        /// The worksheet part's path inside the package (for .xls, `#` and the sheet's position).
        public var part: String
    }

    /// Which file format the workbook came in.
    public enum Format: Sendable {
        /// Office Open XML (.xlsx).
        case xlsx
        /// Excel 97–2003 binary (.xls).
        case xls
    }

    /// The worksheets in workbook order (chart sheets are left out).
    public let sheets: [Sheet]
    /// Whether the workbook counts dates from 1904 (dates are converted to the 1900 system when read).
    public let uses1904Dates: Bool
    /// The document properties (title, keywords …), empty when the workbook has none.
    public let properties: CoreProperties
    /// The file format.
    public var format: Format {
        if case .legacy = backend { return .xls }
        return .xlsx
    }

    private enum Backend {
        case package(PackageWorkbook)
        case legacy(LegacyWorkbook)
    }

    private let backend: Backend
    private let limits: ReadLimits
    /// Cells kept by ``readSheet(_:)`` so far.
    private var cellsKept = 0

    /// Opens the workbook file at `path`.
    public convenience init(path: String, limits: ReadLimits = .standard) throws {
        try self.init(path: path, limits: limits, wholeFileUpTo: Self.inMemoryFileBytes)
    }

    /// Opens the workbook file at `path`, reading it whole first when it is at most `wholeLimit` bytes.
    convenience init(path: String, limits: ReadLimits, wholeFileUpTo wholeLimit: Int) throws {
        let sample = try FileBytes.sample(path, headCount: 8, wholeUpTo: wholeLimit, limit: limits.maxFileBytes)
        if sample.size > limits.maxFileBytes { throw XLSXError.fileTooLarge(limit: limits.maxFileBytes) }
        if sample.size == 0 || sample.bytes.isEmpty { throw XLSXError.emptyFile }
        if sample.bytes.withUnsafeBytes(ContainerSniffer.isOLE) {
            let bytes = sample.isWhole ? sample.bytes : try FileBytes.read(path, limit: limits.maxFileBytes)
            try self.init(legacy: bytes, path: sample.isRegularFile ? path : nil, limits: limits)
            return
        }
        let archive = sample.isWhole
            ? try ZipArchive(bytes: sample.bytes, limits: limits)
            : try ZipArchive(path: path, limits: limits)
        try self.init(package: PackageWorkbook(archive: archive), limits: limits)
    }

    /// Files up to this size are read into memory in one go and opened from there; larger ones
    /// are read in place, so a large workbook's compressed bytes never all sit in memory.
    private static let inMemoryFileBytes = 4 << 20

    /// Opens a workbook held in memory.
    public convenience init(bytes: [UInt8], limits: ReadLimits = .standard) throws {
        if bytes.count > limits.maxFileBytes { throw XLSXError.fileTooLarge(limit: limits.maxFileBytes) }
        guard !bytes.isEmpty else { throw XLSXError.emptyFile }
        if bytes.withUnsafeBytes(ContainerSniffer.isOLE) {
            try self.init(legacy: bytes, path: nil, limits: limits)
            return
        }
        try self.init(package: PackageWorkbook(archive: ZipArchive(bytes: bytes, limits: limits)), limits: limits)
    }

    private init(package: PackageWorkbook, limits: ReadLimits) {
        backend = .package(package)
        self.limits = limits
        sheets = package.sheets
        uses1904Dates = package.uses1904Dates
        properties = package.properties
    }

    /// An OLE compound file: an .xls workbook, read by FreeXL from `path`, or from a private
    /// temporary copy when the bytes came from memory; anything else is refused.
    private convenience init(legacy bytes: [UInt8], path: String?, limits: ReadLimits) throws {
        let workbook: LegacyWorkbook
        if let path {
            workbook = try LegacyWorkbook(bytes: bytes, path: path, limits: limits)
        } else {
            let copy = try ScratchCopy(bytes)
            defer { copy.remove() }
            workbook = try LegacyWorkbook(bytes: bytes, path: copy.path, limits: limits)
        }
        self.init(legacy: workbook, limits: limits)
    }

    private init(legacy: LegacyWorkbook, limits: ReadLimits) {
        backend = .legacy(legacy)
        self.limits = limits
        sheets = legacy.sheets.enumerated().map { Sheet(name: $0.element.name, visibility: $0.element.visibility, part: "#\($0.offset)") }
        uses1904Dates = false
        properties = CoreProperties()
    }

    /// The sheet named `selector`, or else the sheet with that 1-based number.
    public func sheet(_ selector: String) throws -> Sheet {
        if let sheet = sheets.first(where: { $0.name == selector }) { return sheet }
        if let number = Int(selector), number >= 1, number <= sheets.count { return sheets[number - 1] }
        throw XLSXError.sheetNotFound(selector)
    }

    /// Reads every cell of `sheet` into a sparse grid.
    /// The cells of all the sheets read so far count against ``ReadLimits/maxCells``.
    public func readSheet(_ sheet: Sheet) throws -> SheetGrid {
        let limit = limits.maxCells
        let builder = SheetGridBuilder(grid: SheetGrid(name: sheet.name), remaining: limit - cellsKept, limit: limit)
        var (built, properties) = try streamSheet(sheet, to: builder)
        built.grid.apply(properties)
        cellsKept += built.grid.cellCount
        return built.grid
    }

    /// Streams the rows of `sheet` to `handler` without keeping them; returns the handler and the sheet's properties.
    public func streamSheet<Handler: SheetRowHandler>(_ sheet: Sheet, to handler: Handler) throws -> (Handler, SheetProperties) {
        switch backend {
        case .package(let package):
            return try package.streamSheet(sheet, to: handler)
        case .legacy(let legacy):
            guard let index = sheets.firstIndex(of: sheet) else { throw XLSXError.sheetNotFound(sheet.name) }
            let grid = legacy.grids[index]
            var handler = handler
            for (row, cells) in grid.rows { try handler.row(row, cells: Array(cells)) }
            let properties = SheetProperties(mergedRanges: grid.mergedRanges, hiddenRows: grid.hiddenRows, hiddenColumns: grid.hiddenColumns,
                                             formulas: grid.formulas)
            return (handler, properties)
        }
    }
}
