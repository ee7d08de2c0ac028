/// One row of 公开06表: an economic classification code and its amount.
public struct EconomicRow: Equatable, Sendable {
    /// The economic code: 3 digits for a class, 5 for an item.
    public var code: String
    /// The name as stated.
    public var name: String
    /// The amount.
    public var amount: Amount

    /// Creates a row.
    public init(code: String, name: String, amount: Amount) {
        self.code = code
        self.name = name
        self.amount = amount
    }
}

/// 公开06表: general-budget basic expenditure by economic code, with the two stated totals.
public struct EconomicTable: Equatable, Sendable {
    /// Rows in the order stated.
    public var rows: [EconomicRow] = []
    /// 人员经费合计 as stated.
    public var personnelTotal: Amount?
    /// 公用经费合计 as stated.
    public var publicTotal: Amount?

    /// Creates a table.
    public init(rows: [EconomicRow] = [], personnelTotal: Amount? = nil, publicTotal: Amount? = nil) {
        self.rows = rows
        self.personnelTotal = personnelTotal
        self.publicTotal = publicTotal
    }

    /// The amount of `code`, zero when absent.
    public func amount(_ code: String) -> Amount {
        rows.first { $0.code == code }?.amount ?? .zero
    }

    /// Whether every amount is zero.
    public var isEmpty: Bool {
        rows.allSatisfy(\.amount.isZero) && (personnelTotal?.isZero ?? true) && (publicTotal?.isZero ?? true)
    }
}
