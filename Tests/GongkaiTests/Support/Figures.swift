@testable import Gongkai

/// The non-zero figures of accounts by (table, row, column), for comparing two accounts
/// figure by figure with a blank cell meaning zero.
enum Figures {
    static func of(_ accounts: FinalAccounts) -> [String: Amount] {
        var figures: [String: Amount] = [:]
        func add(_ table: TableKind, _ row: String, _ column: String, _ value: Amount?) {
            if let value, !value.isZero { figures["\(table.rawValue)|\(row)|\(column)"] = value }
        }
        for kind in [TableKind.incomeExpenditureSummary, .fiscalSummary] {
            for (line, values) in accounts[lines: kind].lines { values.forEach { add(kind, String(line), $0.key, $0.value) } }
        }
        for kind in [TableKind.income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital] {
            let table = accounts[coded: kind]
            table.total.forEach { add(kind, "total", $0.key, $0.value) }
            for row in table.rows { row.values.forEach { add(kind, row.code, $0.key, $0.value) } }
        }
        for row in accounts.generalBudgetBasic.rows { add(.generalBudgetBasic, row.code, "amount", row.amount) }
        add(.generalBudgetBasic, "personnel_total", "amount", accounts.generalBudgetBasic.personnelTotal)
        add(.generalBudgetBasic, "public_total", "amount", accounts.generalBudgetBasic.publicTotal)
        accounts.threePublicExpenses.values.forEach { add(.threePublicExpenses, "values", $0.key, $0.value) }
        return figures
    }

    /// The figures that differ, as "key: actual ≠ expected" lines.
    static func differences(_ actual: FinalAccounts, _ expected: FinalAccounts) -> [String] {
        let left = of(actual), right = of(expected)
        return Set(left.keys).union(right.keys).sorted().compactMap { key in
            left[key] == right[key] ? nil : "\(key): \(left[key]?.description ?? "空") ≠ \(right[key]?.description ?? "空")"
        }
    }
}
