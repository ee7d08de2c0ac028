/// The text of a .docx document as lines: each paragraph a line, each table row a line of
/// tab-separated cells — the form `gongkai check --narrative` reads a published 情况说明 in.
public enum DocxText {
    /// The lines of the document at `path`.
    public static func lines(path: String, limits: ReadLimits = .standard) throws -> [String] {
        let archive = try ZipArchive(path: path, limits: limits)
        var scanner = XMLScanner(source: try archive.open("word/document.xml"), part: "word/document.xml", limits: limits)
        var lines: [String] = []
        var paragraph = ""
        var inText = false
        var cell: String?
        var row: [String]?
        while true {
            switch try scanner.next() {
            case .startElement:
                if scanner.nameIs("t") {
                    inText = true
                } else if scanner.nameIs("p") {
                    paragraph = ""
                } else if scanner.nameIs("tab") {
                    paragraph += "\t"
                } else if scanner.nameIs("br") {
                    paragraph += "\n"
                } else if scanner.nameIs("tc") {
                    cell = ""
                } else if scanner.nameIs("tr") {
                    row = []
                }
            case .text:
                if inText { paragraph += try scanner.text() }
            case .endElement:
                if scanner.nameIs("t") {
                    inText = false
                } else if scanner.nameIs("p") {
                    if let text = cell { cell = text.isEmpty ? paragraph : text + " " + paragraph } else { lines.append(paragraph) }
                } else if scanner.nameIs("tc") {
                    row?.append(cell ?? "")
                    cell = nil
                } else if scanner.nameIs("tr") {
                    lines.append((row ?? []).joined(separator: "\t"))
                    row = nil
                }
            case .endOfDocument:
                return lines
            }
        }
    }
}
