import XLSX

/// Where a figure sits in the standard workbook Gongkai writes for a profile, so every
/// finding can point at the published cell as well as at the submission's.
public struct StandardCellLocator: Sendable {
    private let positions: [FigureKey: CellReference]
    private let sheets: [TableKind: String]

    /// The cells of `accounts` laid out in `profile`.
    public init(accounts: FinalAccounts, profile: Profile) {
        var positions: [FigureKey: CellReference] = [:]
        var sheets: [TableKind: String] = [:]
        for template in profile.tables {
            sheets[template.kind] = template.sheetName
            let rows = template.layout == .coded ? accounts[coded: template.kind].rows : []
            let geometry = TableGeometry(template, dataRowCount: template.dataRowCount(codedRows: rows.count))
            func put(_ row: String, _ column: String, _ cellRow: Int, _ cellColumn: Int) {
                positions[FigureKey(table: template.kind, row: row, column: column)] = CellReference(row: cellRow, column: cellColumn)
            }
            switch template.layout {
            case .lines:
                for side in template.lines?.sides ?? [] {
                    for (index, entry) in side.lines.enumerated() {
                        for value in side.valueColumns { put(String(entry.line), value.key.rawValue, geometry.dataRow + index, value.column) }
                    }
                }
            case .coded:
                guard let layout = template.coded else { continue }
                let totalFirst = layout.totalPosition != "last"
                let totalRow = totalFirst ? geometry.dataRow : geometry.dataRow + rows.count
                let first = totalFirst ? geometry.dataRow + 1 : geometry.dataRow
                for value in layout.valueColumns {
                    put("total", value.key.rawValue, totalRow, value.column)
                    for (index, row) in rows.enumerated() { put(row.code, value.key.rawValue, first + index, value.column) }
                }
            case .economic:
                guard let layout = template.economic else { continue }
                for group in layout.groups {
                    for (index, code) in group.codes.enumerated() { put(code.code, "amount", geometry.dataRow + index, group.valueColumn) }
                }
                let last = geometry.dataRow + (layout.groups.map(\.codes.count).max() ?? 0)
                put("personnel_total", "amount", last, layout.personnelTotal.valueColumn)
                put("public_total", "amount", last, layout.publicTotal.valueColumn)
            case .singleRow:
                for value in template.singleRow?.valueColumns ?? [] { put("values", value.key.rawValue, geometry.dataRow, value.column) }
            }
        }
        self.positions = positions
        self.sheets = sheets
    }

    /// The figure shown at `cell` of the standard workbook, if any.
    public func key(at cell: SourceCell) -> FigureKey? {
        guard cell.place == .standard, let reference = CellReference(cell.cell) else { return nil }
        return positions.first { $0.value == reference && sheets[$0.key.table] == cell.sheet }?.key
    }

    /// The standard workbook's cell of `key`, if the profile shows it.
    public func cell(_ key: FigureKey) -> SourceCell? {
        guard let reference = positions[key], let sheet = sheets[key.table] else { return nil }
        return SourceCell(sheet: sheet, cell: reference.description, place: .standard)
    }
}
