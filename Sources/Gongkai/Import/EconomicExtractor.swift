import XLSX

/// Extracts the economic-code table (基本支出决算表) from its region: every code cell
/// (3 or 5 digits starting with 3) with the amount in its group's amount column, and the
/// 人员经费合计 and 公用经费合计 wherever they are stated. A code split into 类 and 款 cells
/// ("301 | 01", as some 2025 Shanghai tables print it) is joined.
enum EconomicExtractor {
    static func extract(_ context: inout ExtractionContext) -> EconomicTable {
        let region = context.region
        guard let header = HeaderLayout(region: region, isData: { row in
            region.labels(row).contains { isEconomicCode($0.label) }
        }) else { return EconomicTable() }
        var codeColumns = header.columns(labelled: CodedExtractor.codeLabels)
        if codeColumns.isEmpty {
            codeColumns = Array(Set((header.dataStart..<region.rows.upperBound).flatMap { row in
                region.labels(row).filter { isEconomicCode($0.label) }.map(\.column)
            })).sorted()
        }
        let amountLabels: LabelSet = ["决算数", "金额", "合计", "本年决算数", "决算金额"]
        let amountColumns = header.columns(labelled: amountLabels)
        context.dataStart = header.dataStart
        var table = EconomicTable()
        var byGroup: [[EconomicRow]] = Array(repeating: [], count: codeColumns.count)
        for row in header.dataStart..<region.rows.upperBound {
            if region.isNoteRow(row) {
                context.endRow = row
                break
            }
            for (group, codeColumn) in codeColumns.enumerated() {
                guard let text = region.text(row, codeColumn), var code = LabelText.code(text), isEconomicCode(code) else { continue }
                context.use(row, codeColumn)
                var nameStart = codeColumn + 1
                if code.count == 3, let section = region.text(row, nameStart).flatMap(LabelText.code), section.count == 2 {
                    code += section
                    context.use(row, nameStart)
                    nameStart += 1
                }
                let nextGroup = group + 1 < codeColumns.count ? codeColumns[group + 1] : region.columns.upperBound
                let amountColumn = amountColumns.first { $0 > codeColumn && $0 < nextGroup }
                    ?? (nameStart..<nextGroup).first { context.holdsAmount(row, $0) }
                let name = (nameStart..<nextGroup).first { $0 != amountColumn && region.text(row, $0) != nil }
                    .flatMap { column -> String? in
                        context.use(row, column)
                        return region.text(row, column)
                    } ?? ""
                let amount = amountColumn.flatMap { context.place(FigureKey(table: .generalBudgetBasic, row: code, column: ColumnKey.amount.rawValue), row: row, column: $0, slot: "经济科目 \(code)") }
                byGroup[group].append(EconomicRow(code: code, name: name, amount: amount ?? .zero))
            }
            for (column, label) in region.labels(row) {
                let personnel = personnelLabels.contains(label)
                guard personnel || publicLabels.contains(label) else { continue }
                let total: WritableKeyPath<EconomicTable, Amount?> = personnel ? \.personnelTotal : \.publicTotal
                context.use(row, column)
                if let amountColumn = (column + 1..<region.columns.upperBound).first(where: { context.holdsAmount(row, $0) }) {
                    let key = FigureKey(table: .generalBudgetBasic, row: personnel ? "personnel_total" : "public_total", column: ColumnKey.amount.rawValue)
                    table[keyPath: total] = context.place(key, row: row, column: amountColumn)
                }
            }
        }
        table.rows = byGroup.flatMap { $0 }
        return table
    }

    private static let personnelLabels: LabelSet = ["人员经费合计", "人员经费"]
    private static let publicLabels: LabelSet = ["公用经费合计", "公用经费"]

    /// Three or five ASCII digits starting with 3.
    private static func isEconomicCode(_ text: String) -> Bool {
        let utf8 = text.utf8
        return (utf8.count == 3 || utf8.count == 5) && utf8.first == UInt8(ascii: "3") && utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
