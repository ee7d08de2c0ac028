/// Writes a ``WordDocument`` as a .docx package (WordprocessingML on libzip): the document,
/// its styles (宋体 body, 黑体 headings, Chinese first-line indent), a footer with the page
/// number, and A4 sections in portrait or landscape.
public enum DocxWriter {
    /// Writes `document` to `path`.
    public static func write(_ document: WordDocument, to path: String) throws {
        let zip = try ZipWriter(path: path)
        try zip.add("[Content_Types].xml", contentTypes)
        try zip.add("_rels/.rels", rootRelationships)
        try zip.add("docProps/core.xml", core(document.title))
        try zip.add("docProps/app.xml", app)
        try zip.add("word/_rels/document.xml.rels", documentRelationships)
        try zip.add("word/styles.xml", DocxStyles.xml)
        try zip.add("word/settings.xml", settings)
        try zip.add("word/footer1.xml", footer)
        try zip.add("word/document.xml", body(document))
        try zip.close()
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func body(_ document: WordDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(main)\" xmlns:r=\"\(relationships)\"><w:body>"
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): xml += self.paragraph(paragraph)
            case .table(let table): xml += self.table(table)
            case .sectionEnd(let landscape): xml += "<w:p><w:pPr>\(section(landscape: landscape))</w:pPr></w:p>"
            }
        }
        return xml + section(landscape: false) + "</w:body></w:document>"
    }

    private static func section(landscape: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>\(size)"
            + "<w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\" w:header=\"851\" w:footer=\"851\" w:gutter=\"0\"/></w:sectPr>"
    }

    private static func paragraph(_ paragraph: WordDocument.Paragraph) -> String {
        var properties = "<w:pStyle w:val=\"\(paragraph.style.rawValue)\"/>"
        if paragraph.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if let alignment = paragraph.alignment { properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        return "<w:p><w:pPr>\(properties)</w:pPr>" + paragraph.runs.map(run).joined() + "</w:p>"
    }

    private static func run(_ run: WordDocument.Run) -> String {
        var properties = ""
        if run.bold { properties += "<w:b/>" }
        if run.placeholder { properties += "<w:highlight w:val=\"yellow\"/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + "<w:t xml:space=\"preserve\">\(escape(run.text))</w:t></w:r>"
    }

    private static func table(_ table: WordDocument.Table) -> String {
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(table.columnWidths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        xml += table.columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in table.rows.enumerated() {
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (index < table.headerRows ? "<w:tblHeader/>" : "") + "</w:trPr>"
            var column = 0
            for cell in row {
                let width = table.columnWidths[min(column, table.columnWidths.count - 1)..<min(column + cell.span, table.columnWidths.count)].reduce(0, +)
                column += cell.span
                var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if cell.span > 1 { properties += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                if cell.mergeStart { properties += "<w:vMerge w:val=\"restart\"/>" } else if cell.mergedAbove { properties += "<w:vMerge/>" }
                properties += "<w:vAlign w:val=\"center\"/>"
                let text = cell.mergedAbove ? "" : cell.text
                xml += "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"\(cell.alignment.rawValue)\"/></w:pPr>"
                    + (text.isEmpty ? "" : run(WordDocument.Run(text, bold: cell.bold))) + "</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr></w:p>"
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """

    private static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>
        """

    private static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>
        """

    private static let footer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>
        """

    private static let app = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Gongkai</Application></Properties>
        """

    private static func core(_ title: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>\(escape(title))</dc:title><dc:creator>Gongkai</dc:creator></cp:coreProperties>"
    }
}
