/// The body of the economic-code table (公开06): column groups of code, name and amount,
/// then 人员经费合计 and 公用经费合计 on the last row.
enum EconomicBody {
    static func write(_ template: TableTemplate, geometry: TableGeometry, cells: inout BodyCells) throws {
        guard let layout = template.economic else { return }
        let table = cells.accounts?.generalBudgetBasic
        let listed = geometry.dataRowCount - 1
        for group in layout.groups {
            for index in 0..<listed {
                let row = geometry.dataRow + index
                guard index < group.codes.count else {
                    for column in [group.codeColumn, group.nameColumn, group.valueColumn] { try cells.blank(row: row, column: column) }
                    continue
                }
                let standard = group.codes[index]
                let stated = table?.rows.first { $0.code == standard.code }
                try cells.code(standard.code, row: row, column: group.codeColumn)
                try cells.label(stated?.name ?? standard.name, row: row, column: group.nameColumn)
                try cells.amount(stated?.amount, row: row, column: group.valueColumn)
            }
        }
        let totalRow = geometry.dataRow + listed
        let totalColumns = Set([layout.personnelTotal.labelColumn, layout.personnelTotal.valueColumn,
                                layout.publicTotal.labelColumn, layout.publicTotal.valueColumn])
        for column in 0..<template.width where !totalColumns.contains(column) {
            try cells.blank(row: totalRow, column: column)
        }
        try cells.label(layout.personnelTotal.label, row: totalRow, column: layout.personnelTotal.labelColumn, centered: true)
        try cells.amount(table?.personnelTotal, row: totalRow, column: layout.personnelTotal.valueColumn)
        try cells.label(layout.publicTotal.label, row: totalRow, column: layout.publicTotal.labelColumn, centered: true)
        try cells.amount(table?.publicTotal, row: totalRow, column: layout.publicTotal.valueColumn)
    }
}
