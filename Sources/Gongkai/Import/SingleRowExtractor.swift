import XLSX

/// Extracts the one-row 三公经费 table from its region, mapping each column by its header path.
enum SingleRowExtractor {
    static func extract(_ context: inout ExtractionContext, known: KnownLabels) -> SingleRowTable {
        let region = context.region
        guard let header = HeaderLayout(region: region, isData: { row in
            let labels = region.labels(row)
            return labels.count >= 2 && labels.allSatisfy { if case .amount = CellAmount.read(text: $0.label) { return true } else { return false } }
        }) else { return SingleRowTable() }
        let values = known.columns(of: region.kind, paths: header.paths)
        context.dataStart = header.dataStart
        var table = SingleRowTable()
        for (key, column) in values.sorted(by: { $0.value < $1.value }) {
            if let amount = context.place(FigureKey(table: region.kind, row: "values", column: key), row: header.dataStart, column: column) {
                table.values[key] = amount
            }
        }
        context.endRow = header.dataStart + 1
        return table
    }
}
