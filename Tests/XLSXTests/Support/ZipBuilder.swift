import CZip
import Foundation

/// Writes small zip archives for tests, with libzip.
enum ZipBuilder {
    /// The bytes of a zip holding `entries` (path → content), deflated.
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        var code: Int32 = 0
        guard let archive = zip_open(url.path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            throw BuildError.failed("zip_open \(code)")
        }
        for (name, content) in entries {
            let copy = malloc(max(content.count, 1))!
            content.withUnsafeBytes { if let base = $0.baseAddress { memcpy(copy, base, $0.count) } }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(content.count), 1) else {
                throw BuildError.failed("zip_source_buffer")
            }
            guard zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) >= 0 else {
                zip_source_free(source)
                throw BuildError.failed("zip_file_add \(name)")
            }
        }
        guard zip_close(archive) == 0 else { throw BuildError.failed("zip_close") }
        return Array(try Data(contentsOf: url))
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
