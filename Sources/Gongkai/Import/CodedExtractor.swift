import XLSX

/// Extracts a functional-code table (收入决算表, 支出决算表 …) from its region.
///
/// The 合计 row may say 合计 in any label column (code, name, or one cell merged across
/// both), first or last; a code may stand in its own column, split into 类/款/项 columns, or
/// in the name cell ("2010350 事业运行") even where a code column exists but is empty. When
/// more than one row says 合计, the one that equals the sum of the 类 rows is taken and the
/// others are reported.
enum CodedExtractor {
    static let codeLabels: LabelSet = ["科目代码", "科目编码", "功能分类科目编码", "支出功能分类科目编码", "代码", "编码", "科目编号", "功能科目编码"]
    static let nameLabels: LabelSet = ["科目名称", "名称", "功能分类科目名称", "项目名称", "支出功能分类科目名称"]
    static let totalLabels: LabelSet = ["合计", "总计", "本年合计", "收入合计", "支出合计", "合计数"]

    /// Where a table's codes, names and values are.
    private struct Columns {
        var codes: [Int]
        var split: [Int]
        var name: Int?
        var combined: Int?
        /// Column key and sheet column of each value column, left to right, so that findings
        /// come in the same order on every run.
        var values: [(key: String, column: Int)]
    }

    static func extract(_ context: inout ExtractionContext, known: KnownLabels) -> CodedTable {
        let region = context.region
        guard let header = HeaderLayout(region: region, isData: { isDataRow(region, $0) }) else { return CodedTable() }
        let columns = self.columns(header, region: region, known: known)
        context.dataStart = header.dataStart
        var table = CodedTable()
        var totalRows: [Int] = []
        for row in header.dataStart..<region.rows.upperBound {
            if region.isNoteRow(row) {
                context.endRow = row
                break
            }
            guard !region.isColumnNumberRow(row) else { continue }
            let (code, name) = codeAndName(row, columns: columns, context: &context)
            if code.isEmpty, region.labels(row).contains(where: { totalLabels.contains($0.label) }) {
                region.labels(row).filter { label in !columns.values.contains { $0.column == label.column } }.forEach { context.use(row, $0.column) }
                totalRows.append(row)
                continue
            }
            guard !code.isEmpty else {
                if !columns.values.contains(where: { context.holdsAmount(row, $0.column) }) {
                    region.labels(row).forEach { context.use(row, $0.column) }
                }
                continue
            }
            var rowValues: [String: Amount] = [:]
            rowValues.reserveCapacity(columns.values.count)
            for (key, column) in columns.values {
                if let amount = context.place(FigureKey(table: region.kind, row: code, column: key), row: row, column: column, slot: "科目 \(code) 的数字") {
                    rowValues[key] = amount
                }
            }
            if let index = table.rows.firstIndex(where: { $0.code == code }) {
                table.rows[index].values.merge(rowValues) { first, _ in first }
            } else {
                table.rows.append(CodedRow(code: code, name: name, values: rowValues))
            }
        }
        table.total = total(from: totalRows, table: table, columns: columns, context: &context)
        return table
    }

    private static func columns(_ header: HeaderLayout, region: TableRegion, known: KnownLabels) -> Columns {
        let codes = header.columns(labelled: codeLabels)
        let split = ["类", "款", "项"].compactMap { part in header.paths.first { $0.value.last == part }?.key }
        let name = header.columns(labelled: nameLabels).first
        let combined = codes.isEmpty && split.count < 3
            ? header.paths.filter { $0.value == ["项目"] || $0.value.last == "项目" }.map(\.key).min() ?? region.columns.lowerBound
            : nil
        let excluded = Set(codes + split + [name, combined].compactMap { $0 })
        let values = known.columns(of: region.kind, paths: header.paths, excluding: excluded)
        return Columns(codes: codes, split: split.count == 3 ? split : [], name: name, combined: combined,
                       values: values.map { (key: $0.key, column: $0.value) }.sorted { $0.column < $1.column })
    }

    /// The row's code and name, wherever they are; an empty code when the row states none.
    private static func codeAndName(_ row: Int, columns: Columns, context: inout ExtractionContext) -> (code: String, name: String) {
        let region = context.region
        var code = ""
        var texts: [String] = []
        if !columns.split.isEmpty {
            code = zip(columns.split, [3, 2, 2]).map { column, width in
                region.text(row, column).flatMap(LabelText.code).map { String(repeating: "0", count: max(0, width - $0.count)) + $0 } ?? ""
            }.joined()
            columns.split.forEach { context.use(row, $0) }
        }
        for column in columns.codes + [columns.combined, columns.name].compactMap({ $0 }) {
            guard let text = region.text(row, column) else { continue }
            context.use(row, column)
            if code.isEmpty, columns.codes.contains(column), let stated = LabelText.code(text) {
                code = stated
            } else {
                texts.append(text)
            }
        }
        if code.isEmpty, let (stated, name) = texts.lazy.compactMap(LabelText.splitCodeAndName).first {
            return (stated, name)
        }
        let name = texts.last { LabelText.code($0) == nil } ?? ""
        return (code, LabelText.trimmingWhitespace(name))
    }

    /// The stated 合计: the one total row, or of several the one that equals the sum of the
    /// 类 rows in most columns; the others are reported and not imported.
    private static func total(from rows: [Int], table: CodedTable, columns: Columns, context: inout ExtractionContext) -> [String: Amount] {
        guard !rows.isEmpty else { return [:] }
        var chosen = rows[0]
        if rows.count > 1 {
            let classSums = Dictionary(uniqueKeysWithValues: columns.values.map(\.key).map { key in
                (key, table.rows.filter { $0.level == .category }.reduce(Amount.zero) { $0 + ($1.values[key] ?? .zero) })
            })
            func agreement(_ row: Int) -> Int {
                columns.values.filter { key, column in (context.peek(row, column) ?? .zero) == classSums[key] }.count
            }
            chosen = rows.max { agreement($0) < agreement($1) } ?? rows[0]
            for row in rows where row != chosen {
                columns.values.forEach { context.use(row, $0.column) }
                context.report(Finding(
                    rule: "import.duplicate-total", severity: .error,
                    message: "“\(context.title)”有多个合计行：采用 \(context.sheet) 第 \(chosen + 1) 行（与各类之和相符的列最多），第 \(row + 1) 行的数字未导入，请核对",
                    cells: [chosen, row].map { context.source($0, context.region.labels($0).first?.column ?? context.region.anchor.column) }))
            }
        }
        var values: [String: Amount] = [:]
        for (key, column) in columns.values {
            if let amount = context.place(FigureKey(table: context.region.kind, row: "total", column: key), row: chosen, column: column, slot: "合计") {
                values[key] = amount
            }
        }
        return values
    }

    /// A data row: a code (alone, split or with its name) or a 合计 label, and an amount.
    /// A row with an amount, or a formula saved without its result, beside a 合计 label or a code.
    private static func isDataRow(_ region: TableRegion, _ row: Int) -> Bool {
        let labels = region.labels(row)
        let hasAmount = labels.contains { if case .amount = CellAmount.read(text: $0.label) { return true } else { return false } }
        let hasFormula = !region.grid.formulas.isEmpty && region.columns.contains { region.grid.formulas[CellReference(row: row, column: $0)] != nil }
        guard hasAmount || hasFormula else { return false }
        return labels.contains { label in
            totalLabels.contains(label.label) || [3, 5, 7].contains(LabelText.code(label.label)?.utf8.count ?? 0)
                || LabelText.splitCodeAndName(label.label) != nil
        }
    }
}
