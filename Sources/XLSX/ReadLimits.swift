/// Resource limits applied while reading a workbook.
///
/// Every limit is enforced while reading, never taken from sizes a file
/// declares about itself. The defaults accept any real submission; raise them
/// for unusual workbooks.
public struct ReadLimits: Sendable, Equatable {
    /// Largest number of bytes one part may inflate to.
    public var maxPartBytes: Int
    /// Largest number of bytes all parts read from one workbook may inflate to.
    public var maxTotalBytes: Int
    /// Deepest XML element nesting accepted.
    public var maxNestingDepth: Int
    /// Largest single XML token (a tag or a run of text) in bytes.
    public var maxTokenBytes: Int
    /// Largest compressed file accepted when reading from a path.
    public var maxFileBytes: Int
    /// Most cells kept in memory over all the sheets read from one workbook.
    public var maxCells: Int
    /// Most shared strings, and most bytes of their text.
    public var maxSharedStrings: Int
    public var maxSharedStringBytes: Int

    /// Creates limits; every argument defaults to a value suited to real workbooks (a department's
    /// submission is a few thousand cells) that keeps a hostile file below 512 MiB of memory.
    public init(
        maxPartBytes: Int = 128 << 20,
        maxTotalBytes: Int = 256 << 20,
        maxNestingDepth: Int = 128,
        maxTokenBytes: Int = 16 << 20,
        maxFileBytes: Int = 1 << 30,
        maxCells: Int = 3_000_000,
        maxSharedStrings: Int = 2_000_000,
        maxSharedStringBytes: Int = 128 << 20
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxTokenBytes = maxTokenBytes
        self.maxFileBytes = maxFileBytes
        self.maxCells = maxCells
        self.maxSharedStrings = maxSharedStrings
        self.maxSharedStringBytes = maxSharedStringBytes
    }

    /// These limits with every size multiplied by `factor` (an option for unusually large workbooks).
    public func raised(by factor: Int) -> ReadLimits {
        ReadLimits(maxPartBytes: maxPartBytes * factor, maxTotalBytes: maxTotalBytes * factor, maxNestingDepth: maxNestingDepth,
                   maxTokenBytes: maxTokenBytes * factor, maxFileBytes: maxFileBytes * factor, maxCells: maxCells * factor,
                   maxSharedStrings: maxSharedStrings * factor, maxSharedStringBytes: maxSharedStringBytes * factor)
    }

    /// The defaults.
    public static let standard = ReadLimits()

    /// Excel's largest row number.
    public static let maxRows = 1_048_576
    /// Excel's largest column number (XFD).
    public static let maxColumns = 16_384
}
