/// The body of a one-row table (公开09 三公经费): its values.
enum SingleRowBody {
    static func write(_ template: TableTemplate, geometry: TableGeometry, cells: inout BodyCells) throws {
        guard let layout = template.singleRow else { return }
        let table = cells.accounts?.threePublicExpenses
        for value in layout.valueColumns {
            try cells.amount(table?.values[value.key.rawValue], row: geometry.dataRow, column: value.column)
        }
    }
}
