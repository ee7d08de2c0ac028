import XLSX

/// 第三部分 情况说明, written from the tables in the profile's wording (``NarrativePatterns``):
/// every amount, change and share comes from the accounts, last year's accounts when given, and
/// the facts the department entered, so the text cannot disagree with the tables. What is not
/// known is left as a visible 【待填写：…】 with a warning.
struct Narrative {
    let accounts: FinalAccounts
    let previous: FinalAccounts?
    let profile: Profile
    let wording: NarrativePatterns
    private(set) var blocks: [WordDocument.Block] = []
    var findings: [Finding] = []

    typealias Piece = NarrativePatterns.Piece

    init(accounts: FinalAccounts, previous: FinalAccounts?, profile: Profile) {
        self.accounts = accounts
        self.previous = previous
        self.profile = profile
        wording = NarrativePatterns(profile: profile)
        write()
    }

    var department: String { accounts.department }
    var year: Int { accounts.year }
    var facts: DisclosureFacts { accounts.facts }

    mutating func paragraph(_ pieces: [Piece]) {
        var runs: [WordDocument.Run] = []
        for piece in pieces {
            switch piece {
            case .text(let text): runs.append(WordDocument.Run(text))
            case .missing(let what):
                runs.append(WordDocument.Run("【待填写：\(what)】", placeholder: true))
                if !findings.contains(where: { $0.message.contains("“\(what)”") }) {
                    findings.append(Finding(rule: "publish.fact-missing", severity: .warning,
                                            message: "公开说明中“\(what)”未提供，文中留有【待填写】，公开前须补全"))
                }
            }
        }
        blocks.append(.paragraph(WordDocument.Paragraph(.body, runs: runs)))
    }

    mutating func sentence(_ key: String, _ values: [String: Piece]) {
        paragraph(wording.render(key, values))
    }

    mutating func heading(_ key: String, _ style: WordDocument.Style = .heading2) {
        blocks.append(.paragraph(WordDocument.Paragraph(style, wording.text(key, ["year": String(year)]))))
    }

    /// `text` as body paragraphs, one per line.
    mutating func paragraphs(_ text: String) {
        for line in text.components(separatedBy: .newlines) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            paragraph([.text(line.trimmingCharacters(in: .whitespaces))])
        }
    }

    func amount(_ value: Amount) -> Piece { .text(ChangeText.amount(value)) }

    /// `比上年决算数…` for a figure, or a placeholder when last year's accounts were not given.
    private func change(_ current: Amount, _ last: (FinalAccounts) -> Amount) -> Piece {
        guard let previous else { return .missing("上年决算数") }
        return .text(ChangeText.change(current, from: last(previous)))
    }

    /// The 主要变动原因 of `item`, as entered, or a placeholder.
    private func reason(_ item: String) -> Piece {
        facts.reasons[item].map { .text($0) } ?? .missing("\(item)主要变动原因")
    }

    var common: [String: Piece] { ["department": .text(department), "year": .text(String(year)), "last_year": .text(String(year - 1))] }

    private mutating func write() {
        heading("part_title", .heading1)
        heading("changes_title")
        incomeAndExpenditure()
        heading("three_public_title")
        threePublic()
        heading("operating_costs_title")
        operatingCosts()
        heading("procurement_title")
        procurement()
        heading("assets_title")
        assets()
        heading("performance_title")
        performance()
    }

    private mutating func incomeAndExpenditure() {
        let summary = TableKind.incomeExpenditureSummary
        guard let layout = profile.template(summary)?.lines else { return }
        let lines = accounts[lines: summary]
        func total(_ role: LineRole, _ side: SideKey) -> Piece {
            amount(layout.entry(side: side, role: role).map { lines.value(line: $0.line) } ?? .zero)
        }
        heading("income_title", .heading3)
        sentence("income_intro", common.merging(["grand_income": total(.grandTotal, .income), "income_total": total(.incomeTotal, .income)]) { $1 })
        var number = 0
        for entry in layout.sides.first(where: { $0.key == .income })?.lines ?? [] where SummaryRules.incomeTypes.contains(entry.role ?? .grandTotal) {
            let value = lines.value(line: entry.line)
            guard !value.isZero || !(previous?[lines: summary].value(line: entry.line).isZero ?? true) else { continue }
            number += 1
            let item = LabelText.withoutNumbering(entry.label)
            sentence("income_item", ["number": .text(String(number)), "item": .text(item), "amount": amount(value),
                                     "change": change(value) { $0[lines: summary].value(line: entry.line) }, "reason": reason(item)])
        }
        heading("expenditure_title", .heading3)
        sentence("expenditure_intro", common.merging(["grand_expenditure": total(.grandTotal, .expenditure),
                                                      "expenditure_total": total(.expenditureTotal, .expenditure)]) { $1 })
        let labels = FigureLabels(profile: profile)
        number = 0
        for column in profile.template(.expenditure)?.coded?.valueColumns.map(\.key).filter({ $0 != .total }) ?? [] {
            let value = accounts.expenditure.totalValue(column.rawValue)
            guard !value.isZero || !(previous?.expenditure.totalValue(column.rawValue).isZero ?? true) else { continue }
            number += 1
            let item = labels.column(.expenditure, column.rawValue)
            sentence("expenditure_item", ["number": .text(String(number)), "item": .text(item), "amount": amount(value),
                                         "change": change(value) { $0.expenditure.totalValue(column.rawValue) }, "reason": reason(item)])
        }
    }

    private mutating func threePublic() {
        let total = accounts.threePublicExpenses.value(ColumnKey.finalTotal.rawValue)
        let budget = accounts.threePublicExpenses.value(ColumnKey.budgetTotal.rawValue)
        let last: Piece = previous.map { amount($0.threePublicExpenses.value(ColumnKey.finalTotal.rawValue)) } ?? .missing("上年“三公”经费决算数")
        var pieces = wording.render("three_public", common.merging(["total": amount(total), "last_total": last, "budget": amount(budget)]) { $1 })
        if let share = ChangeText.percent(total, of: budget) { pieces += wording.render("three_public_share", ["share": .text(share)]) }
        paragraph(pieces)
    }

    private mutating func operatingCosts() {
        guard let costs = facts.operatingCosts else {
            paragraph([.text("\(department)\(year)年度机关运行经费支出"), .missing("机关运行经费支出金额及说明")])
            return
        }
        let change: Piece = facts.operatingCostsLastYear.map { .text(ChangeText.change(costs, from: $0)) } ?? .missing("上年机关运行经费")
        sentence("operating_costs", common.merging(["amount": amount(costs), "change": change]) { $1 })
    }

    private mutating func procurement() {
        guard let goods = facts.procurementGoods, let works = facts.procurementWorks, let services = facts.procurementServices else {
            paragraph([.text("\(department)\(year)年度政府采购支出总额"), .missing("政府采购货物、工程、服务支出及授予中小企业、小微企业合同金额")])
            return
        }
        let total = goods + works + services
        var pieces = wording.render("procurement", common.merging(["total": amount(total), "goods": amount(goods), "works": amount(works), "services": amount(services)]) { $1 })
        if let sme = facts.procurementSME {
            pieces += wording.render("procurement_sme", ["sme": amount(sme), "sme_share": ChangeText.percent(sme, of: total).map { .text($0) } ?? .text("—")])
            if let small = facts.procurementSmallMicro {
                pieces += wording.render("procurement_small_micro", ["small_micro": amount(small),
                                                                     "small_micro_share": ChangeText.percent(small, of: sme).map { .text($0) } ?? .text("—")])
            }
            pieces.append(.text("。"))
        }
        paragraph(pieces)
        contracts(total: total)
    }

    /// The contract list under 政府采购, with its 合计; an error when it does not add up to the
    /// 政府采购支出总额 the text states.
    private mutating func contracts(total: Amount) {
        guard !facts.contracts.isEmpty else { return }
        let sum = facts.contracts.reduce(Amount.zero) { $0 + $1.amount }
        var rows: [[WordDocument.Cell]] = [["序号", "合同名称", "合同金额（万元）"].map { WordDocument.Cell($0, alignment: .center, bold: true) }]
        for (index, contract) in facts.contracts.enumerated() {
            rows.append([WordDocument.Cell(String(index + 1), alignment: .center), WordDocument.Cell(contract.name),
                         WordDocument.Cell(ChangeText.amount(contract.amount), alignment: .right)])
        }
        rows.append([WordDocument.Cell("合计", span: 2, alignment: .center, bold: true), WordDocument.Cell(ChangeText.amount(sum), alignment: .right)])
        blocks.append(.table(WordDocument.Table(columnWidths: [900, 5400, 2200], rows: rows, headerRows: 1)))
        if sum.published != total.published {
            findings.append(Finding(rule: "publish.contracts-total", severity: .error,
                                    message: "政府采购合同清单 \(facts.contracts.count) 项合计 \(ChangeText.amount(sum)) 万元，与政府采购支出总额 \(ChangeText.amount(total)) 万元不符，公开前须核对"))
        }
    }
}
