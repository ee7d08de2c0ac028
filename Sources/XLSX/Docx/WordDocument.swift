/// A Word document as Gongkai writes it: paragraphs in a few named styles, tables with merged
/// cells, and sections that switch between portrait and landscape pages. What it means is the
/// caller's business; ``DocxWriter`` turns it into a .docx package.
public struct WordDocument: Sendable {
    /// The document's title (document properties).
    public var title: String
    /// The blocks in order.
    public var blocks: [Block] = []

    /// Creates an empty document titled `title`.
    public init(title: String) {
        self.title = title
    }

    /// A paragraph, a table, or the end of a section.
    public enum Block: Sendable {
        case paragraph(Paragraph)
        case table(Table)
        /// Ends the pages so far; they are landscape when `landscape`.
        case sectionEnd(landscape: Bool)
    }

    /// The paragraph styles.
    public enum Style: String, Sendable {
        case title = "Title", heading1 = "Heading1", heading2 = "Heading2", heading3 = "Heading3"
        case body = "BodyText", note = "Note", tableTitle = "TableTitle", placeholder = "Placeholder"
    }

    /// How a paragraph or cell is aligned.
    public enum Alignment: String, Sendable {
        case left, center, right, both
    }

    /// A paragraph of one style; `runs` are pieces of text, a run marked `placeholder` is shown
    /// highlighted (a fact still to be filled in).
    public struct Paragraph: Sendable {
        public var style: Style
        public var runs: [Run]
        public var alignment: Alignment?
        /// Starts a new page before the paragraph.
        public var pageBreakBefore = false

        public init(_ style: Style, _ text: String, alignment: Alignment? = nil) {
            self.style = style
            runs = [Run(text)]
            self.alignment = alignment
        }

        public init(_ style: Style, runs: [Run], alignment: Alignment? = nil) {
            self.style = style
            self.runs = runs
            self.alignment = alignment
        }
    }

    /// A piece of text.
    public struct Run: Sendable {
        public var text: String
        public var bold = false
        public var placeholder = false

        public init(_ text: String, bold: Bool = false, placeholder: Bool = false) {
            self.text = text
            self.bold = bold
            self.placeholder = placeholder
        }
    }

    /// A table: column widths in twentieths of a point, rows of cells.
    public struct Table: Sendable {
        public var columnWidths: [Int]
        public var rows: [[Cell]]
        /// How many rows at the top repeat on every page.
        public var headerRows: Int

        public init(columnWidths: [Int], rows: [[Cell]], headerRows: Int) {
            self.columnWidths = columnWidths
            self.rows = rows
            self.headerRows = headerRows
        }
    }

    /// A table cell: its text, how many grid columns it spans, whether it continues the merge
    /// of the cell above (`mergedAbove`) or starts one (`mergeStart`).
    public struct Cell: Sendable {
        public var text: String
        public var span = 1
        public var mergeStart = false
        public var mergedAbove = false
        public var alignment: Alignment = .left
        public var bold = false
        /// What the cell shows, named for a web page (`data-cell` in HTML), e.g. where a figure
        /// stands in a workbook; Word ignores it.
        public var anchor: String?

        public init(_ text: String, span: Int = 1, alignment: Alignment = .left, bold: Bool = false) {
            self.text = text
            self.span = span
            self.alignment = alignment
            self.bold = bold
        }
    }
}
