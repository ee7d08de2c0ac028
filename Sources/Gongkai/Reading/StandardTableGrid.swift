import XLSX

/// One sheet of a standard workbook, read at its template's positions.
struct StandardTableGrid {
    let grid: SheetGrid
    let template: TableTemplate

    private var geometry: TableGeometry { TableGeometry(template, dataRowCount: 0) }

    /// Whether the sheet carries the note of a table that was not submitted.
    func saysNotSubmitted() -> Bool {
        grid.rows.contains { _, cells in cells.contains { $0.value.text?.hasPrefix(TableTemplate.notSubmittedMarker) ?? false } }
    }

    func department() -> String? {
        guard let text = grid.value(at: .init(row: geometry.unitRow, column: 0))?.text else { return nil }
        let label = [template.unitLabel, "编制单位：", "单位："].first { text.hasPrefix($0) }
        return label.map { String(text.dropFirst($0.count)) } ?? text
    }

    func lines() -> LineTable {
        var table = LineTable()
        for side in template.lines?.sides ?? [] {
            for (index, entry) in side.lines.enumerated() where entry.holdsValue {
                var values: [String: Amount] = [:]
                for column in side.valueColumns {
                    values[column.key.rawValue] = amount(row: geometry.dataRow + index, column: column.column)
                }
                if !values.isEmpty { table.lines[entry.line] = values }
            }
        }
        return table
    }

    func coded() -> CodedTable {
        guard let layout = template.coded else { return CodedTable() }
        var table = CodedTable()
        let codeColumns = layout.codeColumn.map { [$0] } ?? layout.splitCodeColumns ?? []
        let tableColumns = codeColumns + [layout.nameColumn] + layout.valueColumns.map(\.column)
        var row = geometry.dataRow
        while row < grid.rowExtent, !isNote(row: row),
              tableColumns.contains(where: { grid.value(at: .init(row: row, column: $0)) != nil }) {
            let name = text(row: row, column: layout.nameColumn) ?? ""
            let values = Dictionary(uniqueKeysWithValues: layout.valueColumns.compactMap { column in
                amount(row: row, column: column.column).map { (column.key.rawValue, $0) }
            })
            let code = layout.codeColumn.map { text(row: row, column: $0) ?? "" }
                ?? SplitCode.join((layout.splitCodeColumns ?? []).map { text(row: row, column: $0) ?? "" })
            if code.isEmpty && name == layout.totalLabel {
                table.total = values
            } else {
                table.rows.append(CodedRow(code: code, name: name, values: values))
            }
            row += 1
        }
        return table
    }

    func economic() -> EconomicTable {
        guard let layout = template.economic else { return EconomicTable() }
        var table = EconomicTable()
        let listed = layout.groups.map(\.codes.count).max() ?? 0
        for group in layout.groups {
            for index in 0..<listed {
                let row = geometry.dataRow + index
                guard let code = text(row: row, column: group.codeColumn), let value = amount(row: row, column: group.valueColumn) else { continue }
                table.rows.append(EconomicRow(code: code, name: text(row: row, column: group.nameColumn) ?? "", amount: value))
            }
        }
        let totalRow = geometry.dataRow + listed
        table.personnelTotal = amount(row: totalRow, column: layout.personnelTotal.valueColumn)
        table.publicTotal = amount(row: totalRow, column: layout.publicTotal.valueColumn)
        return table
    }

    func singleRow() -> SingleRowTable {
        var table = SingleRowTable()
        for column in template.singleRow?.valueColumns ?? [] {
            table.values[column.key.rawValue] = amount(row: geometry.dataRow, column: column.column)
        }
        return table
    }

    private func text(row: Int, column: Int) -> String? {
        switch grid.value(at: .init(row: row, column: column)) {
        case .text(let text): return text
        case .number(let number): return NumberText.shortest(number)
        default: return nil
        }
    }

    private func amount(row: Int, column: Int) -> Amount? {
        grid.value(at: .init(row: row, column: column))?.number.flatMap { Amount($0) }
    }

    private func isNote(row: Int) -> Bool {
        guard let first = grid.value(at: .init(row: row, column: 0))?.text else { return false }
        return first.hasPrefix("注") || first.hasPrefix("说明")
    }
}
