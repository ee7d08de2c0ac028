import Foundation
import XLSX

/// Extracts a fixed-line table (收入支出决算总表, 财政拨款收入支出决算总表) from its region,
/// placing each line by its label (or its 行次 where the label is missing) on the line of
/// the output profile with the same meaning.
///
/// A label that several lines share (一般公共预算财政拨款 as 本年收入 and again under
/// 年初财政拨款结转和结余) is decided by the 行次 printed on the row, else by position: the
/// first such line after the line placed above it on the same side.
enum LinesExtractor {
    static func extract(_ context: inout ExtractionContext, known: KnownLabels, targets: LineTargets, template: TableTemplate) -> LineTable {
        let region = context.region
        let sideTargets = targets.sides(of: region.kind)
        let allLabels = known.lineLabelSets[region.kind] ?? []
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
        let values = valueColumns(header, region: region, known: known, sides: sides, labelColumns: labelColumns, lineColumns: lineColumns)
        context.dataStart = header.dataStart
        // Each side's value columns as (column key, sheet column), resolved once for all rows.
        let placed = sides.map { side in
            side.valueColumns.compactMap { value in values[side.key.rawValue + "." + value.key.rawValue].map { (key: value.key.rawValue, column: $0) } }
        }
        // Each side's 行次 columns: between its label column and the next side's.
        let sideLineColumns = labelColumns.indices.map { index in
            let end = index + 1 < labelColumns.count ? labelColumns[index + 1] : region.columns.upperBound
            return lineColumns.filter { $0 > labelColumns[index] && $0 < end }.sorted()
        }
        var table = LineTable()
        var lastLine = [Int?](repeating: nil, count: sides.count)
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
                let stated = lineNumber(region, row: row, columns: sideLineColumns[index])
                let candidates = sideTargets[side.key]?[LabelKey(LabelText.withoutNumbering(text))]
                guard let target = choose(candidates ?? [], stated: stated, knownLabel: candidates != nil, after: lastLine[index],
                                          side: side, filled: table.lines) else { continue }
                lastLine[index] = target.line
                let line = String(target.line)
                for (key, sheetColumn) in placed[index] {
                    if let amount = context.place(FigureKey(table: region.kind, row: line, column: key), row: row, column: sheetColumn,
                                                  slot: LabelText.withoutNumbering(target.label)) {
                        table.lines[target.line, default: [:]][key] = amount
                    }
                }
            }
        }
        return table
    }

    private static let headerWords: LabelSet = ["项目", "栏次", "行次"]

    /// Side key + column key → sheet column: by header path, then the free columns after each
    /// side's label column in order.
    private static func valueColumns(_ header: HeaderLayout, region: TableRegion, known: KnownLabels, sides: [LineSide],
                                     labelColumns: [Int], lineColumns: Set<Int>) -> [String: Int] {
        let excluded = Set(labelColumns).union(lineColumns)
        var values = known.columns(of: region.kind, paths: header.paths, excluding: excluded)
        for (index, side) in sides.enumerated() where index < labelColumns.count {
            let keys = side.valueColumns.map { side.key.rawValue + "." + $0.key.rawValue }
            guard keys.contains(where: { values[$0] == nil }) else { continue }
            let end = index + 1 < labelColumns.count ? labelColumns[index + 1] : region.columns.upperBound
            let free = ((labelColumns[index] + 1)..<end).filter { !lineColumns.contains($0) && !values.values.contains($0) }
            for (key, column) in zip(keys, free) where values[key] == nil { values[key] = column }
        }
        return values
    }

    /// The line a row is: of the lines its label may mean, the one its 行次 names, else the first
    /// after the line above it, else the first not yet filled; by 行次 alone when the label is
    /// unknown. A label known from another profile with no line in this one places nothing: the
    /// 行次 printed beside it counts in the other profile's numbering.
    private static func choose(_ candidates: [LineEntry], stated: Int?, knownLabel: Bool, after previous: Int?, side: LineSide,
                               filled: [Int: [String: Amount]]) -> LineEntry? {
        var unique: [LineEntry] = []
        for candidate in candidates where !unique.contains(where: { $0.line == candidate.line }) { unique.append(candidate) }
        unique.sort { $0.line < $1.line }
        if let stated {
            if let match = unique.first(where: { $0.line == stated }) { return match }
            if unique.isEmpty, !knownLabel { return side.lines.first { $0.line == stated && !$0.label.isEmpty } }
        }
        guard unique.count > 1 else { return unique.first }
        if let previous, let next = unique.first(where: { $0.line > previous }) { return next }
        return unique.first { filled[$0.line] == nil } ?? unique.first
    }

    /// The 行次 stated on the row.
    private static func lineNumber(_ region: TableRegion, row: Int, columns: [Int]) -> Int? {
        columns.lazy.compactMap { region.text(row, $0).flatMap { Int(LabelText.normalise($0)) } }.first
    }
}
