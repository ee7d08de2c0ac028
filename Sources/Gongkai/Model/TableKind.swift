/// The nine disclosure tables by meaning. Their numbers (公开01表 …) depend on the
/// profile: Shanghai numbers 07 三公, 08 政府性基金, 09 国有资本经营.
public enum TableKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// 收入支出决算总表 (fixed lines).
    case incomeExpenditureSummary = "income_expenditure_summary"
    /// 收入决算表 (functional codes).
    case income
    /// 支出决算表 (functional codes).
    case expenditure
    /// 财政拨款收入支出决算总表 (fixed lines).
    case fiscalSummary = "fiscal_summary"
    /// 一般公共预算财政拨款支出决算表 (functional codes).
    case generalBudgetExpenditure = "general_budget_expenditure"
    /// 一般公共预算财政拨款基本支出决算表 (economic codes).
    case generalBudgetBasic = "general_budget_basic"
    /// 政府性基金预算财政拨款收入支出决算表 (functional codes).
    case governmentFund = "government_fund"
    /// 国有资本经营预算财政拨款（收入）支出决算表 (functional codes).
    case stateCapital = "state_capital"
    /// 财政拨款“三公”经费支出决算表 (one row).
    case threePublicExpenses = "three_public_expenses"

    /// The tables of functional-code rows (02, 03, 05, 07, 08 nationally).
    public static let coded: [TableKind] = [.income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital]

    /// The position in number order (national numbering), for ordering and hashing without
    /// going through the raw string.
    var ordinal: Int {
        switch self {
        case .incomeExpenditureSummary: return 0
        case .income: return 1
        case .expenditure: return 2
        case .fiscalSummary: return 3
        case .generalBudgetExpenditure: return 4
        case .generalBudgetBasic: return 5
        case .governmentFund: return 6
        case .stateCapital: return 7
        case .threePublicExpenses: return 8
        }
    }

    public static func < (lhs: TableKind, rhs: TableKind) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Hashes the case, not its raw string (the standard library's default for raw-value
    /// enums hashes the string, which showed in profiles of recognition and checks).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }
}
