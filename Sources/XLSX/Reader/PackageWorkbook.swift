/// The parts of an .xlsx package a workbook is read from: the workbook part, shared
/// strings and styles read when opened, worksheets streamed on demand.
struct PackageWorkbook {
    let archive: ZipArchive
    let sheets: [Workbook.Sheet]
    let uses1904Dates: Bool
    let properties: CoreProperties
    private let sharedStrings: [String]
    private let styles: Styles

    init(archive: ZipArchive) throws {
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

    /// Streams the rows of `sheet` to `handler`; a large worksheet is inflated on a second thread while it is scanned.
    func streamSheet<Handler: SheetRowHandler>(_ sheet: Workbook.Sheet, to handler: Handler) throws -> (Handler, SheetProperties) {
        let source = try archive.open(sheet.part)
        if source.sizeHint >= Self.prefetchThreshold {
            return try stream(sheet, from: PrefetchingByteSource(source), to: handler)
        }
        return try stream(sheet, from: source, to: handler)
    }

    /// Worksheets at least this large (as declared) are inflated ahead on a second thread.
    private static let prefetchThreshold = 4 << 20

    private func stream<Handler: SheetRowHandler>(
        _ sheet: Workbook.Sheet, from source: some ByteSource, to handler: Handler
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
        if let type = contentTypes?.type(of: part), !type.containsBytes(of: "spreadsheetml") && !type.containsBytes(of: "ms-excel") {
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
    ) throws -> [Workbook.Sheet] {
        var sheets: [Workbook.Sheet] = []
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
            sheets.append(Workbook.Sheet(name: entry.name, visibility: entry.visibility, part: part))
        }
        return sheets
    }
}

private extension String {
    /// Whether the UTF-8 bytes of `word` occur in this string's (Foundation's `contains` compares
    /// with Unicode rules, which no MIME type needs).
    func containsBytes(of word: String) -> Bool {
        let haystack = Array(utf8)
        let needle = Array(word.utf8)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
