/// Finds tables, or a whole submission, whose figures are 10, 1,000 or 10,000 times off from
/// the unit they state: a table in 元 among tables in 万元, or a whole workbook typed in 元
/// into the 万元 fill-in template.
///
/// Tables that should agree (01 本年收入合计 and 02 合计, 05 基本支出 and 06 人员经费 + 公用经费 …)
/// are compared; those that agree form groups, and a group that differs from the largest group
/// by a power of ten is reported with the unit it was probably typed in. When all tables agree,
/// the magnitudes decide: a median figure of 1 亿元 or more, or a total of 1,000 亿元 or more,
/// is not a department's accounts in 万元.
struct UnitConsistency {
    let accounts: FinalAccounts
    let profile: Profile
    /// The unit each table stated (or was given).
    let units: [TableKind: AmountUnit]

    /// The findings, errors naming the table and the likely unit.
    func findings() -> [Finding] {
        var groups = Dictionary(uniqueKeysWithValues: units.keys.map { ($0, $0) })
        var offsets: [(larger: TableKind, smaller: TableKind, digits: Int, evidence: String)] = []
        func root(_ kind: TableKind) -> TableKind {
            var kind = kind
            while let parent = groups[kind], parent != kind { kind = parent }
            return kind
        }
        for pair in pairs() {
            guard units[pair.left.table] != nil, units[pair.right.table] != nil, pair.left.table != pair.right.table,
                  !pair.left.value.isZero, !pair.right.value.isZero else { continue }
            if Self.agrees(pair.left.value, pair.right.value, digits: 0) {
                groups[root(pair.left.table)] = root(pair.right.table)
            } else if let digits = [1, 3, 4].first(where: { Self.agrees(pair.left.value, pair.right.value, digits: $0) }) {
                offsets.append((pair.left.table, pair.right.table, digits, pair.description))
            } else if let digits = [1, 3, 4].first(where: { Self.agrees(pair.right.value, pair.left.value, digits: $0) }) {
                offsets.append((pair.right.table, pair.left.table, digits, pair.description))
            }
        }
        var findings: [Finding] = []
        var sizes: [TableKind: Int] = [:]
        for kind in units.keys { sizes[root(kind), default: 0] += 1 }
        var reported: Set<TableKind> = []
        for offset in offsets {
            let larger = root(offset.larger), smaller = root(offset.smaller)
            guard larger != smaller else { continue }
            let (culprit, digits) = sizes[larger, default: 0] < sizes[smaller, default: 0] ? (offset.larger, offset.digits) : (offset.smaller, -offset.digits)
            for kind in units.keys.sorted() where root(kind) == root(culprit) && !reported.contains(kind) {
                reported.insert(kind)
                findings.append(finding(kind, digits: digits, evidence: offset.evidence))
            }
        }
        if findings.isEmpty, let whole = wholeSubmission() { findings.append(whole) }
        return findings
    }

    /// One table, `digits` powers of ten too large (negative: too small).
    private func finding(_ kind: TableKind, digits: Int, evidence: String) -> Finding {
        let stated = units[kind] ?? .tenThousandYuan
        let likely = AmountUnit.allCases.first { $0.digitsToTenThousand == stated.digitsToTenThousand + digits }
        let factor = String(repeating: "0", count: abs(digits))
        let guess = likely.map { "疑似以\($0.rawValue)填报" } ?? "单位疑似有误"
        let number = profile.template(kind).map { "公开\($0.number)表" } ?? kind.rawValue
        return Finding(
            rule: "import.unit-mismatch", severity: .error,
            message: "\(number)\(guess)（表上为\(stated.rawValue)）：\(evidence)相差 1\(factor) 倍；请核对金额单位，确认后可用 --table-unit \(profile.template(kind)?.number ?? "")=\(likely?.rawValue ?? "元") 指定")
    }

    /// The whole submission typed in 元 under a 万元 label, judged by magnitudes.
    private func wholeSubmission() -> Finding? {
        guard !units.isEmpty, units.values.allSatisfy({ $0 == .tenThousandYuan }) else { return nil }
        var magnitudes: [Amount] = []
        accounts.forEachFigure { _, _, _, value in magnitudes.append(value.magnitude) }
        magnitudes.sort()
        guard !magnitudes.isEmpty else { return nil }
        let median = magnitudes[magnitudes.count / 2]
        let largest = magnitudes[magnitudes.count - 1]
        let hundredMillion = Amount(micros: 10_000 * 1_000_000)
        guard median >= hundredMillion || largest >= hundredMillion.times(1_000) else { return nil }
        return Finding(
            rule: "import.unit-mismatch", severity: .error,
            message: "整个报送疑似以元填报（各表标明单位为万元）：数字的中位数为 \(median.published) 万元，最大为 \(largest.published) 万元，远超一个部门的规模；请核对金额单位，确认后可用 --table-unit all=元 指定")
    }

    /// Whether `larger` ≈ `smaller` × 10^digits: equal within a few fen of rounding or a tenth
    /// of a percent; off by the factor within half a percent (rounding to 0.01 万元 blurs it).
    static func agrees(_ larger: Amount, _ smaller: Amount, digits: Int) -> Bool {
        var scaled = smaller
        for _ in 0..<digits { scaled = scaled.times(10) }
        let difference = (larger - scaled).magnitude
        if digits == 0 { return difference <= Amount(micros: 50_000) || difference.times(1_000) <= scaled.magnitude }
        return difference.times(200) <= scaled.magnitude
    }

    private struct Figure {
        var table: TableKind
        var value: Amount
    }

    private struct Pair {
        var left: Figure
        var right: Figure
        var description: String
    }

    /// The figures two tables must agree on.
    private func pairs() -> [Pair] {
        func line(_ kind: TableKind, _ role: LineRole, _ column: ColumnKey = .amount) -> Figure {
            let entry = profile.template(kind)?.lines?.sides.flatMap(\.lines).first { $0.role == role }
            return Figure(table: kind, value: entry.map { accounts[lines: kind].value(line: $0.line, column: column.rawValue) } ?? .zero)
        }
        func total(_ kind: TableKind, _ column: ColumnKey) -> Figure {
            Figure(table: kind, value: accounts[coded: kind].totalValue(column.rawValue))
        }
        let basic = accounts.generalBudgetBasic
        let economic = Figure(table: .generalBudgetBasic, value: (basic.personnelTotal ?? .zero) + (basic.publicTotal ?? .zero))
        return [
            Pair(left: line(.incomeExpenditureSummary, .incomeTotal), right: total(.income, .total), description: "本年收入合计与收入决算表合计"),
            Pair(left: line(.incomeExpenditureSummary, .expenditureTotal), right: total(.expenditure, .total), description: "本年支出合计与支出决算表合计"),
            Pair(left: line(.incomeExpenditureSummary, .generalBudgetAppropriation), right: line(.fiscalSummary, .generalBudgetAppropriation),
                 description: "两张总表的一般公共预算财政拨款"),
            Pair(left: line(.fiscalSummary, .expenditureTotal, .generalBudget), right: total(.generalBudgetExpenditure, .total),
                 description: "财政拨款总表与一般公共预算财政拨款支出决算表的支出合计"),
            Pair(left: total(.generalBudgetExpenditure, .basic), right: economic, description: "一般公共预算财政拨款基本支出与人员经费、公用经费合计"),
            Pair(left: total(.expenditure, .basic), right: total(.generalBudgetExpenditure, .basic), description: "两张支出表的基本支出"),
            Pair(left: line(.fiscalSummary, .governmentFundAppropriation), right: total(.governmentFund, .income), description: "政府性基金预算财政拨款收入"),
            Pair(left: line(.fiscalSummary, .expenditureTotal, .stateCapital), right: total(.stateCapital, .total), description: "国有资本经营预算财政拨款支出"),
        ] + [(ColumnKey.finalAbroad, "30212", "因公出国（境）费"), (.finalCarOperation, "30231", "公务用车运行维护费"), (.finalReception, "30217", "公务接待费")].map {
            Pair(left: Figure(table: .threePublicExpenses, value: accounts.threePublicExpenses.value($0.0.rawValue)),
                 right: Figure(table: .generalBudgetBasic, value: basic.amount($0.1)), description: "“三公”经费表与基本支出表的\($0.2)")
        }
    }
}
