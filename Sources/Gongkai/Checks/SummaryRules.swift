/// Rules within 公开01表 and 公开04表 (fixed lines), by line role so they follow the profile.
enum SummaryRules {
    static let incomeTypes: [LineRole] = [.generalBudgetAppropriation, .governmentFundAppropriation, .stateCapitalAppropriation,
                              .superiorSubsidy, .businessIncome, .operatingIncome, .subordinateRemittance, .otherIncome]
    static let appropriations = Array(incomeTypes.prefix(3))
    static let funds: [ColumnKey] = [.generalBudget, .governmentFund, .stateCapital]

    static func check(_ context: inout CheckContext) {
        let k = TableKind.incomeExpenditureSummary
        let n = context.number(k)
        context.identity(RuleInfo(id: "01-1", description: "\(n)本年收入合计应等于各项收入之和"),
                         context.line(k, side: .income, role: .incomeTotal),
                         incomeTypes.map { context.line(k, side: .income, role: $0) })
        context.identity(RuleInfo(id: "01-2", description: "\(n)本年支出合计应等于各类支出之和"),
                         context.line(k, side: .expenditure, role: .expenditureTotal),
                         context.classLines(k).map { context.lineTerm(k, $0) })
        context.identity(RuleInfo(id: "01-3", description: "\(n)收入总计应等于本年收入合计、使用非财政拨款结余、年初结转和结余之和"),
                         context.line(k, side: .income, role: .grandTotal),
                         [.incomeTotal, .nonFiscalBalanceUsed, .openingBalance].map { context.line(k, side: .income, role: $0) })
        context.identity(RuleInfo(id: "01-4", description: "\(n)支出总计应等于本年支出合计、结余分配、年末结转和结余之和"),
                         context.line(k, side: .expenditure, role: .grandTotal),
                         [.expenditureTotal, .balanceDistribution, .closingBalance].map { context.line(k, side: .expenditure, role: $0) })
        context.identity(RuleInfo(id: "01-5", description: "\(n)收入总计应等于支出总计"),
                         context.line(k, side: .income, role: .grandTotal), [context.line(k, side: .expenditure, role: .grandTotal)])
        checkFiscal(&context)
    }

    private static func checkFiscal(_ context: inout CheckContext) {
        let k = TableKind.fiscalSummary
        let n = context.number(k)
        context.identity(RuleInfo(id: "04-1", description: "\(n)本年收入合计应等于三项财政拨款之和"),
                         context.line(k, side: .income, role: .incomeTotal), appropriations.map { context.line(k, side: .income, role: $0) })
        context.identity(RuleInfo(id: "04-2", description: "\(n)年初财政拨款结转和结余应等于其三项之和"),
                         context.line(k, side: .income, role: .openingFiscalBalance),
                         [.openingGeneralBudget, .openingGovernmentFund, .openingStateCapital].map { context.line(k, side: .income, role: $0) })
        context.identity(RuleInfo(id: "04-3", description: "\(n)收入总计应等于本年收入合计加年初财政拨款结转和结余"),
                         context.line(k, side: .income, role: .grandTotal),
                         [.incomeTotal, .openingFiscalBalance].map { context.line(k, side: .income, role: $0) })
        for column in [.total] + funds {
            context.identity(RuleInfo(id: "04-4", description: "\(n)本年支出合计应等于各类支出之和"),
                             context.line(k, side: .expenditure, role: .expenditureTotal, column: column),
                             context.classLines(k).map { context.lineTerm(k, $0, column: column) })
            context.identity(RuleInfo(id: "04-5", description: "\(n)支出总计应等于本年支出合计加年末财政拨款结转和结余"),
                             context.line(k, side: .expenditure, role: .grandTotal, column: column),
                             [.expenditureTotal, .closingFiscalBalance].map { context.line(k, side: .expenditure, role: $0, column: column) })
        }
        let expenditureLines = (context.profile.template(k)?.lines?.sides.first { $0.key == .expenditure }?.lines ?? []).filter(\.holdsValue)
        for entry in expenditureLines {
            context.identity(RuleInfo(id: "04-6", description: "\(n)每行合计应等于三项财政拨款之和"),
                             context.lineTerm(k, entry, column: .total), funds.map { context.lineTerm(k, entry, column: $0) })
        }
        context.identity(RuleInfo(id: "04-7", description: "\(n)收入总计应等于支出总计"),
                         context.line(k, side: .income, role: .grandTotal), [context.line(k, side: .expenditure, role: .grandTotal, column: .total)])
        let openings: [LineRole] = [.openingGeneralBudget, .openingGovernmentFund, .openingStateCapital]
        for (index, fund) in funds.enumerated() {
            context.identity(RuleInfo(id: "04-8", description: "\(n)每项财政拨款：本年收入加年初结转和结余应等于本年支出加年末结转和结余"),
                             context.line(k, side: .income, role: appropriations[index]),
                             [context.line(k, side: .expenditure, role: .expenditureTotal, column: fund),
                              context.line(k, side: .expenditure, role: .closingFiscalBalance, column: fund),
                              context.line(k, side: .income, role: openings[index]).negated])
        }
    }
}
