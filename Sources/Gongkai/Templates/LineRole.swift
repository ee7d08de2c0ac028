/// What a fixed line of 公开01表 or 公开04表 means for the cross-checks, decoded from the
/// templates: a misspelt role fails when the profile loads, so no rule can vanish silently.
public enum LineRole: String, Codable, Sendable, CaseIterable {
    /// 一般公共预算财政拨款（收入）.
    case generalBudgetAppropriation = "general_budget_appropriation"
    /// 政府性基金预算财政拨款（收入）.
    case governmentFundAppropriation = "government_fund_appropriation"
    /// 国有资本经营预算财政拨款（收入）.
    case stateCapitalAppropriation = "state_capital_appropriation"
    /// 上级补助收入.
    case superiorSubsidy = "superior_subsidy"
    /// 事业收入.
    case businessIncome = "business_income"
    /// 经营收入.
    case operatingIncome = "operating_income"
    /// 附属单位上缴收入.
    case subordinateRemittance = "subordinate_remittance"
    /// 其他收入.
    case otherIncome = "other_income"
    /// 本年收入合计.
    case incomeTotal = "income_total"
    /// 使用非财政拨款结余（含专用结余）.
    case nonFiscalBalanceUsed = "non_fiscal_balance_used"
    /// 年初结转和结余.
    case openingBalance = "opening_balance"
    /// 总计.
    case grandTotal = "grand_total"
    /// 本年支出合计.
    case expenditureTotal = "expenditure_total"
    /// 结余分配.
    case balanceDistribution = "balance_distribution"
    /// 年末结转和结余.
    case closingBalance = "closing_balance"
    /// 年初财政拨款结转和结余.
    case openingFiscalBalance = "opening_fiscal_balance"
    /// 年初结转和结余中的一般公共预算财政拨款.
    case openingGeneralBudget = "opening_general_budget"
    /// 年初结转和结余中的政府性基金预算财政拨款.
    case openingGovernmentFund = "opening_government_fund"
    /// 年初结转和结余中的国有资本经营预算财政拨款.
    case openingStateCapital = "opening_state_capital"
    /// 年末财政拨款结转和结余.
    case closingFiscalBalance = "closing_fiscal_balance"

    /// Whether the line is one part of the line above it (a fund under 年初财政拨款结转和结余).
    public var isPart: Bool { [.openingGeneralBudget, .openingGovernmentFund, .openingStateCapital].contains(self) }

    /// Whether the line is a total (本年收入合计, 总计 …), printed centred.
    public var isTotal: Bool { rawValue.hasSuffix("total") }
}
