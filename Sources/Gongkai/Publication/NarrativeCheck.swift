import Foundation

/// 表文一致: the figures a published 情况说明 states, recomputed from the tables and from the
/// text's own statements. Each stated amount of a table item is compared with the table, each
/// 增减 with its percentage, each share (占…的 P%) with its stated denominator, and each list of
/// amounts (a contract list) with the total the text states for it. Percentages are compared at
/// the precision printed; a figure whose item or denominator cannot be identified is left alone.
public struct NarrativeCheck {
    let accounts: FinalAccounts
    let profile: Profile

    /// The table items a text may name, with their figures, worked out once.
    private let tableItems: [(String, Amount)]

    /// Creates a check of text against `accounts`.
    public init(accounts: FinalAccounts, profile: Profile) {
        self.accounts = accounts
        self.profile = profile
        tableItems = Self.items(accounts, profile)
    }

    /// An amount the text states: what precedes it in its clause, its value, where.
    private struct Stated {
        let name: String
        let value: Amount
        let line: Int
        let sentence: String
    }

    /// The findings for the text's `lines` (paragraphs; a table row as tab-separated cells).
    public func findings(_ lines: [String]) -> [Finding] {
        var findings: [Finding] = []
        var stated: [Stated] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.contains("\t"), let (column, unit) = Self.amountColumn(line) {
                let first = index + 1
                var sum = Amount.zero
                var rows = 0
                index += 1
                while index < lines.count, lines[index].contains("\t") {
                    let cells = lines[index].components(separatedBy: "\t")
                    if column < cells.count, let number = DecimalNumber(cells[column].replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)),
                       let value = unit.toTenThousandYuan(number)?.amount {
                        sum = sum + value
                        rows += 1
                    }
                    index += 1
                }
                if rows > 0, let total = stated.last(where: { ["总额", "共计", "合计"].contains(where: $0.name.contains) }),
                   sum.published != total.value.published {
                    findings.append(Finding(rule: "narrative.list-total", severity: .error,
                                            message: "第 \(first) 行起的清单 \(rows) 项金额之和为 \(ChangeText.amount(sum)) 万元，与文中“\(Self.excerpt(total))”不符"))
                }
                continue
            }
            for sentence in Self.sentences(line) {
                findings += check(sentence, line: index, stated: &stated)
            }
            index += 1
        }
        return findings
    }

    private func check(_ text: String, line: Int, stated: inout [Stated]) -> [Finding] {
        var findings: [Finding] = []
        let sentence = Self.withoutThousandsSeparators(text)
        let clauses = sentence.components(separatedBy: CharacterSet(charactersIn: "，,"))
        var previousClauseAmount: Amount?
        var lastAmount: Amount?
        var sentenceAmounts: [Amount] = []
        for (position, clause) in clauses.enumerated() {
            var clauseAmount: Amount?
            for (name, value) in Self.amounts(in: clause) {
                clauseAmount = value
                if let up = Self.increase(name) {
                    let following = clauses[position...].prefix(2).joined(separator: "，")
                    if let current = lastAmount, let percent = Self.percentAfter(following) {
                        let previous = current - (up ? value : -value)
                        if let computed = ChangeText.percent(value, of: previous.magnitude), !Self.agrees(percent, computed) {
                            findings.append(Finding(rule: "narrative.change", severity: .error,
                                                    message: "“\(Self.excerpt(sentence))”：增减 \(ChangeText.amount(value)) 万元对上年 \(ChangeText.amount(previous)) 万元应为 \(computed)，文中为 \(percent)%"))
                        }
                    }
                    continue
                }
                stated.append(Stated(name: name, value: value, line: line, sentence: sentence))
                if let (label, figure) = tableFigure(named: name), figure.published != value.published {
                    findings.append(Finding(rule: "narrative.amount", severity: .error,
                                            message: "“\(Self.excerpt(sentence))”：\(label)文中为 \(ChangeText.amount(value)) 万元，表中为 \(ChangeText.amount(figure)) 万元"))
                }
                lastAmount = value
                sentenceAmounts.append(value)
            }
            if let (denominatorName, percent) = Self.share(in: clause), let numerator = clauseAmount ?? previousClauseAmount,
               let denominator = tableFigure(named: denominatorName)?.1 ?? stated.last(where: { $0.name.hasSuffix(denominatorName) })?.value,
               let computed = ChangeText.percent(numerator, of: denominator), !Self.agrees(percent, computed) {
                findings.append(Finding(rule: "narrative.share", severity: .error,
                                        message: "“\(Self.excerpt(sentence))”：\(ChangeText.amount(numerator)) 万元占\(denominatorName)（\(ChangeText.amount(denominator)) 万元）应为 \(computed)，文中为 \(percent)%"))
            }
            if let percent = Self.match(Self.completionPattern, in: clause), sentenceAmounts.count >= 2,
               let computed = ChangeText.percent(sentenceAmounts[sentenceAmounts.count - 1], of: sentenceAmounts[sentenceAmounts.count - 2]),
               !Self.agrees(percent, computed) {
                let (budget, executed) = (sentenceAmounts[sentenceAmounts.count - 2], sentenceAmounts[sentenceAmounts.count - 1])
                findings.append(Finding(rule: "narrative.rate", severity: .error,
                                        message: "“\(Self.excerpt(sentence))”：执行数 \(ChangeText.amount(executed)) 万元对预算数 \(ChangeText.amount(budget)) 万元应为完成预算的 \(computed)，文中为 \(percent)%"))
            }
            previousClauseAmount = clauseAmount ?? previousClauseAmount
        }
        return findings
    }

    /// The table figure a stated item names (its name ends with the item), longest item first.
    private func tableFigure(named name: String) -> (String, Amount)? {
        let key = name.replacingOccurrences(of: " ", with: "")
        return tableItems.filter { key.hasSuffix($0.0) }.max { $0.0.count < $1.0.count }
    }

    /// The items of the tables a 情况说明 states: the totals of 公开01表, its kinds of income, the
    /// columns of 支出决算表, the totals of 公开05/06/09.
    private static func items(_ accounts: FinalAccounts, _ profile: Profile) -> [(String, Amount)] {
        let summary = accounts[lines: .incomeExpenditureSummary]
        let layout = profile.template(.incomeExpenditureSummary)?.lines
        func line(_ side: SideKey, _ role: LineRole) -> Amount {
            layout?.entry(side: side, role: role).map { summary.value(line: $0.line) } ?? .zero
        }
        var items: [(String, Amount)] = [
            ("总收入", line(.income, .grandTotal)), ("本年收入", line(.income, .incomeTotal)),
            ("总支出", line(.expenditure, .grandTotal)), ("本年支出", line(.expenditure, .expenditureTotal)),
            ("一般公共预算项目支出总额", accounts.generalBudgetExpenditure.totalValue(ColumnKey.project.rawValue)),
            ("一般公共预算基本支出总额", accounts.generalBudgetExpenditure.totalValue(ColumnKey.basic.rawValue)),
            ("一般公共预算财政拨款支出", accounts.generalBudgetExpenditure.totalValue(ColumnKey.total.rawValue)),
            ("人员经费", accounts.generalBudgetBasic.personnelTotal ?? .zero), ("公用经费", accounts.generalBudgetBasic.publicTotal ?? .zero),
            ("“三公”经费支出总额", accounts.threePublicExpenses.value(ColumnKey.finalTotal.rawValue)),
        ]
        for entry in layout?.sides.first(where: { $0.key == .income })?.lines ?? [] where SummaryRules.incomeTypes.contains(entry.role ?? .grandTotal) {
            items.append((LabelText.withoutNumbering(entry.label), summary.value(line: entry.line)))
        }
        let labels = FigureLabels(profile: profile)
        for column in [ColumnKey.basic, .project, .remittanceToSuperior, .operatingExpenditure, .subsidyToSubordinate] {
            items.append((labels.column(.expenditure, column.rawValue), accounts.expenditure.totalValue(column.rawValue)))
        }
        return items
    }

    // MARK: - Reading the text

    private static func sentences(_ line: String) -> [String] {
        line.components(separatedBy: CharacterSet(charactersIn: "。；;")).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    private static let amountPattern = try? NSRegularExpression(pattern: "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*万元")
    private static let sharePattern = try? NSRegularExpression(pattern: "占([^，,。；的]{2,40})的\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%")
    private static let percentPattern = try? NSRegularExpression(pattern: "(?:增长|下降)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%")
    private static let completionPattern = try? NSRegularExpression(pattern: "完成(?:全年)?预算的\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%")

    /// Each `name amount万元` of a clause: the name is the text since the previous amount,
    /// without the words that join it to the number (为, 是, 共计 …).
    private static func amounts(in clause: String) -> [(String, Amount)] {
        guard let pattern = amountPattern else { return [] }
        let text = clause as NSString
        var result: [(String, Amount)] = []
        var start = 0
        for match in pattern.matches(in: clause, range: NSRange(location: 0, length: text.length)) {
            let name = text.substring(with: NSRange(location: start, length: match.range.location - start))
                .trimmingCharacters(in: CharacterSet(charactersIn: " ：:为是")).replacingOccurrences(of: "其中", with: "")
            start = match.range.location + match.range.length
            if let value = number(text.substring(with: match.range(at: 1))) { result.append((name, value)) }
        }
        return result
    }

    /// Whether a stated name ends in 增加 (true) or 减少 (false): its amount is a change; nil otherwise.
    private static func increase(_ name: String) -> Bool? {
        if name.hasSuffix("增加") { return true }
        if name.hasSuffix("减少") { return false }
        return nil
    }

    private static func percentAfter(_ clause: String) -> String? {
        match(percentPattern, in: clause)
    }

    /// The first group of `pattern`'s first match in `clause`.
    private static func match(_ pattern: NSRegularExpression?, in clause: String) -> String? {
        guard let pattern, let match = pattern.firstMatch(in: clause, range: NSRange(location: 0, length: (clause as NSString).length)) else { return nil }
        return (clause as NSString).substring(with: match.range(at: 1))
    }

    private static func share(in clause: String) -> (String, String)? {
        guard let pattern = sharePattern, let match = pattern.firstMatch(in: clause, range: NSRange(location: 0, length: (clause as NSString).length)) else { return nil }
        let text = clause as NSString
        return (text.substring(with: match.range(at: 1)), text.substring(with: match.range(at: 2)))
    }

    /// Whether a printed percentage (`91.10`, `100`) equals `computed` (`96.60%`) at its precision.
    private static func agrees(_ printed: String, _ computed: String) -> Bool {
        let decimals = printed.split(separator: ".").dropFirst().first?.count ?? 0
        guard let value = Decimal(string: String(computed.dropLast())), let stated = Decimal(string: printed) else { return true }
        var exact = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, decimals, .plain)
        return rounded == stated
    }

    private static func number(_ text: String) -> Amount? {
        Amount(text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces))
    }

    /// The column of a list's header row holding amounts, and their unit.
    private static func amountColumn(_ header: String) -> (Int, AmountUnit)? {
        let cells = header.components(separatedBy: "\t")
        if let column = cells.firstIndex(where: { $0.contains("金额(元)") || $0.contains("金额（元）") }) { return (column, .yuan) }
        if let column = cells.firstIndex(where: { $0.contains("金额(万元)") || $0.contains("金额（万元）") }) { return (column, .tenThousandYuan) }
        return nil
    }

    /// `1,254.29` as `1254.29`, so that a comma between digits does not split a clause.
    private static func withoutThousandsSeparators(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character == ",", index > 0, index + 1 < characters.count, characters[index - 1].isNumber, characters[index + 1].isNumber { continue }
            out.append(character)
        }
        return out
    }

    /// A stated amount as the text put it: the end of its name and the amount.
    private static func excerpt(_ stated: Stated) -> String {
        "…\(stated.name.suffix(24))\(ChangeText.amount(stated.value))万元"
    }

    private static func excerpt(_ sentence: String) -> String {
        let trimmed = sentence.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 60 ? String(trimmed.prefix(60)) + "…" : trimmed
    }
}
