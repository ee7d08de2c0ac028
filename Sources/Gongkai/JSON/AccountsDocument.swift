/// The Codable shape of the canonical JSON document.
struct AccountsDocument: Codable {
    var schema: String
    var department: String
    var year: Int
    var profile: String
    var sourceUnit: AmountUnit
    var precision: FigurePrecision?
    var roundedSources: Int?
    var facts: DisclosureFacts?
    var missingTables: [TableKind]?
    var tables: Tables

    struct Tables: Codable {
        var incomeExpenditureSummary: LinesDocument?
        var income: CodedDocument?
        var expenditure: CodedDocument?
        var fiscalSummary: LinesDocument?
        var generalBudgetExpenditure: CodedDocument?
        var generalBudgetBasic: EconomicDocument?
        var governmentFund: CodedDocument?
        var stateCapital: CodedDocument?
        var threePublicExpenses: SingleRowDocument?

        enum CodingKeys: String, CodingKey {
            case incomeExpenditureSummary = "income_expenditure_summary", income, expenditure
            case fiscalSummary = "fiscal_summary", generalBudgetExpenditure = "general_budget_expenditure"
            case generalBudgetBasic = "general_budget_basic", governmentFund = "government_fund"
            case stateCapital = "state_capital", threePublicExpenses = "three_public_expenses"
        }
    }

    enum CodingKeys: String, CodingKey {
        case schema, department, year, profile, tables
        case sourceUnit = "source_unit", precision
        case missingTables = "missing_tables", roundedSources = "rounded_sources", facts
    }

    init(_ accounts: FinalAccounts) {
        schema = CanonicalJSON.schema
        department = accounts.department
        year = accounts.year
        profile = accounts.profile
        sourceUnit = accounts.sourceUnit
        precision = accounts.precision
        roundedSources = accounts.roundedSources > 1 ? accounts.roundedSources : nil
        facts = accounts.facts.isEmpty ? nil : accounts.facts
        missingTables = accounts.missingTables.isEmpty ? nil : accounts.missingTables.sorted()
        func lines(_ table: LineTable) -> LinesDocument? { table.isEmpty ? nil : LinesDocument(table) }
        func coded(_ table: CodedTable) -> CodedDocument? { table.rows.isEmpty && table.total.isEmpty ? nil : CodedDocument(table) }
        tables = Tables(
            incomeExpenditureSummary: lines(accounts.incomeExpenditureSummary),
            income: coded(accounts.income),
            expenditure: coded(accounts.expenditure),
            fiscalSummary: lines(accounts.fiscalSummary),
            generalBudgetExpenditure: coded(accounts.generalBudgetExpenditure),
            generalBudgetBasic: accounts.generalBudgetBasic == EconomicTable() ? nil : EconomicDocument(accounts.generalBudgetBasic),
            governmentFund: coded(accounts.governmentFund),
            stateCapital: coded(accounts.stateCapital),
            threePublicExpenses: accounts.threePublicExpenses.values.isEmpty ? nil : SingleRowDocument(values: accounts.threePublicExpenses.values.mapValues(AmountText.init)))
    }

    func accounts() throws -> FinalAccounts {
        var accounts = FinalAccounts(department: department, year: year, profile: profile, sourceUnit: sourceUnit, precision: precision)
        accounts.missingTables = Set(missingTables ?? [])
        accounts.roundedSources = max(1, roundedSources ?? 1)
        accounts.facts = facts ?? DisclosureFacts()
        accounts.incomeExpenditureSummary = try tables.incomeExpenditureSummary?.table() ?? LineTable()
        accounts.income = tables.income?.table() ?? CodedTable()
        accounts.expenditure = tables.expenditure?.table() ?? CodedTable()
        accounts.fiscalSummary = try tables.fiscalSummary?.table() ?? LineTable()
        accounts.generalBudgetExpenditure = tables.generalBudgetExpenditure?.table() ?? CodedTable()
        accounts.generalBudgetBasic = tables.generalBudgetBasic?.table() ?? EconomicTable()
        accounts.governmentFund = tables.governmentFund?.table() ?? CodedTable()
        accounts.stateCapital = tables.stateCapital?.table() ?? CodedTable()
        accounts.threePublicExpenses = SingleRowTable(values: tables.threePublicExpenses?.values.mapValues(\.amount) ?? [:])
        return accounts
    }
}

/// An amount as exact decimal text in JSON.
struct AmountText: Codable, Equatable {
    var amount: Amount

    init(_ amount: Amount) {
        self.amount = amount
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let amount = Amount(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "“\(text)”不是精确的十进制金额（应为字符串，如 \"1376.70\"）")
        }
        self.amount = amount
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(amount.description)
    }
}

struct LinesDocument: Codable {
    var lines: [String: [String: AmountText]]

    init(_ table: LineTable) {
        lines = Dictionary(uniqueKeysWithValues: table.lines.filter { !$0.value.isEmpty }.map { (String($0.key), $0.value.mapValues(AmountText.init)) })
    }

    func table() throws -> LineTable {
        var result = LineTable()
        for (key, values) in lines {
            guard let line = Int(key) else {
                throw CanonicalJSONError.invalid(path: "$.lines.\(key)", detail: "行次应为数字")
            }
            result.lines[line] = values.mapValues(\.amount)
        }
        return result
    }
}

struct CodedDocument: Codable {
    struct Row: Codable {
        var code: String
        var name: String
        var values: [String: AmountText]
    }

    var total: [String: AmountText]
    var rows: [Row]

    init(_ table: CodedTable) {
        total = table.total.mapValues(AmountText.init)
        rows = table.rows.map { Row(code: $0.code, name: $0.name, values: $0.values.mapValues(AmountText.init)) }
    }

    func table() -> CodedTable {
        CodedTable(total: total.mapValues(\.amount), rows: rows.map { CodedRow(code: $0.code, name: $0.name, values: $0.values.mapValues(\.amount)) })
    }
}

struct EconomicDocument: Codable {
    struct Row: Codable {
        var code: String
        var name: String
        var amount: AmountText
    }

    var rows: [Row]
    var personnelTotal: AmountText?
    var publicTotal: AmountText?

    enum CodingKeys: String, CodingKey {
        case rows
        case personnelTotal = "personnel_total"
        case publicTotal = "public_total"
    }

    init(_ table: EconomicTable) {
        rows = table.rows.map { Row(code: $0.code, name: $0.name, amount: AmountText($0.amount)) }
        personnelTotal = table.personnelTotal.map(AmountText.init)
        publicTotal = table.publicTotal.map(AmountText.init)
    }

    func table() -> EconomicTable {
        EconomicTable(rows: rows.map { EconomicRow(code: $0.code, name: $0.name, amount: $0.amount.amount) },
                      personnelTotal: personnelTotal?.amount, publicTotal: publicTotal?.amount)
    }
}

struct SingleRowDocument: Codable {
    var values: [String: AmountText]
}
