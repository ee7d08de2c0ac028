import XLSX

/// Extracts a functional-code table (收入决算表, 支出决算表 …) from its region.
enum CodedExtractor {
    static let codeLabels: Set<String> = ["科目代码", "科目编码", "功能分类科目编码", "支出功能分类科目编码", "代码", "编码", "科目编号", "功能科目编码"]
    static let nameLabels: Set<String> = ["科目名称", "名称", "功能分类科目名称", "项目名称", "支出功能分类科目名称"]
    static let totalLabels: Set<String> = ["合计", "总计", "本年合计", "收入合计", "支出合计", "合计数"]

    static func extract(_ context: inout ExtractionContext, known: KnownLabels) -> CodedTable {
        let region = context.region
        guard let header = HeaderLayout(region: region, isData: { isDataRow(region, $0) }) else { return CodedTable() }
        let codeColumns = header.columns(labelled: codeLabels)
        let splitColumns = ["类", "款", "项"].compactMap { part in header.paths.first { $0.value.last == part }?.key }
        let nameColumn = header.columns(labelled: nameLabels).first
        let combinedColumn = codeColumns.isEmpty && splitColumns.count < 3
            ? header.paths.filter { $0.value == ["项目"] || $0.value.last == "项目" }.map(\.key).min() ?? region.columns.lowerBound
            : nil
        let excluded = Set(codeColumns + splitColumns + [nameColumn, combinedColumn].compactMap { $0 })
        let values = ColumnMatcher.match(paths: header.paths, candidates: known.columnPaths[region.kind] ?? [:], excluded: excluded)
        context.dataStart = header.dataStart
        var table = CodedTable()
        for row in header.dataStart..<region.rows.upperBound {
            if region.isNoteRow(row) {
                context.endRow = row
                break
            }
            guard !region.isColumnNumberRow(row) else { continue }
            var code = ""
            var name = ""
            if splitColumns.count == 3 {
                code = zip(splitColumns, [3, 2, 2]).map { column, width in
                    region.text(row, column).flatMap(LabelText.code).map { String(repeating: "0", count: max(0, width - $0.count)) + $0 } ?? ""
                }.joined()
                splitColumns.forEach { context.use(row, $0) }
            } else if let column = codeColumns.first {
                code = region.text(row, column).flatMap { LabelText.code($0) ?? LabelText.normalise($0) } ?? ""
                context.use(row, column)
            } else if let column = combinedColumn, let text = region.text(row, column) {
                context.use(row, column)
                if let split = LabelText.splitCodeAndName(text) { (code, name) = split } else { name = text }
            }
            if let column = nameColumn, let text = region.text(row, column) {
                name = text
                context.use(row, column)
            }
            let isTotal = code.isEmpty && (totalLabels.contains(LabelText.normalise(name))
                || region.labels(row).contains { totalLabels.contains($0.label) })
            if !isTotal, LabelText.code(code) == nil, !values.values.contains(where: { context.holdsAmount(row, $0) }) {
                region.labels(row).forEach { context.use(row, $0.column) }
                continue
            }
            let rowKey = isTotal ? "total" : code
            var rowValues: [String: Amount] = [:]
            for (key, column) in values {
                if let amount = context.place(FigureKey(table: region.kind, row: rowKey, column: key), row: row, column: column) {
                    rowValues[key] = amount
                }
            }
            if isTotal {
                table.total = rowValues
            } else if !code.isEmpty {
                table.rows.append(CodedRow(code: code, name: name.trimmingCharacters(in: .whitespaces), values: rowValues))
            }
        }
        return table
    }

    /// A data row: a code (alone, split or with its name) or a 合计 label, and an amount.
    private static func isDataRow(_ region: TableRegion, _ row: Int) -> Bool {
        let labels = region.labels(row)
        let hasAmount = labels.contains { if case .amount = CellAmount.read(text: $0.label) { return true } else { return false } }
        guard hasAmount else { return false }
        return labels.contains { label in
            totalLabels.contains(label.label) || [3, 5, 7].contains(LabelText.code(label.label)?.count ?? 0)
                || LabelText.splitCodeAndName(label.label) != nil
        }
    }
}

import Foundation
