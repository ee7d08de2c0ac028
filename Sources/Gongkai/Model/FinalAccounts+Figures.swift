extension FinalAccounts {
    /// Every non-zero figure by table, row and column: the way to compare two accounts
    /// figure by figure, a blank figure counting as zero.
    public var figures: [FigureKey: Amount] {
        var figures: [FigureKey: Amount] = [:]
        func add(_ table: TableKind, _ row: String, _ column: String, _ value: Amount?) {
            if let value, !value.isZero { figures[FigureKey(table: table, row: row, column: column)] = value }
        }
        for kind in [TableKind.incomeExpenditureSummary, .fiscalSummary] {
            for (line, values) in self[lines: kind].lines { values.forEach { add(kind, String(line), $0.key, $0.value) } }
        }
        for kind in TableKind.coded {
            let table = self[coded: kind]
            table.total.forEach { add(kind, "total", $0.key, $0.value) }
            for row in table.rows { row.values.forEach { add(kind, row.code, $0.key, $0.value) } }
        }
        for row in generalBudgetBasic.rows { add(.generalBudgetBasic, row.code, "amount", row.amount) }
        add(.generalBudgetBasic, "personnel_total", "amount", generalBudgetBasic.personnelTotal)
        add(.generalBudgetBasic, "public_total", "amount", generalBudgetBasic.publicTotal)
        threePublicExpenses.values.forEach { add(.threePublicExpenses, "values", $0.key, $0.value) }
        return figures
    }
}
