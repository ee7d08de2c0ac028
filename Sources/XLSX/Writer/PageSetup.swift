/// How a sheet prints.
public struct PageSetup: Sendable {
    /// Landscape rather than portrait.
    public var landscape = true
    /// Excel paper code; 9 is A4.
    public var paper = 9
    /// Fit all columns on one page width.
    public var fitToOnePageWide = true
    /// Also fit all rows on one page (for tables of fixed length).
    public var fitToOnePageTall = false
    /// Rows (zero-based, inclusive) repeated at the top of every printed page.
    public var repeatedRows: ClosedRange<Int>?
    /// Centre the table horizontally on the page.
    public var centeredHorizontally = true
    /// Footer text in Excel's header/footer syntax, e.g. `&C第 &P 页，共 &N 页`.
    public var footer: String?

    /// The defaults: A4 landscape, one page wide, centred.
    public init() {}
}
