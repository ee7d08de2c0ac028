import XLSX

/// Where a table's header ends and its data begin, and the header path of each column.
struct HeaderLayout {
    /// The first data row.
    let dataStart: Int
    /// The header path of each column in the region.
    let paths: [Int: [String]]
    /// The first row of the header (after the title and unit lines).
    let headerStart: Int

    /// The layout of `region` whose data start at the first row satisfying `isData`; nil when no row does.
    init?(region: TableRegion, isData: (Int) -> Bool) {
        guard let start = (region.anchor.row + 1..<region.rows.upperBound).first(where: { !region.isColumnNumberRow($0) && isData($0) }) else {
            return nil
        }
        dataStart = start
        headerStart = (region.anchor.row + 1..<start).first { row in
            let labels = region.labels(row)
            return !labels.isEmpty && !labels.allSatisfy { Self.isFrameLabel($0.label) }
        } ?? start
        let headerRows = (headerStart..<start).filter { !region.isColumnNumberRow($0) }
        var paths: [Int: [String]] = [:]
        if let first = headerRows.first, let last = headerRows.last {
            let computed = HeaderPaths.paths(grid: region.grid, rows: first..<(last + 1), columns: region.columns)
            for (offset, path) in computed.enumerated() { paths[region.columns.lowerBound + offset] = path }
        }
        self.paths = paths
    }

    /// Title-area text: the unit and department lines, the table number, a year line.
    static func isFrameLabel(_ label: String) -> Bool {
        LabelBytes.contains(label, "单位:") || LabelBytes.contains(label, "部门:")
            || LabelBytes.hasPrefix(label, "公开") && LabelBytes.hasSuffix(label, "表")
            || LabelBytes.hasSuffix(label, "年度") || LabelBytes.hasPrefix(label, "金额单位")
    }

    /// The columns whose path contains one of `labels`.
    func columns(labelled labels: LabelSet) -> [Int] {
        paths.filter { $0.value.contains(where: labels.contains) }.map(\.key).sorted()
    }
}
