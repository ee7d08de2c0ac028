import Foundation
/// A workbook opened for reading: its sheets in order, each read on demand.
///
/// Opening reads the package's content types, relationships, workbook,
/// shared strings and styles; ``readSheet(_:)`` streams one worksheet into a
/// sparse ``SheetGrid``. Part paths are always resolved through the
/// relationships, never assumed.
public final class Workbook {
    /// A sheet of the workbook.
    public struct Sheet: Equatable, Sendable {
        /// The name on the sheet's tab.
        public var name: String
        /// Whether the sheet is shown.
        public var visibility: SheetVisibility
        /// The worksheet part's path inside the package.
        public var part: String
    }

    /// The worksheets in workbook order (chart sheets are left out).
    public let sheets: [Sheet]
    /// Whether the workbook counts dates from 1904 (dates are converted to the 1900 system when read).
    public let uses1904Dates: Bool
    /// The document properties (title, keywords …), empty when the workbook has none.
    public let properties: CoreProperties

    private let archive: ZipArchive
    /// Cells kept by ``readSheet(_:)`` so far.
    private var cellsKept = 0
    private let sharedStrings: [String]
    private let styles: Styles

    /// Opens the workbook file at `path`.
    public convenience init(path: String, limits: ReadLimits = .standard) throws {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw XLSXError.fileUnreadable(path: path, errno: EISDIR) }
        let (head, size) = try FileBytes.prefix(path, count: 8)
        if size > limits.maxFileBytes { throw XLSXError.fileTooLarge(limit: limits.maxFileBytes) }
        if size == 0 || head.isEmpty { throw XLSXError.emptyFile }
        if head.withUnsafeBytes(ContainerSniffer.isOLE) {
            let bytes = try FileBytes.read(path, limit: limits.maxFileBytes)
            try bytes.withUnsafeBytes { try ContainerSniffer.rejectNonZip($0) }
        }
        try self.init(archive: ZipArchive(path: path, limits: limits))
    }

    /// Opens a workbook held in memory.
    public convenience init(bytes: [UInt8], limits: ReadLimits = .standard) throws {
        if bytes.count > limits.maxFileBytes { throw XLSXError.fileTooLarge(limit: limits.maxFileBytes) }
        try bytes.withUnsafeBytes { try ContainerSniffer.rejectNonZip($0) }
        try self.init(archive: ZipArchive(bytes: bytes, limits: limits))
    }

    private init(archive: ZipArchive) throws {
        self.archive = archive
        let limits = archive.limits
        let (workbookPart, rootRelationships) = try Self.locateWorkbook(in: archive)
        if let core = rootRelationships.first(where: { $0.hasType("core-properties") && !$0.isExternal }),
           case let part = PartPath.resolve(core.target, from: ""), archive.contains(part) {
            properties = try CoreProperties(archive.open(part), part: part, limits: limits)
        } else {
            properties = CoreProperties()
        }
        let workbook = try WorkbookPart(archive.open(workbookPart), part: workbookPart, limits: limits)
        let relationshipsPart = PartPath.relationships(of: workbookPart)
        let relationships = archive.contains(relationshipsPart)
            ? try Relationships.parse(archive.open(relationshipsPart), part: relationshipsPart, limits: limits)
            : []
        func target(ofType type: String, fallback: String) -> String? {
            if let relationship = relationships.first(where: { $0.hasType(type) && !$0.isExternal }) {
                return PartPath.resolve(relationship.target, from: workbookPart)
            }
            return archive.contains(fallback) ? fallback : nil
        }
        if let part = target(ofType: "sharedStrings", fallback: "xl/sharedStrings.xml"), archive.contains(part) {
            sharedStrings = try SharedStrings.parse(archive.open(part), part: part, limits: limits)
        } else {
            sharedStrings = []
        }
        if let part = target(ofType: "styles", fallback: "xl/styles.xml"), archive.contains(part) {
            styles = try Styles(archive.open(part), part: part, limits: limits)
        } else {
            styles = Styles()
        }
        uses1904Dates = workbook.uses1904Dates
        sheets = try Self.worksheets(of: workbook, relationships: relationships, workbookPart: workbookPart, archive: archive)
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
        let limit = archive.limits.maxCells
        let builder = SheetGridBuilder(grid: SheetGrid(name: sheet.name), remaining: limit - cellsKept, limit: limit)
        var (built, properties) = try streamSheet(sheet, to: builder)
        built.grid.apply(properties)
        cellsKept += built.grid.cellCount
        return built.grid
    }

    /// Streams the rows of `sheet` to `handler` without keeping them; returns the handler and the sheet's properties.
    ///
    /// A large worksheet is inflated on a second thread while it is scanned.
    public func streamSheet<Handler: SheetRowHandler>(_ sheet: Sheet, to handler: Handler) throws -> (Handler, SheetProperties) {
        let source = try archive.open(sheet.part)
        if archive.declaredSize(of: sheet.part) >= Self.prefetchThreshold {
            return try stream(sheet, from: PrefetchingByteSource(source), to: handler)
        }
        return try stream(sheet, from: source, to: handler)
    }

    /// Worksheets at least this large (as declared) are inflated ahead on a second thread.
    private static let prefetchThreshold = 4 << 20

    private func stream<Handler: SheetRowHandler>(
        _ sheet: Sheet, from source: some ByteSource, to handler: Handler
    ) throws -> (Handler, SheetProperties) {
        try WorksheetPart.read(
            source, part: sheet.part, sheet: sheet.name, sharedStrings: sharedStrings,
            styles: styles, uses1904Dates: uses1904Dates, limits: archive.limits, handler: handler)
    }

    private static func locateWorkbook(in archive: ZipArchive) throws -> (part: String, rootRelationships: [Relationship]) {
        let contentTypes = archive.contains("[Content_Types].xml")
            ? try ContentTypes(archive.open("[Content_Types].xml"), limits: archive.limits)
            : nil
        var part = "xl/workbook.xml"
        var relationships: [Relationship] = []
        if archive.contains("_rels/.rels") {
            relationships = try Relationships.parse(archive.open("_rels/.rels"), part: "_rels/.rels", limits: archive.limits)
            if let main = relationships.first(where: { $0.hasType("officeDocument") }) {
                part = PartPath.resolve(main.target, from: "")
            }
        }
        if let type = contentTypes?.type(of: part), !type.contains("spreadsheetml") && !type.contains("ms-excel") {
            throw XLSXError.notSpreadsheet(detail: type)
        }
        guard archive.contains(part) else {
            if contentTypes == nil && !archive.contains("_rels/.rels") {
                throw XLSXError.notSpreadsheet(detail: "压缩包中没有工作簿")
            }
            throw XLSXError.missingPart(part: part)
        }
        return (part, relationships)
    }

    private static func worksheets(
        of workbook: WorkbookPart, relationships: [Relationship], workbookPart: String, archive: ZipArchive
    ) throws -> [Sheet] {
        var sheets: [Sheet] = []
        var seen: Set<String> = []
        for entry in workbook.sheets {
            guard seen.insert(entry.name.lowercased()).inserted else {
                throw XLSXError.duplicateSheetName(entry.name)
            }
            guard let relationship = relationships.first(where: { $0.id == entry.relationshipID }) else {
                throw XLSXError.missingPart(part: "\(PartPath.relationships(of: workbookPart))#\(entry.relationshipID)")
            }
            guard relationship.hasType("worksheet") else { continue }
            let part = PartPath.resolve(relationship.target, from: workbookPart)
            guard archive.contains(part) else { throw XLSXError.missingPart(part: part) }
            sheets.append(Sheet(name: entry.name, visibility: entry.visibility, part: part))
        }
        return sheets
    }
}
