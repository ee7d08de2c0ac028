/// One department's final accounts (部门决算) for one year: the nine disclosure tables.
///
/// Amounts are in 万元 and exact: a submission in 元 keeps its exact figures
/// (1.225 万元 for 12,250 元), and the published tables show them rounded half up.
/// A table the submission left out is missing (`missingTables`), never taken for an empty one.
public struct FinalAccounts: Equatable, Sendable {
    /// The department (部门) or unit (单位) name.
    public var department: String
    /// The year of the accounts.
    public var year: Int
    /// The template profile the tables follow, such as `2023-national`.
    public var profile: String
    /// The unit the submission stated its amounts in.
    public var sourceUnit: AmountUnit
    /// Whether the figures are the source's own or published (rounded) ones.
    public var precision: FigurePrecision
    /// The tables the submission did not contain: written as not submitted, not as empty.
    public var missingTables: Set<TableKind> = []
    /// How many separately rounded published figures a figure may add up: 1 for a submission,
    /// the number of units in 万元 for a consolidation, whose rounding differences add up too.
    public var roundedSources = 1
    /// The facts of the 公开说明 that are not in the tables, when the submission gives them.
    public var facts = DisclosureFacts()

    /// 收入支出决算总表.
    public var incomeExpenditureSummary = LineTable()
    /// 收入决算表.
    public var income = CodedTable()
    /// 支出决算表.
    public var expenditure = CodedTable()
    /// 财政拨款收入支出决算总表.
    public var fiscalSummary = LineTable()
    /// 一般公共预算财政拨款支出决算表.
    public var generalBudgetExpenditure = CodedTable()
    /// 一般公共预算财政拨款基本支出决算表.
    public var generalBudgetBasic = EconomicTable()
    /// 政府性基金预算财政拨款收入支出决算表.
    public var governmentFund = CodedTable()
    /// 国有资本经营预算财政拨款（收入）支出决算表.
    public var stateCapital = CodedTable()
    /// 财政拨款“三公”经费支出决算表.
    public var threePublicExpenses = SingleRowTable()

    /// Creates accounts with empty tables; figures stated in 万元 are published ones, in 元 or
    /// 千元 exact, unless `precision` says otherwise.
    public init(department: String, year: Int, profile: String, sourceUnit: AmountUnit = .tenThousandYuan, precision: FigurePrecision? = nil) {
        self.department = department
        self.year = year
        self.profile = profile
        self.sourceUnit = sourceUnit
        self.precision = precision ?? (sourceUnit == .tenThousandYuan ? .published : .exact)
    }

    /// The line table of `kind` (01 or 04).
    public subscript(lines kind: TableKind) -> LineTable {
        get { kind == .fiscalSummary ? fiscalSummary : incomeExpenditureSummary }
        set {
            if kind == .fiscalSummary { fiscalSummary = newValue } else { incomeExpenditureSummary = newValue }
        }
    }

    /// The coded table of `kind` (02, 03, 05, 07, 08).
    public subscript(coded kind: TableKind) -> CodedTable {
        get {
            switch kind {
            case .income: return income
            case .expenditure: return expenditure
            case .generalBudgetExpenditure: return generalBudgetExpenditure
            case .governmentFund: return governmentFund
            default: return stateCapital
            }
        }
        set {
            switch kind {
            case .income: income = newValue
            case .expenditure: expenditure = newValue
            case .generalBudgetExpenditure: generalBudgetExpenditure = newValue
            case .governmentFund: governmentFund = newValue
            default: stateCapital = newValue
            }
        }
    }

    /// Whether the table of `kind` holds no figure.
    public func isEmpty(_ kind: TableKind) -> Bool {
        switch kind {
        case .incomeExpenditureSummary, .fiscalSummary: return self[lines: kind].isEmpty
        case .generalBudgetBasic: return generalBudgetBasic.isEmpty
        case .threePublicExpenses: return threePublicExpenses.isEmpty
        default: return self[coded: kind].isEmpty
        }
    }
}
