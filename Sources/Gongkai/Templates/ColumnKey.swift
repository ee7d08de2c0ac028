/// A value column of a table, decoded from the templates: a misspelt key fails when the
/// profile loads. The models keep values by the raw value, the key of the canonical JSON.
public enum ColumnKey: String, Codable, Sendable, CaseIterable {
    /// 金额 (one-column tables).
    case amount = "amount"
    /// 合计 / 本年收入合计 / 本年支出合计 / 小计.
    case total = "total"
    /// 一般公共预算财政拨款.
    case generalBudget = "general_budget"
    /// 政府性基金预算财政拨款.
    case governmentFund = "government_fund"
    /// 国有资本经营预算财政拨款.
    case stateCapital = "state_capital"
    /// 财政拨款收入.
    case fiscalAppropriation = "fiscal_appropriation"
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
    /// 基本支出.
    case basic = "basic"
    /// 项目支出.
    case project = "project"
    /// 上缴上级支出.
    case remittanceToSuperior = "remittance_to_superior"
    /// 经营支出.
    case operatingExpenditure = "operating_expenditure"
    /// 对附属单位补助支出.
    case subsidyToSubordinate = "subsidy_to_subordinate"
    /// 年初结转和结余.
    case openingBalance = "opening_balance"
    /// 本年收入.
    case income = "income"
    /// 年末结转和结余.
    case closingBalance = "closing_balance"
    /// 预算数·合计.
    case budgetTotal = "budget_total"
    /// 预算数·因公出国（境）费.
    case budgetAbroad = "budget_abroad"
    /// 预算数·公务用车购置及运行维护费小计.
    case budgetCars = "budget_cars"
    /// 预算数·公务用车购置费.
    case budgetCarPurchase = "budget_car_purchase"
    /// 预算数·公务用车运行维护费.
    case budgetCarOperation = "budget_car_operation"
    /// 预算数·公务接待费.
    case budgetReception = "budget_reception"
    /// 决算数·合计.
    case finalTotal = "final_total"
    /// 决算数·因公出国（境）费.
    case finalAbroad = "final_abroad"
    /// 决算数·公务用车购置及运行维护费小计.
    case finalCars = "final_cars"
    /// 决算数·公务用车购置费.
    case finalCarPurchase = "final_car_purchase"
    /// 决算数·公务用车运行维护费.
    case finalCarOperation = "final_car_operation"
    /// 决算数·公务接待费.
    case finalReception = "final_reception"
}
