import XLSX

/// The 情况说明 sheet of the fill-in workbook: what the 公开说明 states that the tables do not
/// hold, one labelled row each, and a 主要变动原因 row for each item whose change is described.
enum FillInFacts {
    static let sheetName = "情况说明"
    /// Rows for 政府采购合同 (more may be inserted).
    static let contractRows = 30

    static func write(to sheet: SheetWriter, profile: Profile) throws {
        try sheet.setColumnWidth(0, 40)
        try sheet.setColumnWidth(1, 80)
        try sheet.merge(CellRange(first: .init(row: 0, column: 0), last: .init(row: 0, column: 1)), text: "部门决算情况说明（填报）", style: TableStyles.title)
        try sheet.setRowHeight(0, 30)
        let note = "用于生成部门决算公开说明（gongkai publish）。金额以万元为单位；未填写的事项在公开说明中留“【待填写】”。"
        try sheet.merge(CellRange(first: .init(row: 1, column: 0), last: .init(row: 1, column: 1)), text: note, style: TableStyles.note)
        try sheet.write("项目", at: .init(row: 2, column: 0), style: TableStyles.header)
        try sheet.write("内容", at: .init(row: 2, column: 1), style: TableStyles.header)
        var row = 3
        for (label, field) in DisclosureFacts.fields {
            try sheet.write(label, at: .init(row: row, column: 0), style: TableStyles.label)
            let cell = CellRange(first: .init(row: row, column: 1), last: .init(row: row, column: 1))
            switch field {
            case .text:
                try sheet.writeBlank(at: cell.first, style: TableStyles.input(TableStyles.wrappedLabel))
                try sheet.setRowHeight(row, 60)
            case .amount:
                try sheet.writeBlank(at: cell.first, style: TableStyles.input(TableStyles.amount))
                try sheet.requireDecimal(in: cell, message: "只填数字，单位见左侧项目名称。")
            case .count, .vehicleCount:
                try sheet.writeBlank(at: cell.first, style: TableStyles.input(TableStyles.amount.with { $0.numberFormat = "0" }))
                try sheet.requireNumber(in: cell, whole: true, from: 0, to: 1_000_000, message: "请填写整数。")
            }
            row += 1
        }
        for item in reasonItems(profile) {
            try sheet.write(DisclosureFacts.reasonPrefix + item, at: .init(row: row, column: 0), style: TableStyles.label)
            try sheet.writeBlank(at: .init(row: row, column: 1), style: TableStyles.input(TableStyles.wrappedLabel))
            try sheet.setRowHeight(row, 36)
            row += 1
        }
        row += 1
        try sheet.write(DisclosureFacts.contractHeader.0, at: .init(row: row, column: 0), style: TableStyles.header)
        try sheet.write(DisclosureFacts.contractHeader.1, at: .init(row: row, column: 1), style: TableStyles.header)
        let firstContract = row + 1
        for contract in firstContract..<(firstContract + contractRows) {
            try sheet.writeBlank(at: .init(row: contract, column: 0), style: TableStyles.input(TableStyles.label))
            try sheet.writeBlank(at: .init(row: contract, column: 1), style: TableStyles.input(TableStyles.amount))
        }
        try sheet.requireDecimal(in: CellRange(first: .init(row: firstContract, column: 1), last: .init(row: firstContract + contractRows - 1, column: 1)),
                                 message: "请填写合同金额（万元），只填数字。")
        var setup = PageSetup()
        setup.landscape = false
        setup.repeatedRows = 2...2
        try sheet.apply(setup)
        sheet.protect()
    }

    /// The items whose 增减 the 情况说明 describes: 公开01表's kinds of income and 支出决算表's columns.
    static func reasonItems(_ profile: Profile) -> [String] {
        let income = profile.template(.incomeExpenditureSummary)?.lines?.sides.first { $0.key == .income }?.lines
            .filter { SummaryRules.incomeTypes.contains($0.role ?? .grandTotal) }.map { LabelText.withoutNumbering($0.label) } ?? []
        let labels = FigureLabels(profile: profile)
        let expenditure = profile.template(.expenditure)?.coded?.valueColumns.map(\.key).filter { $0 != .total }
            .map { labels.column(.expenditure, $0.rawValue) } ?? []
        return income + expenditure
    }
}
