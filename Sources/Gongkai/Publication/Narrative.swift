import XLSX

/// 第三部分 情况说明, written from the tables: every amount, change and share comes from the
/// accounts (and last year's, when given), so the text cannot disagree with the tables. Facts
/// the tables do not hold are left as a visible 【待填写：…】 with a warning.
struct Narrative {
    let accounts: FinalAccounts
    let previous: FinalAccounts?
    let profile: Profile
    private(set) var blocks: [WordDocument.Block] = []
    private(set) var findings: [Finding] = []

    init(accounts: FinalAccounts, previous: FinalAccounts?, profile: Profile) {
        self.accounts = accounts
        self.previous = previous
        self.profile = profile
        write()
    }

    /// A paragraph of text and placeholders.
    private enum Piece {
        case text(String)
        case missing(String)
    }

    private mutating func paragraph(_ pieces: [Piece], style: WordDocument.Style = .body) {
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
        blocks.append(.paragraph(WordDocument.Paragraph(style, runs: runs)))
    }

    private mutating func heading(_ text: String, _ style: WordDocument.Style = .heading2) {
        blocks.append(.paragraph(WordDocument.Paragraph(style, text)))
    }

    private var department: String { accounts.department }
    private var year: Int { accounts.year }

    /// `比上年决算数…` for a figure, or a placeholder when last year's accounts were not given.
    private func change(_ current: Amount, _ last: (FinalAccounts) -> Amount) -> Piece {
        guard let previous else { return .missing("上年决算数") }
        return .text(ChangeText.change(current, from: last(previous)))
    }

    private mutating func write() {
        heading("第三部分 \(year)年度部门决算情况说明", .heading1)
        heading("一、\(year)年度决算收支增减变化情况")
        incomeAndExpenditure()
        heading("二、\(year)年度财政拨款“三公”经费支出增减变化情况")
        threePublic()
        heading("三、机关运行经费支出情况")
        operatingCosts()
        heading("四、政府采购支出情况说明")
        procurement()
        heading("五、国有资产占用情况")
        assets()
        heading("六、预算绩效评价情况")
        if let text = facts.performance { paragraphs(text) } else { paragraph([.missing("绩效评价工作开展情况、部门预算整体支出自评结果和重点项目绩效自评结果")]) }
    }

    private var facts: DisclosureFacts { accounts.facts }

    /// `text` as body paragraphs, one per line.
    private mutating func paragraphs(_ text: String) {
        for line in text.components(separatedBy: .newlines) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            paragraph([.text(line.trimmingCharacters(in: .whitespaces))])
        }
    }

    /// The 主要变动原因 of `item`, as entered, or a placeholder.
    private func reason(_ item: String) -> Piece {
        facts.reasons[item].map { .text($0) } ?? .missing("\(item)主要变动原因")
    }

    private mutating func operatingCosts() {
        guard let costs = facts.operatingCosts else {
            paragraph([.text("\(department)\(year)年度机关运行经费支出"), .missing("机关运行经费支出金额及说明")])
            return
        }
        var pieces: [Piece] = [.text("\(department)\(year)年度机关运行经费支出\(ChangeText.amount(costs))万元，")]
        if let last = facts.operatingCostsLastYear {
            pieces.append(.text(ChangeText.change(costs, from: last) + "。"))
        } else {
            pieces += [.missing("上年机关运行经费"), .text("。")]
        }
        paragraph(pieces)
    }

    private mutating func procurement() {
        guard let goods = facts.procurementGoods, let works = facts.procurementWorks, let services = facts.procurementServices else {
            paragraph([.text("\(department)\(year)年度政府采购支出总额"), .missing("政府采购货物、工程、服务支出及授予中小企业、小微企业合同金额")])
            return
        }
        let total = goods + works + services
        var text = "\(department)\(year)年度政府采购支出总额\(ChangeText.amount(total))万元，其中：政府采购货物支出\(ChangeText.amount(goods))万元、"
            + "政府采购工程支出\(ChangeText.amount(works))万元、政府采购服务支出\(ChangeText.amount(services))万元。"
        if let sme = facts.procurementSME {
            text += "授予中小企业合同金额\(ChangeText.amount(sme))万元"
            if let share = ChangeText.percent(sme, of: total) { text += "，占政府采购支出总额的\(share)" }
            if let small = facts.procurementSmallMicro {
                text += "，其中：授予小微企业合同金额\(ChangeText.amount(small))万元"
                if let share = ChangeText.percent(small, of: sme) { text += "，占授予中小企业合同金额的\(share)" }
            }
            text += "。"
        }
        paragraph([.text(text)])
    }

    private mutating func assets() {
        guard facts.vehicles != nil || facts.largeEquipment != nil || facts.assets != nil else {
            paragraph([.text("截至\(year)年12月31日，\(department)"), .missing("车辆、单价100万元以上设备及房屋面积等国有资产占用情况")])
            return
        }
        var parts: [String] = []
        if let vehicles = facts.vehicles { parts.append("共有车辆\(vehicles)辆") }
        if let equipment = facts.largeEquipment { parts.append("单价100万元以上设备\(equipment)台（套）") }
        if !parts.isEmpty { paragraph([.text("截至\(year)年12月31日，\(department)" + parts.joined(separator: "；") + "。")]) }
        if let text = facts.assets { paragraphs(text) }
    }

    private mutating func incomeAndExpenditure() {
        let summary = TableKind.incomeExpenditureSummary
        guard let layout = profile.template(summary)?.lines else { return }
        let income = layout.sides.first { $0.key == .income }?.lines ?? []
        let lines = accounts[lines: summary]
        func line(_ role: LineRole, side: SideKey) -> LineEntry? {
            layout.sides.first { $0.key == side }?.lines.first { $0.role == role }
        }
        func value(_ entry: LineEntry?, in table: LineTable) -> Amount {
            entry.map { table.value(line: $0.line) } ?? .zero
        }
        heading("（一）年度收入增减变化情况", .heading3)
        paragraph([.text("\(department)\(year)年度总收入\(ChangeText.amount(value(line(.grandTotal, side: .income), in: lines)))万元，"
                         + "其中本年收入\(ChangeText.amount(value(line(.incomeTotal, side: .income), in: lines)))万元。具体情况如下：")])
        var number = 0
        for entry in income where SummaryRules.incomeTypes.contains(entry.role ?? .grandTotal) {
            let amount = lines.value(line: entry.line)
            let last = previous.map { $0[lines: summary].value(line: entry.line) } ?? .zero
            guard !amount.isZero || !last.isZero else { continue }
            number += 1
            paragraph([.text("\(number). \(LabelText.withoutNumbering(entry.label))\(ChangeText.amount(amount))万元，"),
                       change(amount, { $0[lines: summary].value(line: entry.line) }), .text("。主要变动情况："), reason(LabelText.withoutNumbering(entry.label)), .text("。")])
        }
        heading("（二）年度支出增减变化情况", .heading3)
        paragraph([.text("\(department)\(year)年度总支出\(ChangeText.amount(value(line(.grandTotal, side: .expenditure), in: lines)))万元，"
                         + "其中本年支出\(ChangeText.amount(value(line(.expenditureTotal, side: .expenditure), in: lines)))万元。具体情况如下：")])
        let labels = FigureLabels(profile: profile)
        number = 0
        let columns = profile.template(.expenditure)?.coded?.valueColumns.map(\.key).filter { $0 != .total } ?? []
        for column in columns {
            let amount = accounts.expenditure.totalValue(column.rawValue)
            let last = previous?.expenditure.totalValue(column.rawValue) ?? .zero
            guard !amount.isZero || !last.isZero else { continue }
            number += 1
            let name = labels.column(.expenditure, column.rawValue)
            paragraph([.text("\(number). \(name)\(ChangeText.amount(amount))万元，"), change(amount, { $0.expenditure.totalValue(column.rawValue) }),
                       .text("。主要变动情况："), reason(name), .text("。")])
        }
    }

    private mutating func threePublic() {
        let total = accounts.threePublicExpenses.value(ColumnKey.finalTotal.rawValue)
        let budget = accounts.threePublicExpenses.value(ColumnKey.budgetTotal.rawValue)
        var pieces: [Piece] = [.text("\(department)\(year)年度财政拨款“三公”经费支出总额为\(ChangeText.amount(total))万元，\(year - 1)年度决算为")]
        if let previous {
            pieces.append(.text("\(ChangeText.amount(previous.threePublicExpenses.value(ColumnKey.finalTotal.rawValue)))万元"))
        } else {
            pieces.append(.missing("上年“三公”经费决算数"))
        }
        pieces.append(.text("，\(year)年度预算为\(ChangeText.amount(budget))万元。"))
        if let share = ChangeText.percent(total, of: budget) {
            pieces.append(.text("决算数为预算数的\(share)。"))
        }
        paragraph(pieces)
    }
}
