import CZip
import Foundation

/// Writes small zip archives for tests, with libzip.
enum ZipBuilder {
    /// The bytes of a zip holding `entries` (path → content), deflated unless `stored`. Built in
    /// memory: a temporary file once made `zip_open` fail (error 25, read-only) under a loaded CI run.
    static func zip(_ entries: [(String, [UInt8])], stored: Bool = false) throws -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else { throw BuildError.failed("zip_source_buffer_create") }
        defer { zip_source_free(buffer) }
        guard let archive = zip_open_from_source(buffer, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            throw BuildError.failed("zip_open_from_source \(zip_error_code_zip(&error))")
        }
        zip_source_keep(buffer)
        for (name, content) in entries {
            let copy = malloc(max(content.count, 1))!
            content.withUnsafeBytes { if let base = $0.baseAddress { memcpy(copy, base, $0.count) } }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(content.count), 1) else {
                throw BuildError.failed("zip_source_buffer")
            }
            let index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE)
            guard index >= 0 else {
                zip_source_free(source)
                throw BuildError.failed("zip_file_add \(name)")
            }
            if stored, zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) != 0 {
                throw BuildError.failed("zip_set_file_compression \(name)")
            }
        }
        guard zip_close(archive) == 0 else { throw BuildError.failed("zip_close") }
        guard zip_source_open(buffer) == 0 else { throw BuildError.failed("zip_source_open") }
        defer { zip_source_close(buffer) }
        guard zip_source_seek(buffer, 0, SEEK_END) == 0 else { throw BuildError.failed("zip_source_seek") }
        let size = Int(zip_source_tell(buffer))
        guard size >= 0, zip_source_seek(buffer, 0, SEEK_SET) == 0 else { throw BuildError.failed("zip_source_tell") }
        var bytes = [UInt8](repeating: 0, count: size)
        let read = bytes.withUnsafeMutableBytes { zip_source_read(buffer, $0.baseAddress, zip_uint64_t(size)) }
        guard read == size else { throw BuildError.failed("zip_source_read") }
        return bytes
    }

    /// A zip of text entries.
    static func zip(text entries: [(String, String)]) throws -> [UInt8] {
        try zip(entries.map { ($0.0, Array($0.1.utf8)) })
    }

    enum BuildError: Error {
        case failed(String)
    }
}

/// A minimal valid workbook whose parts can be replaced, for hostile-input tests.
enum MinimalWorkbook {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        </Types>
        """
    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """
    static func workbook(sheets: [String] = ["Sheet1"]) -> String {
        let entries = sheets.enumerated().map { index, name in
            "<sheet name=\"\(name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(entries)</sheets></workbook>
            """
    }
    static func workbookRelationships(sheets: Int = 1, sharedStrings: Bool = true) -> String {
        var entries = (1...sheets).map { index in
            "<Relationship Id=\"rId\(index)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        if sharedStrings {
            entries.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(entries.joined())</Relationships>"
    }
    static let sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>甲</t></si></sst>"

    static func sheet(_ sheetData: String) -> String {
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheetData)</sheetData></worksheet>"
    }

    /// The parts of a one-sheet workbook, with `overrides` replacing or adding parts.
    static func parts(sheet: String = sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                      overrides: [String: [UInt8]] = [:]) -> [(String, [UInt8])] {
        var parts: [String: [UInt8]] = [
            "[Content_Types].xml": Array(contentTypes.utf8),
            "_rels/.rels": Array(rootRelationships.utf8),
            "xl/workbook.xml": Array(workbook().utf8),
            "xl/_rels/workbook.xml.rels": Array(workbookRelationships().utf8),
            "xl/sharedStrings.xml": Array(sharedStrings.utf8),
            "xl/worksheets/sheet1.xml": Array(sheet.utf8),
        ]
        for (name, content) in overrides { parts[name] = content }
        return parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The bytes of a one-sheet workbook.
    static func bytes(sheet: String = sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                      overrides: [String: [UInt8]] = [:]) throws -> [UInt8] {
        try ZipBuilder.zip(parts(sheet: sheet, overrides: overrides))
    }
}
