/// Rules between tables (X01–X17 of RULES.md), following the profile's line roles and numbers.
enum CrossTableRules {
    static func check(_ context: inout CheckContext) {
        let s = TableKind.incomeExpenditureSummary, f = TableKind.fiscalSummary
        let c = context
        func rule(_ id: String, _ text: String) -> RuleInfo { RuleInfo(id: id, description: text) }
        context.identity(rule("X01", "\(c.number(s))本年收入合计应等于\(c.number(.income))合计的本年收入合计"),
                         c.line(s, side: .income, role: .incomeTotal), [c.coded(.income, row: nil, column: .total)])
        context.identity(rule("X02", "\(c.number(s))本年支出合计应等于\(c.number(.expenditure))合计的本年支出合计"),
                         c.line(s, side: .expenditure, role: .expenditureTotal), [c.coded(.expenditure, row: nil, column: .total)])
        context.identity(rule("X03", "\(c.number(.income))合计的财政拨款收入应等于\(c.number(s))三项财政拨款收入之和"),
                         c.coded(.income, row: nil, column: .fiscalAppropriation),
                         SummaryRules.appropriations.map { c.line(s, side: .income, role: $0) })
        let otherIncome: [(ColumnKey, LineRole)] = [(.superiorSubsidy, .superiorSubsidy), (.businessIncome, .businessIncome),
                                                    (.operatingIncome, .operatingIncome), (.subordinateRemittance, .subordinateRemittance),
                                                    (.otherIncome, .otherIncome)]
        for (key, role) in otherIncome {
            context.identity(rule("X04", "\(c.number(.income))合计的\(c.columnLabel(.income, key))应等于\(c.number(s))同名收入行"),
                             c.coded(.income, row: nil, column: key), [c.line(s, side: .income, role: role)])
        }
        for entry in c.classLines(s) {
            guard let code = entry.classCode else { continue }
            context.identity(rule("X05", "\(c.number(s))各类支出应等于\(c.number(.expenditure))同类的本年支出合计"),
                             c.lineTerm(s, entry), [c.coded(.expenditure, row: code, column: .total)])
        }
        context.identity(rule("X06", "\(c.number(f))本年收入合计应等于\(c.number(.income))合计的财政拨款收入"),
                         c.line(f, side: .income, role: .incomeTotal), [c.coded(.income, row: nil, column: .fiscalAppropriation)])
        for role in SummaryRules.appropriations {
            context.identity(rule("X07", "\(c.number(f))与\(c.number(s))的同项财政拨款收入应相等"),
                             c.line(f, side: .income, role: role), [c.line(s, side: .income, role: role)])
        }
        context.identity(rule("X08", "\(c.number(f))本年支出合计（一般公共预算）应等于\(c.number(.generalBudgetExpenditure))合计"),
                         c.line(f, side: .expenditure, role: .expenditureTotal, column: .generalBudget),
                         [c.coded(.generalBudgetExpenditure, row: nil, column: .total)])
        for entry in c.classLines(f) {
            guard let code = entry.classCode else { continue }
            context.identity(rule("X09", "\(c.number(f))各类支出（一般公共预算）应等于\(c.number(.generalBudgetExpenditure))同类小计"),
                             c.lineTerm(f, entry, column: .generalBudget), [c.coded(.generalBudgetExpenditure, row: code, column: .total)])
        }
        let basic = c.coded(.generalBudgetExpenditure, row: nil, column: .basic)
        if c.accounts.generalBudgetBasic.personnelTotal != nil || c.accounts.generalBudgetBasic.publicTotal != nil {
            context.identity(rule("X10", "\(c.number(.generalBudgetExpenditure))合计的基本支出应等于\(c.number(.generalBudgetBasic))人员经费合计加公用经费合计"),
                             basic, [c.economicTotal(personnel: true), c.economicTotal(personnel: false)])
        }
        let classes = c.accounts.generalBudgetBasic.rows.filter { $0.code.count == 3 }.map { c.economic($0.code) }
        if !classes.isEmpty {
            context.identity(rule("X11", "\(c.number(.generalBudgetExpenditure))合计的基本支出应等于\(c.number(.generalBudgetBasic))各类之和"), basic, classes)
        }
        fundRules(&context)
    }

    private static func fundRules(_ context: inout CheckContext) {
        let f = TableKind.fiscalSummary, c = context
        func rule(_ id: String, _ text: String) -> RuleInfo { RuleInfo(id: id, description: text) }
        context.identity(rule("X12", "\(c.number(f))本年支出合计（政府性基金）应等于\(c.number(.governmentFund))合计的本年支出"),
                         c.line(f, side: .expenditure, role: .expenditureTotal, column: .governmentFund),
                         [c.coded(.governmentFund, row: nil, column: .total)])
        context.identity(rule("X13", "\(c.number(f))政府性基金预算财政拨款收入应等于\(c.number(.governmentFund))合计的本年收入"),
                         c.line(f, side: .income, role: .governmentFundAppropriation), [c.coded(.governmentFund, row: nil, column: .income)])
        context.identity(rule("X14", "\(c.number(f))年初政府性基金结转和结余应等于\(c.number(.governmentFund))合计的年初结转和结余"),
                         c.line(f, side: .income, role: .openingGovernmentFund), [c.coded(.governmentFund, row: nil, column: .openingBalance)])
        context.identity(rule("X15", "\(c.number(f))年末财政拨款结转和结余（政府性基金）应等于\(c.number(.governmentFund))合计的年末结转和结余"),
                         c.line(f, side: .expenditure, role: .closingFiscalBalance, column: .governmentFund),
                         [c.coded(.governmentFund, row: nil, column: .closingBalance)])
        context.identity(rule("X16", "\(c.number(f))本年支出合计（国有资本经营）应等于\(c.number(.stateCapital))合计"),
                         c.line(f, side: .expenditure, role: .expenditureTotal, column: .stateCapital),
                         [c.coded(.stateCapital, row: nil, column: .total)])
        let columns = (c.profile.template(f)?.lines?.sides.first { $0.key == .expenditure }?.lines ?? []).filter(\.holdsValue)
        for (fund, kind) in [(ColumnKey.governmentFund, TableKind.governmentFund), (.stateCapital, .stateCapital)] {
            let fundZero = columns.allSatisfy { c.accounts.fiscalSummary.value(line: $0.line, column: fund.rawValue).isZero }
            if fundZero && !c.accounts[coded: kind].isEmpty {
                context.report(rule("X17", ""), .error,
                               "\(c.number(f))中\(c.columnLabel(f, fund))全为 0，但\(c.number(kind))有数字；二者应一致（无此项收支时该表应为空表）",
                               [])
            }
        }
    }
}
