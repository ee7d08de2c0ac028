/// One row of a table keyed by functional subject code (科目代码).
public struct CodedRow: Equatable, Sendable {
    /// The subject code: 3 digits for 类, 5 for 款, 7 for 项.
    public var code: String
    /// The subject name as stated.
    public var name: String
    /// Values by column key.
    public var values: [String: Amount]

    /// Creates a row.
    public init(code: String, name: String, values: [String: Amount]) {
        self.code = code
        self.name = name
        self.values = values
    }

    /// The level of the code: 类, 款 or 项, by its length.
    public var level: CodeLevel? { CodeLevel(code: code) }
}

/// The level of a functional subject code.
public enum CodeLevel: Int, Sendable, Comparable {
    /// 类: 3 digits.
    case category = 3
    /// 款: 5 digits.
    case section = 5
    /// 项: 7 digits.
    case item = 7

    /// The level of `code`, by its length; nil when it is not 3, 5 or 7 digits.
    public init?(code: String) {
        guard code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        self.init(rawValue: code.utf8.count)
    }

    public static func < (lhs: CodeLevel, rhs: CodeLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A table of functional-code rows: 公开02, 03, 05, 07 and 08 (and Shanghai's 08, 09).
public struct CodedTable: Equatable, Sendable {
    /// The 合计 row as the submission states it (empty when it states none).
    public var total: [String: Amount] = [:]
    /// The 类 / 款 / 项 rows, in code order.
    public var rows: [CodedRow] = []

    /// Creates a table.
    public init(total: [String: Amount] = [:], rows: [CodedRow] = []) {
        self.total = total
        self.rows = rows
    }

    /// The row with `code`, if present.
    public func row(_ code: String) -> CodedRow? {
        rows.first { $0.code == code }
    }

    /// The stated 合计 of `column`, zero when absent.
    public func totalValue(_ column: String) -> Amount {
        total[column] ?? .zero
    }

    /// Whether the table has no rows and no non-zero total.
    public var isEmpty: Bool { rows.isEmpty && total.values.allSatisfy(\.isZero) }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
