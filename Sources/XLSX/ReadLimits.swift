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

    /// Creates limits; every argument defaults to a value suited to real workbooks.
    public init(
        maxPartBytes: Int = 512 << 20,
        maxTotalBytes: Int = 1 << 30,
        maxNestingDepth: Int = 128,
        maxTokenBytes: Int = 16 << 20,
        maxFileBytes: Int = 1 << 30
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxTokenBytes = maxTokenBytes
        self.maxFileBytes = maxFileBytes
    }

    /// The defaults.
    public static let standard = ReadLimits()

    /// Excel's largest row number.
    public static let maxRows = 1_048_576
    /// Excel's largest column number (XFD).
    public static let maxColumns = 16_384
}
