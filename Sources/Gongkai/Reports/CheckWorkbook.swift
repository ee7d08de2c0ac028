import XLSX

/// The report workbook of `gongkai check --format xlsx`: a 封面 with the verdict, a 审核结果
/// sheet listing every finding in words with links to its cells, then a copy of the standard
/// tables where the cell each finding blames (the stated total) is filled by severity, the
/// figures it was compared with are outlined, and a comment on the blamed cell carries the message.
public struct CheckWorkbook {
    /// The profile of the standard tables.
    public var profile: Profile

    /// Creates a writer.
    public init(profile: Profile) {
        self.profile = profile
    }

    /// Writes `report` to `path`, atomically.
    public func write(_ report: CheckReport, to path: String) throws {
        let workbook = try WorkbookWriter(path: path)
        try writeCover(report, to: workbook.addSheet("封面"))
        let list = try workbook.addSheet("审核结果")
        let columns: [(String, Double)] = [("序号", 6), ("级别", 7), ("问题", 18), ("说明", 70), ("差额（万元）", 12), ("报送单元格", 24), ("标准表单元格", 24)]
        let listing = try ListingSheet(list, title: "\(Quoted.text(report.accounts.department)) \(report.accounts.year) 年度部门决算审核结果", columns: columns)
        var marks: [SourceCell: Mark] = [:]
        for (index, finding) in report.findings.enumerated() {
            let row = index + ListingSheet.firstRow
            try list.write(Double(index + 1), at: .init(row: row, column: 0), style: TableStyles.centeredLabel)
            try list.write(Self.word(finding.severity), at: .init(row: row, column: 1),
                           style: TableStyles.centeredLabel.with { $0.fill = Self.colour(finding.severity) })
            try list.write(RuleNames.chinese(finding.rule), at: .init(row: row, column: 2), style: TableStyles.wrappedLabel)
            try list.write(finding.message, at: .init(row: row, column: 3), style: TableStyles.wrappedLabel)
            if let difference = finding.difference {
                try list.write(difference.published.doubleValue, at: .init(row: row, column: 4), style: TableStyles.amount)
            } else {
                try list.writeBlank(at: .init(row: row, column: 4), style: TableStyles.label)
            }
            let standard = finding.cells.filter { $0.place == .standard }
            let submission = finding.cells.filter { $0.place == .submission }
            try list.write(submission.map(\.description).joined(separator: "、"), at: .init(row: row, column: 5), style: TableStyles.wrappedLabel)
            if let first = standard.first {
                try list.writeLink(to: first.sheet, cell: first.cell, text: standard.map(\.description).joined(separator: "、"),
                                   at: .init(row: row, column: 6), style: TableStyles.wrappedLabel.with { $0.link = true })
            } else {
                try list.writeBlank(at: .init(row: row, column: 6), style: TableStyles.label)
            }
            try listing.fit(row: row, texts: [2: RuleNames.chinese(finding.rule), 3: finding.message,
                                              5: submission.map(\.description).joined(separator: "、"),
                                              6: standard.map(\.description).joined(separator: "、")])
            for (position, cell) in standard.enumerated() {
                var mark = marks[cell] ?? Mark()
                if position == 0 {
                    mark.blamed = min(mark.blamed ?? finding.severity, finding.severity)
                    mark.messages.append("【\(Self.word(finding.severity))】\(finding.message)")
                } else {
                    mark.compared = true
                }
                marks[cell] = mark
            }
        }
        try listing.finish()
        try writeTables(report, marks: marks, to: workbook)
        try workbook.close()
    }

    /// How a cell of the standard tables is marked: filled when a finding blames it, outlined
    /// when it was an addend of one, with the messages of the findings that blame it.
    private struct Mark {
        var blamed: Finding.Severity?
        var compared = false
        var messages: [String] = []
    }

    private func writeTables(_ report: CheckReport, marks: [SourceCell: Mark], to workbook: WorkbookWriter) throws {
        let locator = StandardCellLocator(accounts: report.accounts, profile: profile)
        let writer = DisclosureWriter(profile: profile)
        for template in profile.tables {
            let sheet = try workbook.addSheet(template.sheetName)
            try writer.writeTable(template, mode: .figures(report.accounts), department: report.accounts.department, to: sheet)
            for (cell, mark) in marks where cell.sheet == template.sheetName {
                guard let key = locator.key(at: cell), let reference = CellReference(cell.cell) else { continue }
                let value = report.accounts.value(at: key) ?? .zero
                let style = TableStyles.amount.with { style in
                    style.fill = mark.blamed.map(Self.colour)
                    style.outlined = mark.compared && mark.blamed == nil
                }
                try sheet.write(value.published.doubleValue, at: reference, style: style)
                if !mark.messages.isEmpty { try sheet.comment(mark.messages.joined(separator: "\n"), at: reference) }
            }
        }
    }

    private func writeCover(_ report: CheckReport, to sheet: SheetWriter) throws {
        let summary = report.summary
        let verdict = summary.errors > 0 ? "未通过：有 \(summary.errors) 条错误，修正前不得公开" : "通过：没有错误，可以公开（请留意警告和提示）"
        let lines: [(String, String)] = [
            ("单位", report.accounts.department), ("年度", "\(report.accounts.year) 年度"), ("报表格式", profile.name),
            ("报送文件", report.input), ("错误", "\(summary.errors) 条"), ("警告", "\(summary.warnings) 条"), ("提示", "\(summary.notices) 条"),
            ("结论", verdict),
        ]
        try sheet.setColumnWidth(0, 14)
        try sheet.setColumnWidth(1, 70)
        try sheet.merge(CellRange(first: .init(row: 0, column: 0), last: .init(row: 0, column: 1)), text: "部门决算审核报告", style: TableStyles.title)
        try sheet.setRowHeight(0, 30)
        for (index, (label, value)) in lines.enumerated() {
            try sheet.write(label, at: .init(row: index + 2, column: 0), style: TableStyles.header)
            let style = label == "结论" ? TableStyles.wrappedLabel.with { $0.bold = true; $0.fill = summary.errors > 0 ? 0xFFC7CE : 0xC6EFCE } : TableStyles.wrappedLabel
            try sheet.write(value, at: .init(row: index + 2, column: 1), style: style)
        }
        let note = "说明：“审核结果”逐条列出问题；各公开表中，被判定有误的数字（通常是合计）按级别填色并附批注，参与比较的数字加红框。"
        try sheet.merge(CellRange(first: .init(row: lines.count + 3, column: 0), last: .init(row: lines.count + 3, column: 1)), text: note, style: TableStyles.note)
        try sheet.setRowHeight(lines.count + 3, 32)
        var setup = PageSetup()
        setup.landscape = false
        try sheet.apply(setup)
    }

    private static func word(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: return "错误"
        case .warning: return "警告"
        case .notice: return "提示"
        }
    }

    private static func colour(_ severity: Finding.Severity) -> UInt32 {
        switch severity {
        case .error: return 0xFFC7CE
        case .warning: return 0xFFEB9C
        case .notice: return 0xDDEBF7
        }
    }
}
