import XLSX

/// The accounts under check and how to judge a difference, with helpers the rules share.
///
/// A submission in 元 or 千元 carries exact amounts: an identity is checked exactly, and
/// when it holds exactly but the published two-decimal figures do not add up, that is a
/// 尾数 notice. A submission in 万元 only has published figures: a difference within
/// (n + 1) × 0.005 万元 for n addends is a 尾数 notice, beyond that an error; for consolidated
/// accounts, that many times the units in 万元, whose rounding differences add up.
struct CheckContext {
    /// What every rule reads and nothing changes, behind one reference: a context is copied
    /// into each figure's lazily built label, and copying it must stay cheap.
    private let basis: Basis
    private(set) var findings: [Finding] = []
    /// The identities that failed with an error, for repair hints.
    private(set) var failures: [IdentityFailure] = []

    init(accounts: FinalAccounts, profile: Profile, locate: @escaping (FigureKey) -> [SourceCell]) {
        basis = Basis(accounts: accounts, profile: profile, locate: locate)
    }

    var accounts: FinalAccounts { basis.accounts }
    var profile: Profile { basis.profile }
    var locate: (FigureKey) -> [SourceCell] { basis.locate }
    private var labels: FigureLabels { basis.labels }

    private final class Basis {
        let accounts: FinalAccounts
        let profile: Profile
        let locate: (FigureKey) -> [SourceCell]
        let labels: FigureLabels
        /// The table number (`02`) of each table kind, by ordinal; nil when the profile has no such table.
        let numbers: [String?]
        /// 公开NN表 of each table kind, by ordinal ("" when the profile has no such table).
        let titles: [String]
        /// The sides of each fixed-line table, by ordinal (empty for the other tables).
        let lineSides: [[LineSide]]
        let rowIndexes: [TableKind: [String: Int]]

        init(accounts: FinalAccounts, profile: Profile, locate: @escaping (FigureKey) -> [SourceCell]) {
            self.accounts = accounts
            self.profile = profile
            self.locate = locate
            labels = FigureLabels(profile: profile)
            numbers = TableKind.allCases.sorted().map { profile.template($0)?.number }
            titles = numbers.map { $0.map { "公开\($0)表" } ?? "" }
            lineSides = TableKind.allCases.sorted().map { profile.template($0)?.lines?.sides ?? [] }
            var indexes: [TableKind: [String: Int]] = [:]
            for kind in TableKind.coded {
                var index: [String: Int] = [:]
                for (position, row) in accounts[coded: kind].rows.enumerated() where index[row.code] == nil { index[row.code] = position }
                indexes[kind] = index
            }
            rowIndexes = indexes
        }
    }

    /// Whether the figures are exact source amounts rather than published ones.
    var exact: Bool { accounts.precision == .exact }

    /// A figure of the accounts and where it is; its label is only worked out for a finding.
    struct Term {
        var key: FigureKey
        var value: Amount
        var describe: () -> String
        var sign: Int = 1
        /// Why the figure cannot be had (the profile has no such line), if it cannot.
        var missing: String?

        init(key: FigureKey, value: Amount, label: @escaping @autoclosure () -> String, sign: Int = 1) {
            self.key = key
            self.value = value
            self.describe = label
            self.sign = sign
        }

        var label: String { describe() }

        var negated: Term {
            var copy = self
            copy.sign = -sign
            return copy
        }
    }

    // MARK: - Figures

    /// The line of `role`; a term marked missing when the profile has no such line, so that
    /// the rule reports it instead of vanishing.
    func line(_ kind: TableKind, side: SideKey, role: LineRole, column: ColumnKey = .amount) -> Term {
        guard let entry = lineEntry(kind, side: side, where: { $0.role == role }) else {
            var term = Term(key: FigureKey(table: kind, row: role.rawValue, column: column.rawValue), value: .zero,
                            label: "\(number(kind))“\(role.rawValue)”行")
            term.missing = "报表格式 \(profile.id) 的\(number(kind))没有 \(role.rawValue) 行"
            return term
        }
        return lineTerm(kind, entry, column: column)
    }

    func classLines(_ kind: TableKind) -> [LineEntry] {
        basis.lineSides[kind.ordinal].first { $0.key == .expenditure }?.lines.filter { $0.classCode != nil } ?? []
    }

    func lineTerm(_ kind: TableKind, _ entry: LineEntry, column: ColumnKey = .amount) -> Term {
        let title = number(kind)
        return Term(key: FigureKey(table: kind, row: String(entry.line), column: column.rawValue),
                    value: accounts[lines: kind].value(line: entry.line, column: column.rawValue),
                    label: "\(title)“\(LabelText.withoutNumbering(entry.label))”\(labels.column(kind, column.rawValue, line: entry.line))")
    }

    private func lineEntry(_ kind: TableKind, side: SideKey, where predicate: (LineEntry) -> Bool) -> LineEntry? {
        basis.lineSides[kind.ordinal].first { $0.key == side }?.lines.first(where: predicate)
    }

    func coded(_ kind: TableKind, row code: String?, column: ColumnKey) -> Term {
        let table = accounts[coded: kind]
        let title = number(kind)
        let value = code.map { code in basis.rowIndexes[kind]?[code].map { table.rows[$0].values[column.rawValue] ?? .zero } ?? .zero }
            ?? table.totalValue(column.rawValue)
        let rowLabel = code.map { "科目 \($0)" } ?? "合计"
        return Term(key: FigureKey(table: kind, row: code ?? "total", column: column.rawValue), value: value,
                    label: "\(title)\(rowLabel)“\(columnLabel(kind, column))”")
    }

    func economic(_ code: String) -> Term {
        Term(key: FigureKey(table: .generalBudgetBasic, row: code, column: ColumnKey.amount.rawValue),
             value: accounts.generalBudgetBasic.amount(code), label: "\(number(.generalBudgetBasic))经济科目 \(code)")
    }

    func economicTotal(personnel: Bool) -> Term {
        let table = accounts.generalBudgetBasic
        return Term(key: FigureKey(table: .generalBudgetBasic, row: personnel ? "personnel_total" : "public_total", column: ColumnKey.amount.rawValue),
                    value: (personnel ? table.personnelTotal : table.publicTotal) ?? .zero,
                    label: "\(number(.generalBudgetBasic))\(personnel ? "人员经费合计" : "公用经费合计")")
    }

    func three(_ column: ColumnKey) -> Term {
        Term(key: FigureKey(table: .threePublicExpenses, row: "values", column: column.rawValue),
             value: accounts.threePublicExpenses.value(column.rawValue), label: "\(number(.threePublicExpenses))“\(columnLabel(.threePublicExpenses, column))”")
    }

    /// The rule identifier `NN-suffix` for the table of `kind` in this profile (`02-row`).
    func ruleID(_ kind: TableKind, _ suffix: String) -> String {
        "\(basis.numbers[kind.ordinal] ?? "00")-\(suffix)"
    }

    func number(_ kind: TableKind) -> String {
        basis.titles[kind.ordinal]
    }

    /// The header text of `column` in the table of `kind`, from its template.
    func columnLabel(_ kind: TableKind, _ column: ColumnKey) -> String {
        labels.column(kind, column.rawValue)
    }

    // MARK: - Judging

    /// Checks `left = Σ right` under rule `rule`.
    mutating func identity(_ rule: RuleInfo, _ left: Term?, _ right: [Term?]) {
        guard let left, !holdsQuietly(left, right) else { return }
        let addends = right.compactMap { $0 }
        guard checkable(rule, [left] + addends) else { return }
        let (sum, publishedSum) = Self.sums(addends)
        let exactDifference = left.value - sum
        let publishedDifference = left.value.published - publishedSum
        guard !exactDifference.isZero || !publishedDifference.isZero else { return }
        let named = addends.count <= 4
            ? addends.map { ($0.sign < 0 ? "−" : "") + $0.label }.joined(separator: " + ")
            : "\(addends.count) 项之和"
        let statement = "\(left.label) \(left.value.published) ≠ \(named) = \(publishedSum)"
        let cells = ([left] + addends).flatMap { locate($0.key) }
        if exact {
            guard !exactDifference.isZero || !publishedDifference.isZero else { return }
            if exactDifference.isZero {
                report(rule, .notice, "\(rule.description)：\(statement)，差 \(publishedDifference)；按元核对相等，是公开表四舍五入造成的尾数差异", cells, publishedDifference)
            } else {
                report(rule, .error, "\(rule.description)：\(statement)，差 \(accounts.sourceUnit.stating(exactDifference))", cells, exactDifference)
                failures.append(IdentityFailure(rule: rule, left: left, addends: addends) { $0 })
            }
            return
        }
        guard !publishedDifference.isZero else { return }
        let tolerance = Amount(micros: 5_000).times(Int64(addends.count + 1) * Int64(max(1, accounts.roundedSources)))
        if publishedDifference.magnitude <= tolerance {
            report(rule, .notice, "\(rule.description)：\(statement)，差 \(publishedDifference)，在尾数误差范围内", cells, publishedDifference)
        } else {
            report(rule, .error, "\(rule.description)：\(statement)，差 \(publishedDifference)", cells, publishedDifference)
            failures.append(IdentityFailure(rule: rule, left: left, addends: addends) { $0.published })
        }
    }

    /// Whether `left = Σ right` holds exactly and in published figures over terms that can all
    /// be had: then there is nothing to report, and most identities end here without the
    /// arrays and copies that judging one builds.
    private func holdsQuietly(_ left: Term, _ right: [Term?]) -> Bool {
        guard canBeHad(left), right.allSatisfy({ $0.map(canBeHad) ?? true }) else { return false }
        let (sum, publishedSum) = Self.sums(right.lazy.compactMap { $0 })
        return (left.value - sum).isZero && (left.value.published - publishedSum).isZero
    }

    /// Whether `term` is in the profile and its table was submitted.
    private func canBeHad(_ term: Term) -> Bool {
        term.missing == nil && !accounts.missingTables.contains(term.key.table)
    }

    /// `Σ addends`, exactly and in published figures, in order with saturating arithmetic.
    private static func sums(_ addends: some Sequence<Term>) -> (exact: Amount, published: Amount) {
        var exact = Amount.zero
        var published = Amount.zero
        for term in addends {
            exact += term.sign < 0 ? -term.value : term.value
            published += term.sign < 0 ? -term.value.published : term.value.published
        }
        return (exact, published)
    }

    /// Whether every term of a rule can be had: a term the profile lacks, or one of a table
    /// that was not submitted, is reported once per rule instead of the rule being checked.
    private mutating func checkable(_ rule: RuleInfo, _ terms: [Term]) -> Bool {
        if let missing = terms.first(where: { $0.missing != nil })?.missing {
            reportOnce(rule, .warning, "\(rule.id) 无法核对：\(missing)（报表格式可能有误）")
            return false
        }
        if let absent = terms.first(where: { accounts.missingTables.contains($0.key.table) })?.key.table {
            reportOnce(rule, .notice, "\(rule.id) 未核对：\(number(absent))未报送")
            return false
        }
        return true
    }

    private mutating func reportOnce(_ rule: RuleInfo, _ severity: Finding.Severity, _ message: String) {
        guard !findings.contains(where: { $0.rule == rule.id && $0.message == message }) else { return }
        report(rule, severity, message, [])
    }

    /// Checks `left ≤ right` (a soft rule: a warning when it fails).
    mutating func atMost(_ rule: RuleInfo, _ left: Term?, _ right: Term?) {
        guard let left, let right, checkable(rule, [left, right]), left.value.published > right.value.published else { return }
        report(rule, rule.severity, "\(rule.description)：\(left.label) \(left.value.published) 大于 \(right.label) \(right.value.published)",
               locate(left.key) + locate(right.key), left.value.published - right.value.published)
    }

    mutating func report(_ rule: RuleInfo, _ severity: Finding.Severity, _ message: String, _ cells: [SourceCell], _ difference: Amount? = nil) {
        findings.append(Finding(rule: rule.id, severity: severity, message: message, cells: cells, difference: difference))
    }
}

/// A rule's stable identifier, its description (worked out only for a finding) and the
/// severity of a violation.
struct RuleInfo {
    let id: String
    private let describe: () -> String
    var severity: Finding.Severity

    init(id: String, description: @escaping @autoclosure () -> String, severity: Finding.Severity = .error) {
        self.id = id
        self.describe = description
        self.severity = severity
    }

    var description: String { describe() }
}
