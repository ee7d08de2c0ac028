import XLSX

/// Extracts a fixed-line table (收入支出决算总表, 财政拨款收入支出决算总表) from its region,
/// placing each line by its label (or its 行次 where the label is missing) on the line of
/// the output profile with the same meaning.
enum LinesExtractor {
    static func extract(_ context: inout ExtractionContext, known: KnownLabels, template: TableTemplate) -> LineTable {
        let region = context.region
        let labels = known.lineLabels[region.kind] ?? [:]
        let allLabels = Set(labels.values.flatMap(\.keys))
        let headerWords: Set<String> = ["项目", "栏次", "行次"]
        guard let header = HeaderLayout(region: region, isData: { row in
            let labels = region.labels(row)
            return labels.contains { allLabels.contains($0.label) } && !labels.contains { headerWords.contains($0.label) }
        }) else {
            return LineTable()
        }
        var labelColumns = header.columns(labelled: ["项目"])
        if labelColumns.isEmpty {
            labelColumns = Array(Set((header.dataStart..<region.rows.upperBound).flatMap { row in
                region.labels(row).filter { allLabels.contains($0.label) }.map(\.column)
            })).sorted()
        }
        let lineColumns = Set(header.columns(labelled: ["行次"]))
        let sides = template.lines?.sides ?? []
        let excluded = Set(labelColumns).union(lineColumns)
        var values = ColumnMatcher.match(paths: header.paths, candidates: known.columnPaths[region.kind] ?? [:], excluded: excluded)
        for (index, side) in sides.enumerated() where index < labelColumns.count {
            let keys = side.valueColumns.map { side.key + "." + $0.key }
            guard keys.contains(where: { values[$0] == nil }) else { continue }
            let end = index + 1 < labelColumns.count ? labelColumns[index + 1] : region.columns.upperBound
            let free = ((labelColumns[index] + 1)..<end).filter { !lineColumns.contains($0) && !values.values.contains($0) }
            for (key, column) in zip(keys, free) where values[key] == nil { values[key] = column }
        }
        context.dataStart = header.dataStart
        var table = LineTable()
        for row in header.dataStart..<region.rows.upperBound {
            if region.isNoteRow(row) {
                context.endRow = row
                break
            }
            if region.labels(row).contains(where: { headerWords.contains($0.label) }) {
                region.labels(row).forEach { context.use(row, $0.column) }
                continue
            }
            lineColumns.forEach { context.use(row, $0) }
            for (index, side) in sides.enumerated() where index < labelColumns.count {
                let column = labelColumns[index]
                context.use(row, column)
                let text = region.text(row, column) ?? ""
                let label = LabelText.withoutNumbering(text)
                let nextLabel = index + 1 < labelColumns.count ? labelColumns[index + 1] : region.columns.upperBound
                let stated = labels[side.key]?[LabelText.normalise(text)] ?? labels[side.key]?[label]
                    ?? lineNumber(region, row: row, columns: lineColumns.filter { $0 > column && $0 < nextLabel })
                        .flatMap { number in side.lines.first { $0.line == number && !$0.label.isEmpty } }
                guard let target = stated.flatMap(side.line(withMeaningOf:)) else { continue }
                for value in side.valueColumns {
                    guard let sheetColumn = values[side.key + "." + value.key] else { continue }
                    let key = FigureKey(table: region.kind, row: String(target.line), column: value.key)
                    if let amount = context.place(key, row: row, column: sheetColumn) {
                        table.lines[target.line, default: [:]][value.key] = amount
                    }
                }
            }
        }
        return table
    }

    /// The 行次 stated on the row, for a line whose label is not recognised.
    private static func lineNumber(_ region: TableRegion, row: Int, columns: [Int]) -> Int? {
        columns.lazy.compactMap { region.text(row, $0).flatMap { Int(LabelText.normalise($0)) } }.first
    }
}
