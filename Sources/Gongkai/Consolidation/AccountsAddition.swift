extension FinalAccounts {
    /// Adds `other`'s figures into these accounts, table by table: the fixed lines of 01 and 04
    /// by line, the coded tables by code at every level (类, 款 and 项 alike, a code new to these
    /// accounts inserted in code order), 06 by economic code and its two totals, 09 by column.
    /// Amounts are added exactly: a unit in 元 keeps its fen, one in 万元 adds as published.
    public mutating func add(_ other: FinalAccounts) {
        for kind in [TableKind.incomeExpenditureSummary, .fiscalSummary] {
            var table = self[lines: kind]
            for (line, values) in other[lines: kind].lines {
                table.lines[line, default: [:]].merge(values, uniquingKeysWith: +)
            }
            self[lines: kind] = table
        }
        for kind in TableKind.coded {
            var table = self[coded: kind]
            let incoming = other[coded: kind]
            table.total.merge(incoming.total, uniquingKeysWith: +)
            var index = Dictionary(table.rows.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
            for row in incoming.rows {
                if let position = index[row.code] {
                    table.rows[position].values.merge(row.values, uniquingKeysWith: +)
                } else {
                    index[row.code] = table.rows.count
                    table.rows.append(row)
                }
            }
            table.rows.sort { $0.code < $1.code }
            self[coded: kind] = table
        }
        var economic = generalBudgetBasic
        var positions = Dictionary(economic.rows.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        for row in other.generalBudgetBasic.rows {
            if let position = positions[row.code] {
                economic.rows[position].amount = economic.rows[position].amount + row.amount
            } else {
                positions[row.code] = economic.rows.count
                economic.rows.append(row)
            }
        }
        economic.personnelTotal = Self.sum(economic.personnelTotal, other.generalBudgetBasic.personnelTotal)
        economic.publicTotal = Self.sum(economic.publicTotal, other.generalBudgetBasic.publicTotal)
        generalBudgetBasic = economic
        threePublicExpenses.values.merge(other.threePublicExpenses.values, uniquingKeysWith: +)
    }

    private static func sum(_ first: Amount?, _ second: Amount?) -> Amount? {
        switch (first, second) {
        case (nil, nil): return nil
        default: return (first ?? .zero) + (second ?? .zero)
        }
    }
}
