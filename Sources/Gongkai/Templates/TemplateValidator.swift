/// Checks that a template is internally consistent before it drives a reader or writer.
enum TemplateValidator {
    static func validate(_ template: TableTemplate, file: String) throws {
        func fail(_ detail: String) -> TemplateError { .invalid(file: file, detail: detail) }
        let width = template.width
        guard width > 0 else { throw fail("没有列宽") }
        for row in template.header where row.count != width {
            throw fail("表头行的列数 \(row.count) 与列宽数 \(width) 不一致")
        }
        if let numbers = template.columnNumbers, numbers.count != width {
            throw fail("栏次行的列数 \(numbers.count) 与列宽数 \(width) 不一致")
        }
        let columns: [Int]
        switch template.layout {
        case .lines:
            guard let layout = template.lines else { throw fail("缺少 lines 设置") }
            columns = layout.sides.flatMap { [$0.labelColumn] + ($0.lineColumn.map { [$0] } ?? []) + $0.valueColumns.map(\.column) }
        case .coded:
            guard let layout = template.coded else { throw fail("缺少 coded 设置") }
            guard layout.codeColumn != nil || layout.splitCodeColumns?.count == 3 else { throw fail("缺少科目代码列") }
            columns = [layout.nameColumn] + (layout.codeColumn.map { [$0] } ?? layout.splitCodeColumns ?? []) + layout.valueColumns.map(\.column)
        case .economic:
            guard let layout = template.economic else { throw fail("缺少 economic 设置") }
            columns = layout.groups.flatMap { [$0.codeColumn, $0.nameColumn, $0.valueColumn] }
        case .singleRow:
            guard let layout = template.singleRow else { throw fail("缺少 singleRow 设置") }
            columns = layout.valueColumns.map(\.column)
        }
        if let bad = columns.first(where: { $0 < 0 || $0 >= width }) {
            throw fail("列号 \(bad) 超出表格宽度 \(width)")
        }
    }
}
