/// The styles of the documents Gongkai writes: 宋体 小四 body with a two-character first-line
/// indent and 1.5 line spacing, 黑体 headings, 仿宋 notes, small table text, and the
/// highlighted placeholder for facts still to be filled in.
enum DocxStyles {
    static let xml: String = {
        func style(_ id: String, _ name: String, paragraph: String = "", run: String, outline: Int? = nil) -> String {
            let level = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
            return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:qFormat/><w:pPr>\(paragraph)\(level)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
        }
        let heiti = "<w:rFonts w:ascii=\"SimHei\" w:hAnsi=\"SimHei\" w:eastAsia=\"黑体\"/>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>"
            + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"360\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + style("Title", "Title", paragraph: "<w:jc w:val=\"center\"/><w:spacing w:before=\"2400\" w:after=\"600\"/>", run: heiti + "<w:b/><w:sz w:val=\"44\"/>")
            + style("Heading1", "heading 1", paragraph: "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                    run: heiti + "<w:sz w:val=\"32\"/>", outline: 0)
            + style("Heading2", "heading 2", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>",
                    run: heiti + "<w:sz w:val=\"28\"/>", outline: 1)
            + style("Heading3", "heading 3", paragraph: "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>", run: "<w:b/>", outline: 2)
            + style("BodyText", "Body Text", paragraph: "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/><w:jc w:val=\"both\"/>", run: "")
            + style("Note", "Note", run: "<w:sz w:val=\"18\"/>")
            + style("TableTitle", "Table Title", paragraph: "<w:keepNext/><w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                    run: heiti + "<w:sz w:val=\"28\"/>")
            + style("TableText", "Table Text", paragraph: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>", run: "<w:sz w:val=\"18\"/>")
            + style("Placeholder", "Placeholder", paragraph: "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>", run: "<w:highlight w:val=\"yellow\"/>")
            + "</w:styles>"
    }()
}
