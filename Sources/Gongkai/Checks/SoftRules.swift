import XLSX

/// Inequalities that are suspicious when they fail, not impossible (S1–S9): warnings and notices.
enum SoftRules {
    static func check(_ context: inout CheckContext) {
        let c = context
        func rule(_ id: String, _ text: String, _ severity: Finding.Severity = .warning) -> RuleInfo {
            RuleInfo(id: id, description: text, severity: severity)
        }
        context.atMost(rule("S1", "一般公共预算财政拨款基本支出不应大于全部基本支出"),
                       c.coded(.generalBudgetExpenditure, row: nil, column: .basic), c.coded(.expenditure, row: nil, column: .basic))
        context.atMost(rule("S2", "一般公共预算财政拨款项目支出不应大于全部项目支出"),
                       c.coded(.generalBudgetExpenditure, row: nil, column: .project), c.coded(.expenditure, row: nil, column: .project))
        context.atMost(rule("S3", "年初财政拨款结转和结余不应大于年初结转和结余"),
                       c.line(.fiscalSummary, side: .income, role: .openingFiscalBalance),
                       c.line(.incomeExpenditureSummary, side: .income, role: .openingBalance))
        context.atMost(rule("S4", "年末财政拨款结转和结余不应大于年末结转和结余"),
                       c.line(.fiscalSummary, side: .expenditure, role: .closingFiscalBalance, column: .total),
                       c.line(.incomeExpenditureSummary, side: .expenditure, role: .closingBalance))
        let pairs: [(String, String, ColumnKey)] = [("S5", "30212", .finalAbroad), ("S6", "30231", .finalCarOperation), ("S7", "31013", .finalCarPurchase), ("S8", "30217", .finalReception)]
        for (id, code, column) in pairs {
            context.atMost(rule(id, "基本支出中的经济科目 \(code) 不应大于“三公”经费决算数的对应项"), c.economic(code), c.three(column))
        }
        let income = c.accounts.income.rows.filter { $0.level == .category }
        for row in income {
            let expenditure = c.accounts.expenditure.row(row.code)?.values[ColumnKey.total.rawValue] ?? .zero
            let received = row.values[ColumnKey.total.rawValue] ?? .zero
            guard received.published != expenditure.published else { continue }
            context.report(rule("S9", "", .notice), .notice,
                           "\(c.number(.income))与\(c.number(.expenditure))的 \(row.code) \(Quoted.text(row.name)) 不相等（收入 \(received.published)，支出 \(expenditure.published)）；有结转结余时属正常",
                           c.locate(FigureKey(table: .income, row: row.code, column: ColumnKey.total.rawValue)) + c.locate(FigureKey(table: .expenditure, row: row.code, column: ColumnKey.total.rawValue)),
                           received - expenditure)
        }
    }
}
