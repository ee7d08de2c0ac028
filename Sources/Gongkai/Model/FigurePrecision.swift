/// How precise the figures of accounts are, whatever unit the source stated.
public enum FigurePrecision: String, Codable, Sendable {
    /// The source's own amounts (元 or 千元 converted exactly): identities are checked exactly.
    case exact
    /// Published figures rounded to 0.01 万元 (a 万元 submission, or a standard workbook read
    /// back): identities are checked within the rounding envelope.
    case published
}
