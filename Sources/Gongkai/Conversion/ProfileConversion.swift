import XLSX

/// Moves final accounts from one profile to another, and says what the target profile
/// cannot show.
///
/// Fixed lines are matched by meaning (role, class code, label), not by number, since
/// the numbers differ between profiles (Shanghai's 公开01表 has 24 expenditure lines).
/// A non-zero figure the target cannot show is a finding, never dropped silently.
public enum ProfileConversion {
    /// `accounts` (in the profile `source`) laid out for `target`, with findings for figures it cannot show.
    public static func convert(_ accounts: FinalAccounts, from source: Profile, to target: Profile) -> (FinalAccounts, [Finding]) {
        var converted = accounts
        converted.profile = target.id
        var findings: [Finding] = []
        if source.id != target.id {
            for kind in [TableKind.incomeExpenditureSummary, .fiscalSummary] {
                guard let from = source.template(kind)?.lines, let to = target.template(kind)?.lines else { continue }
                converted[lines: kind] = relabel(accounts[lines: kind], from: from, to: to, kind: kind, title: target.template(kind)?.title ?? "", findings: &findings)
            }
        }
        findings += unshown(converted, in: target)
        return (converted, findings)
    }

    private static func relabel(_ table: LineTable, from: LinesLayout, to: LinesLayout, kind: TableKind, title: String, findings: inout [Finding]) -> LineTable {
        var result = LineTable()
        for (fromSide, toSide) in zip(from.sides, to.sides) {
            for entry in fromSide.lines {
                guard let values = table.lines[entry.line], !values.isEmpty else { continue }
                if let match = toSide.line(withMeaningOf: entry) {
                    result.lines[match.line] = values
                } else if values.values.contains(where: { !$0.isZero }) {
                    findings.append(Finding(rule: "convert.line-not-in-profile", severity: .error,
                                            message: "“\(title)”的“\(entry.label)”有数字，但目标报表格式没有这一行，无法输出"))
                }
            }
        }
        return result
    }

    /// Non-zero figures the profile's templates have no place for.
    public static func unshown(_ accounts: FinalAccounts, in profile: Profile) -> [Finding] {
        var findings: [Finding] = []
        for template in profile.tables {
            let keys = Set((template.coded?.valueColumns ?? template.singleRow?.valueColumns ?? []).map(\.key.rawValue))
            /// The keys of non-zero values the template has no column for, in key order.
            func unplaced(_ values: [String: Amount]) -> [String] {
                var found: [String] = []
                for (key, value) in values where !value.isZero && !keys.contains(key) { found.append(key) }
                return found.sorted()
            }
            func report(_ what: String) {
                findings.append(Finding(rule: "convert.figure-not-in-profile", severity: .error,
                                        message: "“\(template.title)”中\(what)有数字，但报表格式 \(profile.id) 没有对应的位置，无法输出"))
            }
            switch template.layout {
            case .coded:
                let table = accounts[coded: template.kind]
                for key in unplaced(table.total) { report("合计行的“\(key)”列") }
                for row in table.rows {
                    for key in unplaced(row.values) { report("科目 \(row.code) 的“\(key)”列") }
                }
            case .singleRow:
                for key in unplaced(accounts.threePublicExpenses.values) { report("“\(key)”列") }
            case .economic:
                let listed = Set((template.economic?.groups ?? []).flatMap(\.codes).map(\.code))
                for row in accounts.generalBudgetBasic.rows where !listed.contains(row.code) && !row.amount.isZero {
                    report("经济科目 \(row.code) \(Quoted.text(row.name))")
                }
            case .lines:
                let lines = Set((template.lines?.sides ?? []).flatMap(\.lines).filter(\.holdsValue).map(\.line))
                for (line, values) in accounts[lines: template.kind].lines where !lines.contains(line) && values.values.contains(where: { !$0.isZero }) {
                    report("第 \(line) 行")
                }
            }
        }
        return findings
    }
}
