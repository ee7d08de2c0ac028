import Foundation
import Testing
@testable import XLSX

/// Every hostile or broken input fails with its typed error, quickly and with bounded memory.
@Suite struct HostileInputTests {
    private func open(_ bytes: [UInt8], limits: ReadLimits = .standard) throws -> [SheetGrid] {
        let workbook = try Workbook(bytes: bytes, limits: limits)
        return try workbook.sheets.map(workbook.readSheet)
    }

    private func expectError(_ expected: XLSXError, _ bytes: [UInt8], limits: ReadLimits = .standard) {
        #expect(throws: expected) { try open(bytes, limits: limits) }
    }

    @Test func minimalWorkbookReads() throws {
        let grids = try open(MinimalWorkbook.bytes())
        #expect(grids.first?.value(at: CellReference(row: 0, column: 0)) == .text("甲"))
    }

    @Test func emptyFile() {
        expectError(.emptyFile, [])
        #expect(throws: XLSXError.emptyFile) { try Workbook(path: "/dev/null") }
    }

    @Test func aFileReadsTheSameWholeOrInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("book.xlsx").path
        let bytes = try MinimalWorkbook.bytes()
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        func grids(_ workbook: Workbook) throws -> [[String]] {
            try workbook.sheets.map(workbook.readSheet).map { grid in
                (0..<grid.rowExtent).map { row in grid.cells(inRow: row).map { "\($0.column):\($0.value)" }.joined(separator: ",") }
            }
        }
        let inMemory = try grids(Workbook(path: path, limits: .standard, wholeFileUpTo: bytes.count))
        let inPlace = try grids(Workbook(path: path, limits: .standard, wholeFileUpTo: bytes.count - 1))
        #expect(inMemory == inPlace)
        #expect(inMemory.first?.first == "0:text(\"甲\")")
        #expect(throws: XLSXError.fileUnreadable(path: folder.path, errno: EISDIR)) { try Workbook(path: folder.path) }
        #expect(throws: XLSXError.fileTooLarge(limit: 100)) { try Workbook(path: path, limits: ReadLimits(maxFileBytes: 100)) }
    }

    @Test(arguments: ["openpyxl_basic.xlsx", "legacy.xls"])
    func aPipeIsReadWholeFirst(_ fixture: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.path(fixture))))
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let writer = Thread {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(writeEnd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(readEnd) }
        let viaPipe = try Workbook(path: "/dev/fd/\(readEnd)")
        let direct = try Workbook(path: Fixture.path(fixture))
        #expect(viaPipe.sheets.map(\.name) == direct.sheets.map(\.name))
        #expect(try viaPipe.readSheet(viaPipe.sheets[0]).cellCount == direct.readSheet(direct.sheets[0]).cellCount)
    }

    @Test func notAZip() {
        #expect {
            try open(Array("科目代码,金额\n201,1.00\n".utf8))
        } throws: { error in
            if case .notZip = error as? XLSXError { return true }
            return false
        }
    }

    @Test func truncatedZip() throws {
        let whole = try MinimalWorkbook.bytes()
        #expect {
            try open(Array(whole.prefix(whole.count / 2)))
        } throws: { error in
            if case .notZip = error as? XLSXError { return true }
            return false
        }
    }

    @Test func renamedWordDocument() throws {
        let docx = try ZipBuilder.zip(text: [
            ("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """),
            ("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """),
            ("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>"),
        ])
        #expect {
            try open(docx)
        } throws: { error in
            if case .notSpreadsheet = error as? XLSXError { return true }
            return false
        }
    }

    @Test func encryptedWorkbook() {
        #expect(throws: XLSXError.encryptedWorkbook) { try Workbook(path: Fixture.path("encrypted.xlsx")) }
    }

    @Test func relationshipToAMissingPart() throws {
        let parts = MinimalWorkbook.parts().filter { $0.0 != "xl/worksheets/sheet1.xml" }
        expectError(.missingPart(part: "xl/worksheets/sheet1.xml"), try ZipBuilder.zip(parts))
    }

    @Test func malformedWorksheet() throws {
        #expect {
            try open(MinimalWorkbook.bytes(sheet: "<worksheet><sheetData><row><c><v>1</v></row>"))
        } throws: { error in
            if case .malformedXML(let part, _, _) = error as? XLSXError { return part == "xl/worksheets/sheet1.xml" }
            return false
        }
    }

    @Test func billionLaughsAndExternalEntitiesAreNeverExpanded() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>
            """
        expectError(.doctypeNotAllowed(part: "xl/sharedStrings.xml"), try MinimalWorkbook.bytes(overrides: ["xl/sharedStrings.xml": Array(laughs.utf8)]))
        let external = """
            <?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
            <worksheet><sheetData><row><c t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>
            """
        expectError(.doctypeNotAllowed(part: "xl/worksheets/sheet1.xml"), try MinimalWorkbook.bytes(sheet: external))
    }

    @Test func deepNesting() throws {
        let deep = "<worksheet>" + String(repeating: "<x>", count: 10_000) + String(repeating: "</x>", count: 10_000) + "</worksheet>"
        expectError(.nestingTooDeep(part: "xl/worksheets/sheet1.xml", limit: 128), try MinimalWorkbook.bytes(sheet: deep))
    }

    @Test func zipBombIsStoppedWhileInflating() throws {
        let blanks = [UInt8](repeating: 0x20, count: 8 << 20)
        let bomb = MinimalWorkbook.sheet("") .replacingOccurrences(of: "<sheetData>", with: "<sheetData>" + String(decoding: blanks, as: UTF8.self))
        let bytes = try MinimalWorkbook.bytes(sheet: bomb)
        #expect(bytes.count < 64 << 10, "the bomb compresses about 1000:1")
        expectError(.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20), bytes, limits: ReadLimits(maxPartBytes: 1 << 20))
        expectError(.workbookTooLarge(limit: 2 << 20), bytes, limits: ReadLimits(maxTotalBytes: 2 << 20))
    }

    @Test func duplicateSheetNames() throws {
        let bytes = try MinimalWorkbook.bytes(overrides: [
            "xl/workbook.xml": Array(MinimalWorkbook.workbook(sheets: ["表", "表"]).utf8),
            "xl/_rels/workbook.xml.rels": Array(MinimalWorkbook.workbookRelationships(sheets: 2).utf8),
            "xl/worksheets/sheet2.xml": Array(MinimalWorkbook.sheet("").utf8),
        ])
        expectError(.duplicateSheetName("表"), bytes)
    }

    @Test func sharedStringIndexOutOfRange() throws {
        let sheet = MinimalWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")
        expectError(.sharedStringIndexOutOfRange(sheet: "Sheet1", cell: "A1", index: "7"), try MinimalWorkbook.bytes(sheet: sheet))
    }

    @Test func hugeDimensionWithOneFarCellStaysSmall() throws {
        let sheet = "<worksheet><dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>"
        let grids = try open(MinimalWorkbook.bytes(sheet: sheet))
        #expect(grids.first?.cellCount == 1)
    }

    @Test func unknownSheetSelector() throws {
        let workbook = try Workbook(bytes: MinimalWorkbook.bytes())
        #expect(throws: XLSXError.sheetNotFound("不存在")) { try workbook.sheet("不存在") }
        #expect(throws: XLSXError.sheetNotFound("2")) { try workbook.sheet("2") }
    }
}
