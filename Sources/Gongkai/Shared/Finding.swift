/// Something the import or the checks want a person to look at.
public struct Finding: Sendable, Equatable, Codable {
    /// How serious it is.
    public enum Severity: String, Sendable, Codable, Comparable {
        /// The published tables would be wrong.
        case error
        /// Probably wrong; look at it.
        case warning
        /// For information, e.g. a rounding difference or a table left out.
        case notice

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.error, .warning, .notice]
            return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
        }
    }

    /// A stable identifier of the kind of finding, e.g. `import.unmapped-figure`.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in Chinese, naming the sheet and cell.
    public var message: String
    /// The cells concerned in the submission.
    public var cells: [SourceCell]
    /// The difference, for checks that compare figures.
    public var difference: Amount?

    /// Creates a finding.
    public init(rule: String, severity: Severity, message: String, cells: [SourceCell] = [], difference: Amount? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.cells = cells
        self.difference = difference
    }
}

extension Amount: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let amount = Amount(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "“\(text)”不是精确的十进制金额")
        }
        self = amount
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
