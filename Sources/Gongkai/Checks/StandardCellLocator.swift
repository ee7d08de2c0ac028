import XLSX

/// Where a figure sits in the standard workbook Gongkai writes for a profile, so every
/// finding can point at the published cell as well as at the submission's.
///
/// Cells are worked out from the table geometry when asked for: a check asks for the cells
/// of its findings' figures only, a small part of all the figures.
public struct StandardCellLocator: Sendable {
    /// Each table kind's placement, by ordinal; nil when the profile has no such table.
    private let placements: [Placement?]

    /// The cells of `accounts` laid out in `profile`.
    public init(accounts: FinalAccounts, profile: Profile) {
        var placements = [Placement?](repeating: nil, count: TableKind.allCases.count)
        for template in profile.tables where placements[template.kind.ordinal] == nil {
            placements[template.kind.ordinal] = Placement(template, codes: template.layout == .coded ? accounts[coded: template.kind].rows.map(\.code) : [])
        }
        self.placements = placements
    }

    /// The figure shown at `cell` of the standard workbook, if any.
    public func key(at cell: SourceCell) -> FigureKey? {
        guard cell.place == .standard, let reference = CellReference(cell.cell) else { return nil }
        for case let placement? in placements where placement.sheet == cell.sheet {
            if let (row, column) = placement.figure(at: reference) { return FigureKey(table: placement.kind, row: row, column: column) }
        }
        return nil
    }

    /// The standard workbook's cell of `key`, if the profile shows it.
    public func cell(_ key: FigureKey) -> SourceCell? {
        guard let placement = placements[key.table.ordinal], let reference = placement.reference(row: key.row, column: key.column) else { return nil }
        return SourceCell(sheet: placement.sheet, cell: reference.description, place: .standard)
    }
}

/// Where one table's figures sit on its standard sheet: its first data row (from the table
/// geometry) and what its layout puts in each row and value column.
private struct Placement: Sendable {
    let kind: TableKind
    let sheet: String
    let dataRow: Int
    let layout: Layout

    enum Layout: Sendable {
        /// Each side's line numbers, top to bottom, and value columns.
        case lines([(lines: [Int], values: [ValueColumn])])
        /// The coded rows' codes in order, the value columns, and whether 合计 comes first.
        case coded(codes: [String], values: [ValueColumn], totalFirst: Bool)
        /// Each group's codes and amount column; the row and columns of the two totals.
        case economic(groups: [(codes: [String], column: Int)], totalRow: Int, personnel: Int, public: Int)
        case singleRow([ValueColumn])
    }

    init(_ template: TableTemplate, codes: [String]) {
        kind = template.kind
        sheet = template.sheetName
        dataRow = TableGeometry(template, dataRowCount: template.dataRowCount(codedRows: codes.count)).dataRow
        switch template.layout {
        case .lines:
            layout = .lines((template.lines?.sides ?? []).map { side in (side.lines.map(\.line), side.valueColumns) })
        case .coded:
            layout = .coded(codes: codes, values: template.coded?.valueColumns ?? [], totalFirst: template.coded?.totalPosition != "last")
        case .economic:
            let groups = template.economic?.groups ?? []
            layout = .economic(groups: groups.map { ($0.codes.map(\.code), $0.valueColumn) }, totalRow: groups.map(\.codes.count).max() ?? 0,
                               personnel: template.economic?.personnelTotal.valueColumn ?? -1, public: template.economic?.publicTotal.valueColumn ?? -1)
        case .singleRow:
            layout = .singleRow(template.singleRow?.valueColumns ?? [])
        }
    }

    /// The cell of the figure in `row` (a line number, code, `total` …) and `column` (a column key).
    func reference(row: String, column: String) -> CellReference? {
        func at(_ index: Int, _ sheetColumn: Int) -> CellReference { CellReference(row: dataRow + index, column: sheetColumn) }
        switch layout {
        case .lines(let sides):
            guard let line = Int(row) else { return nil }
            for side in sides.reversed() {
                if let index = side.lines.lastIndex(of: line), let value = side.values.last(where: { $0.key.rawValue == column }) { return at(index, value.column) }
            }
            return nil
        case .coded(let codes, let values, let totalFirst):
            guard let value = values.last(where: { $0.key.rawValue == column }) else { return nil }
            if row == "total" { return at(totalFirst ? 0 : codes.count, value.column) }
            return codes.lastIndex(of: row).map { at(totalFirst ? $0 + 1 : $0, value.column) }
        case .economic(let groups, let totalRow, let personnel, let publicColumn):
            guard column == ColumnKey.amount.rawValue else { return nil }
            switch row {
            case "personnel_total": return at(totalRow, personnel)
            case "public_total": return at(totalRow, publicColumn)
            default:
                for group in groups.reversed() {
                    if let index = group.codes.lastIndex(of: row) { return at(index, group.column) }
                }
                return nil
            }
        case .singleRow(let values):
            return values.last { $0.key.rawValue == column }.map { at(0, $0.column) }
        }
    }

    /// The row and column keys of the figure at `reference`, if one is shown there.
    func figure(at reference: CellReference) -> (row: String, column: String)? {
        let index = reference.row - dataRow
        guard index >= 0 else { return nil }
        switch layout {
        case .lines(let sides):
            for side in sides.reversed() where index < side.lines.count {
                if let value = side.values.last(where: { $0.column == reference.column }) { return (String(side.lines[index]), value.key.rawValue) }
            }
            return nil
        case .coded(let codes, let values, let totalFirst):
            guard let value = values.last(where: { $0.column == reference.column }) else { return nil }
            if index == (totalFirst ? 0 : codes.count) { return ("total", value.key.rawValue) }
            let position = totalFirst ? index - 1 : index
            return codes.indices.contains(position) ? (codes[position], value.key.rawValue) : nil
        case .economic(let groups, let totalRow, let personnel, let publicColumn):
            let amount = ColumnKey.amount.rawValue
            if index == totalRow {
                if reference.column == publicColumn { return ("public_total", amount) }
                if reference.column == personnel { return ("personnel_total", amount) }
            }
            for group in groups.reversed() where group.column == reference.column && index < group.codes.count { return (group.codes[index], amount) }
            return nil
        case .singleRow(let values):
            guard index == 0 else { return nil }
            return values.last { $0.column == reference.column }.map { ("values", $0.key.rawValue) }
        }
    }
}
