import Testing
@testable import XLSX

@Suite struct PartParserTests {
    @Test func sharedStringsJoinRichRunsSkipPhoneticAndUnescape() throws {
        let xml = """
            <sst xmlns="urn:main"><si><t>plain</t></si>\
            <si><r><rPr><b/></rPr><t>合</t></r><r><t xml:space="preserve"> 计</t></r><rPh sb="0" eb="1"><t>ゴウ</t></rPh></si>\
            <si><t>line_x000D_break_x005F_x</t></si><si><t/></si></sst>
            """
        let strings = try SharedStrings.parse(MemoryByteSource(xml), part: "sst", limits: .standard)
        #expect(strings == ["plain", "合 计", "line\rbreak_x", ""])
    }

    @Test func workbookListsSheetsInOrderWithVisibilityAnd1904Flag() throws {
        let xml = """
            <workbook xmlns:r="urn:r"><workbookPr date1904="true"/><sheets>\
            <sheet name="B" sheetId="2" r:id="rId2"/><sheet name="A" sheetId="1" state="hidden" r:id="rId1"/>\
            <sheet name="C" sheetId="3" state="veryHidden" r:id="rId3"/></sheets></workbook>
            """
        let workbook = try WorkbookPart(MemoryByteSource(xml), part: "wb", limits: .standard)
        #expect(workbook.uses1904Dates)
        #expect(workbook.sheets.map(\.name) == ["B", "A", "C"])
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        #expect(workbook.sheets.map(\.relationshipID) == ["rId2", "rId1", "rId3"])
    }

    @Test func relationshipsAndTargetsResolveRelativeAndAbsolute() throws {
        let xml = """
            <Relationships><Relationship Id="r1" Type="http://x/relationships/worksheet" Target="../data/s.xml"/>\
            <Relationship Id="r2" Type="http://x/relationships/hyperlink" Target="http://e" TargetMode="External"/></Relationships>
            """
        let relationships = try Relationships.parse(MemoryByteSource(xml), part: "rels", limits: .standard)
        #expect(relationships.count == 2)
        #expect(relationships[0].hasType("worksheet"))
        #expect(relationships[1].isExternal)
        #expect(PartPath.resolve("../data/s.xml", from: "xl/workbook.xml") == "data/s.xml")
        #expect(PartPath.resolve("/xl/worksheets/a.xml", from: "xl/workbook.xml") == "xl/worksheets/a.xml")
        #expect(PartPath.resolve("worksheets\\b.xml", from: "xl/workbook.xml") == "xl/worksheets/b.xml")
        #expect(PartPath.resolve("./worksheets/../../../工作表/表1.xml", from: "xl/workbook.xml") == "工作表/表1.xml")
        #expect(PartPath.resolve("sheet.xml", from: "workbook.xml") == "sheet.xml")
        #expect(PartPath.resolve("a//b/.../c.xml", from: "/xl//sub/workbook.xml") == "xl/sub/a/b/.../c.xml")
        #expect(PartPath.relationships(of: "xl/book.xml") == "xl/_rels/book.xml.rels")
    }

    @Test func stylesClassifyCellFormatsOnly() throws {
        let xml = """
            <styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>\
            <numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>\
            <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>\
            <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/><xf numFmtId="49"/><xf numFmtId="14"/></cellXfs>\
            <dxfs><dxf><numFmt numFmtId="165" formatCode="yyyy"/></dxf></dxfs></styleSheet>
            """
        let styles = try Styles(MemoryByteSource(xml), part: "styles", limits: .standard)
        #expect(styles.kinds == [.general, .date, .general, .percent, .text, .date])
        #expect(styles.kind(ofStyle: 99) == .general)
    }

    @Test(arguments: [
        ("General", NumberFormatKind.general), ("0.00E+00", .general), ("#,##0.00;[Red]-#,##0.00", .general),
        ("yyyy-mm-dd", .date), ("[h]:mm", .date), ("[$-804]yyyy\"年\"", .date), ("0.0%", .percent),
        ("@", .text), ("\"days\"0", .general), ("[Red]0.00", .general),
    ])
    func numberFormatCodes(_ code: String, _ kind: NumberFormatKind) {
        #expect(NumberFormatClassifier.kind(code: code) == kind)
    }
}
