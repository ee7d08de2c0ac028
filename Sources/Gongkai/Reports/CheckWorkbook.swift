import XLSX

/// The report workbook of `gongkai check --format xlsx`: a 审核结果 sheet listing every
/// finding with links to its cells, then a copy of the standard tables with those cells
/// highlighted (red for errors, yellow for warnings, blue for notices).
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
        let list = try workbook.addSheet("审核结果")
        let header = TableStyles.header
        let widths: [Double] = [6, 8, 10, 12, 80, 28, 28]
        for (column, (title, width)) in zip(["序号", "级别", "规则", "差额", "说明", "报送单元格", "标准表单元格"], widths).enumerated() {
            try list.setColumnWidth(column, width)
            try list.write(title, at: .init(row: 0, column: column), style: header)
        }
        let locator = StandardCellLocator(accounts: report.accounts, profile: profile)
        var highlights: [SourceCell: Finding.Severity] = [:]
        for (index, finding) in report.findings.enumerated() {
            let row = index + 1
            try list.write(Double(row), at: .init(row: row, column: 0), style: TableStyles.centeredLabel)
            try list.write(["error": "错误", "warning": "警告", "notice": "提示"][finding.severity.rawValue] ?? "", at: .init(row: row, column: 1),
                           style: TableStyles.centeredLabel.with { $0.fill = Self.colour(finding.severity) })
            try list.write(finding.rule, at: .init(row: row, column: 2), style: TableStyles.label)
            if let difference = finding.difference {
                try list.write(difference.published.doubleValue, at: .init(row: row, column: 3), style: TableStyles.amount)
            } else {
                try list.writeBlank(at: .init(row: row, column: 3), style: TableStyles.label)
            }
            try list.write(finding.message, at: .init(row: row, column: 4), style: TableStyles.label.with { $0.wraps = true })
            let standard = finding.cells.filter { $0.place == .standard }
            let submission = finding.cells.filter { $0.place == .submission }
            try list.write(submission.map(\.description).joined(separator: "、"), at: .init(row: row, column: 5), style: TableStyles.label)
            if let first = standard.first {
                try list.writeLink(to: first.sheet, cell: first.cell, text: standard.map(\.description).joined(separator: "、"),
                                   at: .init(row: row, column: 6), style: TableStyles.label.with { $0.link = true })
            } else {
                try list.writeBlank(at: .init(row: row, column: 6), style: TableStyles.label)
            }
            for cell in standard where highlights[cell].map({ finding.severity < $0 }) ?? true {
                highlights[cell] = finding.severity
            }
        }
        list.freezePanes(row: 1, column: 0)
        let writer = DisclosureWriter(profile: profile)
        for template in profile.tables {
            let sheet = try workbook.addSheet(template.sheetName)
            try writer.writeTable(template, mode: .figures(report.accounts), department: report.accounts.department, to: sheet)
            for (cell, severity) in highlights where cell.sheet == template.sheetName {
                guard let key = locator.key(at: cell), let reference = CellReference(cell.cell) else { continue }
                let value = ImportReport.value(of: key, in: report.accounts) ?? .zero
                try sheet.write(value.published.doubleValue, at: reference, style: TableStyles.amount.with { $0.fill = Self.colour(severity) })
            }
        }
        try workbook.close()
    }

    private static func colour(_ severity: Finding.Severity) -> UInt32 {
        switch severity {
        case .error: return 0xFFC7CE
        case .warning: return 0xFFEB9C
        case .notice: return 0xDDEBF7
        }
    }
}
