/// Transfers between units of one consolidation: what a subordinate received from its superior
/// (上级补助收入) against what superiors paid their subordinates (对附属单位补助支出), and what
/// superiors received from subordinates (附属单位上缴收入) against what subordinates paid up
/// (上缴上级支出). A plain 汇总 counts both sides; they are reported, and removed on request as
/// an adjustment: by functional code, only the amount present on both sides, so that every
/// table still adds up and 收入总计 still equals 支出总计 in 公开01表.
struct InternalTransfers {
    /// One kind of transfer: the 02 income column and 01 income line, the 03 expenditure column.
    struct Pair {
        let income: ColumnKey
        let incomeLine: LineRole
        let expenditure: ColumnKey
        let incomeName: String
        let expenditureName: String
    }

    static let pairs = [
        Pair(income: .superiorSubsidy, incomeLine: .superiorSubsidy, expenditure: .subsidyToSubordinate,
             incomeName: "上级补助收入", expenditureName: "对附属单位补助支出"),
        Pair(income: .subordinateRemittance, incomeLine: .subordinateRemittance, expenditure: .remittanceToSuperior,
             incomeName: "附属单位上缴收入", expenditureName: "上缴上级支出"),
    ]

    private let units: [ConsolidationUnit]

    init(_ units: [ConsolidationUnit]) {
        self.units = units
    }

    /// A notice per kind of transfer found on either side, with each side's total and the units.
    var findings: [Finding] {
        Self.pairs.compactMap { pair in
            let income = units.map { ($0.name, $0.accounts.income.totalValue(pair.income.rawValue)) }.filter { !$0.1.isZero }
            let expenditure = units.map { ($0.name, $0.accounts.expenditure.totalValue(pair.expenditure.rawValue)) }.filter { !$0.1.isZero }
            guard !income.isEmpty || !expenditure.isEmpty else { return nil }
            let total = { (parts: [(String, Amount)]) in parts.reduce(Amount.zero) { $0 + $1.1 } }
            let list = { (parts: [(String, Amount)]) in parts.map { "\($0.0) \($0.1.published)" }.joined(separator: "、") }
            return Finding(rule: "consolidate.internal-transfers", severity: .notice,
                           message: "内部往来：各单位\(pair.incomeName)合计 \(total(income).published) 万元（\(list(income))），"
                               + "\(pair.expenditureName)合计 \(total(expenditure).published) 万元（\(list(expenditure))）；汇总数按各单位相加，未剔除（--eliminate-internal 可剔除双方都有的部分）")
        }
    }

    /// Removes from `accounts` each kind of transfer where both sides show it under the same
    /// functional code; says what was removed and what was left.
    func eliminate(from accounts: inout FinalAccounts, profile: Profile) -> [Finding] {
        var findings: [Finding] = []
        for pair in Self.pairs {
            let removed = Self.eliminations(income: accounts.income, pair.income, expenditure: accounts.expenditure, pair.expenditure)
            let total = removed.filter { $0.key.count == 3 }.values.reduce(Amount.zero, +)
            let incomeBefore = accounts.income.totalValue(pair.income.rawValue)
            let expenditureBefore = accounts.expenditure.totalValue(pair.expenditure.rawValue)
            guard !total.isZero else {
                if !incomeBefore.isZero || !expenditureBefore.isZero {
                    findings.append(Finding(rule: "consolidate.internal-not-eliminated", severity: .warning,
                                            message: "\(pair.incomeName)与\(pair.expenditureName)没有同一科目下双方都有的金额，未剔除"))
                }
                continue
            }
            Self.subtract(removed, column: pair.income, from: &accounts.income)
            Self.subtract(removed, column: pair.expenditure, from: &accounts.expenditure)
            Self.subtract(removed, total: total, line: pair.incomeLine, from: &accounts, profile: profile)
            findings.append(Finding(rule: "consolidate.internal-eliminated", severity: .warning,
                                    message: "已剔除内部往来（调整口径，非公开口径）：\(pair.incomeName)与\(pair.expenditureName)按功能科目对应相抵 \(total.published) 万元；"
                                        + "未能对应而保留的：\(pair.incomeName) \((incomeBefore - total).published) 万元、\(pair.expenditureName) \((expenditureBefore - total).published) 万元"))
        }
        return findings
    }

    /// The amount removed at each code: at a code with no sub-code on either side, what both
    /// sides show (the smaller, none when either is negative); at a 类 or 款, the sum below it.
    private static func eliminations(income: CodedTable, _ incomeColumn: ColumnKey, expenditure: CodedTable, _ expenditureColumn: ColumnKey) -> [String: Amount] {
        let incomeValues = Dictionary(income.rows.map { ($0.code, $0.values[incomeColumn.rawValue] ?? .zero) }, uniquingKeysWith: { first, _ in first })
        let expenditureValues = Dictionary(expenditure.rows.map { ($0.code, $0.values[expenditureColumn.rawValue] ?? .zero) }, uniquingKeysWith: { first, _ in first })
        let codes = Set(incomeValues.keys).union(expenditureValues.keys)
        var removed: [String: Amount] = [:]
        for code in codes where !codes.contains(where: { $0.count > code.count && $0.hasPrefix(code) }) {
            let both = min(incomeValues[code] ?? .zero, expenditureValues[code] ?? .zero)
            guard both > .zero else { continue }
            for length in [3, 5, 7] where length <= code.count {
                removed[String(code.prefix(length)), default: .zero] = removed[String(code.prefix(length)), default: .zero] + both
            }
        }
        return removed
    }

    /// Takes the removed amounts from `column` and from the total column, row by row and in 合计.
    private static func subtract(_ removed: [String: Amount], column: ColumnKey, from table: inout CodedTable) {
        let total = removed.filter { $0.key.count == 3 }.values.reduce(Amount.zero, +)
        for key in [column.rawValue, ColumnKey.total.rawValue] {
            table.total[key] = table.totalValue(key) - total
            for index in table.rows.indices {
                guard let amount = removed[table.rows[index].code] else { continue }
                table.rows[index].values[key] = (table.rows[index].values[key] ?? .zero) - amount
            }
        }
    }

    /// 公开01表: the income line, 本年收入合计 and 收入总计 lose the total; each expenditure class
    /// line what was removed under its 类, 本年支出合计 and 支出总计 the total.
    private static func subtract(_ removed: [String: Amount], total: Amount, line incomeLine: LineRole, from accounts: inout FinalAccounts, profile: Profile) {
        guard let layout = profile.template(.incomeExpenditureSummary)?.lines else { return }
        var table = accounts.incomeExpenditureSummary
        for side in layout.sides {
            for value in side.valueColumns {
                for entry in side.lines {
                    let amount: Amount?
                    switch (side.key, entry.role) {
                    case (.income, incomeLine?), (.income, .incomeTotal?), (_, .grandTotal?), (.expenditure, .expenditureTotal?): amount = total
                    default: amount = entry.classCode.flatMap { removed[$0] }
                    }
                    guard let amount else { continue }
                    table.lines[entry.line, default: [:]][value.key.rawValue] = table.value(line: entry.line, column: value.key.rawValue) - amount
                }
            }
        }
        accounts.incomeExpenditureSummary = table
    }
}
