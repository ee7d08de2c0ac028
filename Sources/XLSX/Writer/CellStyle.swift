/// How a written cell looks: font, alignment, border, number format and protection.
public struct CellStyle: Hashable, Sendable {
    /// Horizontal alignment.
    public enum Alignment: Hashable, Sendable {
        case general, left, center, right
    }

    /// Bold font.
    public var bold = false
    /// Font size in points.
    public var fontSize: Double = 10
    /// Horizontal alignment.
    public var alignment = Alignment.general
    /// Centre vertically.
    public var verticallyCentered = true
    /// Thin border on all four sides.
    public var bordered = false
    /// Excel number format, e.g. `#,##0.00` or `@`.
    public var numberFormat: String?
    /// Wrap long text.
    public var wraps = false
    /// Locked when the sheet is protected (Excel's default); false for input cells.
    public var locked = true
    /// Solid background colour as 0xRRGGBB, or nil for none.
    public var fill: UInt32?
    /// Blue underlined text, for hyperlinks.
    public var link = false
    /// A medium border instead of a thin one, to outline a cell.
    public var outlined = false
    /// Indent from the cell's edge, in Excel's indent steps (about one character each).
    public var indent = 0

    /// A plain style.
    public init() {}

    /// Returns a copy changed by `change`.
    public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
