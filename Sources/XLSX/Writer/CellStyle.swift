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

    /// A number that equal styles share (and different ones mostly do not): compared before
    /// the styles themselves when looking a style up among a workbook's formats.
    var signature: UInt64 {
        func bit(_ flag: Bool, _ position: UInt64) -> UInt64 { flag ? 1 << position : 0 }
        let aligned: UInt64 = switch alignment {
        case .general: 0
        case .left: 1
        case .center: 2
        case .right: 3
        }
        let flags = aligned | bit(bold, 2) | bit(verticallyCentered, 3) | bit(bordered, 4) | bit(wraps, 5) | bit(locked, 6) | bit(link, 7) | bit(outlined, 8)
        let text = UInt64(numberFormat?.utf8.count ?? 0xFFFF) << 16 | UInt64(UInt16(truncatingIfNeeded: indent))
        let shading = UInt64(fill ?? UInt32.max) << 32 | flags
        return (fontSize.bitPattern ^ (shading &* 0x100_0000_01B3)) ^ (text &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Returns a copy changed by `change`.
    public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
