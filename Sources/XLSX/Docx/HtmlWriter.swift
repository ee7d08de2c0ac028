/// Writes a ``WordDocument`` as one self-contained HTML page (styles inline, no scripts, no
/// outside resources) for a department's website: headings, paragraphs, the placeholders
/// highlighted, tables with their merged header cells.
public enum HtmlWriter {
    /// The page of `document`.
    public static func page(_ document: WordDocument) -> String {
        var html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<title>\(DocxWriter.escape(document.title))</title><style>\(style)</style></head><body><main>"
        return html + fragment(document.blocks) + "</main></body></html>\n"
    }

    /// `blocks` as HTML to place inside a page of one's own: no styles, no page around them.
    public static func fragment(_ blocks: [WordDocument.Block]) -> String {
        var html = ""
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): html += self.paragraph(paragraph)
            case .table(let table): html += self.table(table)
            case .sectionEnd: continue
            }
        }
        return html
    }

    private static let style = """
        body{font-family:"SimSun","Songti SC",serif;line-height:1.8;margin:0;background:#fff;color:#000}\
        main{max-width:1100px;margin:0 auto;padding:2em}h1,h2,h3{font-family:"SimHei","Heiti SC",sans-serif}\
        h1{text-align:center;font-size:1.6em}h2{font-size:1.3em}h3{font-size:1.1em}p{text-indent:2em;margin:.4em 0}\
        p.title{text-align:center;font-size:2em;text-indent:0;font-family:"SimHei",sans-serif;margin:2em 0}\
        p.table-title{text-align:center;font-weight:bold;text-indent:0}p.note{text-indent:0;font-size:.9em}\
        mark{background:#ffeb3b}.table{overflow-x:auto}table{border-collapse:collapse;margin:.5em auto;font-size:.85em}\
        td{border:1px solid #000;padding:2px 6px}td.center{text-align:center}td.right{text-align:right}td.bold{font-weight:bold}
        """

    private static func paragraph(_ paragraph: WordDocument.Paragraph) -> String {
        let text = paragraph.runs.map { run -> String in
            var piece = DocxWriter.escape(run.text)
            if run.bold { piece = "<strong>\(piece)</strong>" }
            if run.placeholder { piece = "<mark>\(piece)</mark>" }
            return piece
        }.joined()
        switch paragraph.style {
        case .heading1: return "<h1>\(text)</h1>"
        case .heading2: return "<h2>\(text)</h2>"
        case .heading3: return "<h3>\(text)</h3>"
        case .title: return "<p class=\"title\">\(text)</p>"
        case .tableTitle: return "<p class=\"table-title\">\(text)</p>"
        case .note: return "<p class=\"note\">\(text)</p>"
        case .body, .placeholder: return "<p>\(text)</p>"
        }
    }

    /// The table: a cell that starts a vertical merge spans the rows whose cell at its column continues it.
    private static func table(_ table: WordDocument.Table) -> String {
        var columns: [[Int]] = []
        for row in table.rows {
            var column = 0
            columns.append(row.map { cell in
                defer { column += cell.span }
                return column
            })
        }
        var html = "<div class=\"table\"><table>"
        for (rowIndex, row) in table.rows.enumerated() {
            html += "<tr>"
            for (cellIndex, cell) in row.enumerated() where !cell.mergedAbove {
                var attributes = cell.span > 1 ? " colspan=\"\(cell.span)\"" : ""
                if cell.mergeStart {
                    let column = columns[rowIndex][cellIndex]
                    var span = 1
                    while rowIndex + span < table.rows.count,
                          let below = columns[rowIndex + span].firstIndex(of: column), table.rows[rowIndex + span][below].mergedAbove {
                        span += 1
                    }
                    attributes += span > 1 ? " rowspan=\"\(span)\"" : ""
                }
                let classes = [cell.alignment == .center ? "center" : cell.alignment == .right ? "right" : nil, cell.bold ? "bold" : nil].compactMap { $0 }
                if !classes.isEmpty { attributes += " class=\"\(classes.joined(separator: " "))\"" }
                if let anchor = cell.anchor { attributes += " data-cell=\"\(DocxWriter.escape(anchor))\"" }
                html += "<td\(attributes)>\(DocxWriter.escape(cell.text))</td>"
            }
            html += "</tr>"
        }
        return html + "</table></div>"
    }
}
