/// Counts of findings by severity.
public struct CheckSummary: Codable, Sendable, Equatable {
    /// Errors: the published tables would be wrong.
    public var errors = 0
    /// Warnings.
    public var warnings = 0
    /// Notices, e.g. rounding differences.
    public var notices = 0

    /// The counts of `findings`.
    public init(_ findings: [Finding]) {
        for finding in findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .notice: notices += 1
            }
        }
    }
}
