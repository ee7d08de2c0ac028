extension FinalAccounts {
    /// Every non-zero figure by table, row and column: the way to compare two accounts
    /// figure by figure, a blank figure counting as zero.
    public var figures: [FigureKey: Amount] {
        var figures: [FigureKey: Amount] = [:]
        forEachFigure { table, row, column, value in figures[FigureKey(table: table, row: row, column: column)] = value }
        return figures
    }

    /// Calls `body` with the table, row, column and amount of every non-zero figure, table by
    /// table: ``figures`` without building the dictionary.
    func forEachFigure(_ body: (TableKind, String, String, Amount) -> Void) {
        func add(_ table: TableKind, _ row: String, _ column: String, _ value: Amount?) {
            if let value, !value.isZero { body(table, row, column, value) }
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
    }
}

extension FinalAccounts {
    /// The figure at `key`, nil when blank or when the accounts have no such figure: one entry
    /// of ``figures`` without building them all.
    public func value(at key: FigureKey) -> Amount? {
        switch key.table {
        case .incomeExpenditureSummary, .fiscalSummary:
            return Int(key.row).flatMap { self[lines: key.table].lines[$0]?[key.column] }
        case .generalBudgetBasic:
            switch key.row {
            case "personnel_total": return generalBudgetBasic.personnelTotal
            case "public_total": return generalBudgetBasic.publicTotal
            default: return generalBudgetBasic.rows.first { $0.code == key.row }?.amount
            }
        case .threePublicExpenses:
            return threePublicExpenses.values[key.column]
        case .income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital:
            let table = self[coded: key.table]
            return key.row == "total" ? table.total[key.column] : table.row(key.row)?.values[key.column]
        }
    }

    /// A copy with the figure at `key` set to `value`, the way a clerk would correct one
    /// cell; nil when the accounts have no such figure (a code or line they do not hold).
    public func setting(_ key: FigureKey, to value: Amount) -> FinalAccounts? {
        var copy = self
        switch key.table {
        case .incomeExpenditureSummary, .fiscalSummary:
            guard let line = Int(key.row) else { return nil }
            var table = copy[lines: key.table]
            table.lines[line, default: [:]][key.column] = value
            copy[lines: key.table] = table
        case .income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital:
            var table = copy[coded: key.table]
            if key.row == "total" {
                table.total[key.column] = value
            } else {
                guard let index = table.rows.firstIndex(where: { $0.code == key.row }) else { return nil }
                table.rows[index].values[key.column] = value
            }
            copy[coded: key.table] = table
        case .generalBudgetBasic:
            switch key.row {
            case "personnel_total": copy.generalBudgetBasic.personnelTotal = value
            case "public_total": copy.generalBudgetBasic.publicTotal = value
            default:
                guard let index = copy.generalBudgetBasic.rows.firstIndex(where: { $0.code == key.row }) else { return nil }
                copy.generalBudgetBasic.rows[index].amount = value
            }
        case .threePublicExpenses:
            copy.threePublicExpenses.values[key.column] = value
        }
        return copy
    }
}
