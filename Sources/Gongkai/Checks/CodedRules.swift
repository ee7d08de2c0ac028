/// Row identities and the 合计 / 类 / 款 / 项 hierarchy of every functional-code table.
enum CodedRules {
    static func check(_ context: inout CheckContext) {
        for kind in TableKind.coded {
            guard let template = context.profile.template(kind), let layout = template.coded else { continue }
            let keys = layout.valueColumns.map(\.key)
            let table = context.accounts[coded: kind]
            let n = context.number(kind)
            let rows: [String?] = [nil] + table.rows.map(\.code)
            let ids = (row: context.ruleID(kind, "row"), balance: context.ruleID(kind, "balance"))
            for code in rows {
                rowIdentities(&context, kind: kind, code: code, keys: keys, ids: ids, number: n, rowLabel: code.map { "科目 \($0)" } ?? "合计")
            }
            let tree = Tree(table)
            let treeID = context.ruleID(kind, "tree")
            for key in keys {
                hierarchy(&context, kind: kind, table: table, tree: tree, key: key, id: treeID, number: n)
            }
        }
    }

    private static func rowIdentities(_ context: inout CheckContext, kind: TableKind, code: String?, keys: [ColumnKey], ids: (row: String, balance: String),
                                      number n: String, rowLabel: @escaping @autoclosure () -> String) {
        let snapshot = context
        let term = { (key: ColumnKey) in snapshot.coded(kind, row: code, column: key) }
        let label = { (key: ColumnKey) in snapshot.columnLabel(kind, key) }
        if keys.contains(.closingBalance) {
            context.identity(RuleInfo(id: ids.row, description: "\(n)\(rowLabel())：本年支出小计应等于基本支出加项目支出"),
                             term(.total), [term(.basic), term(.project)])
            context.identity(RuleInfo(id: ids.balance, description: "\(n)\(rowLabel())：年末结转和结余应等于年初结转和结余加本年收入减本年支出"),
                             term(.closingBalance), [term(.openingBalance), term(.income), term(.total).negated])
        } else if let first = keys.first {
            context.identity(RuleInfo(id: ids.row, description: "\(n)\(rowLabel())：\(label(first))应等于其后各列之和"),
                             term(first), keys.dropFirst().map(term))
        }
    }

    /// The 类 rows, and each 类 or 款 with the rows right below it: one tree per table, checked
    /// in every column.
    private struct Tree {
        var classes: [CodedRow] = []
        var families: [(parent: CodedRow, children: [CodedRow])] = []

        init(_ table: CodedTable) {
            classes = table.rows.filter { $0.level == .category }
            var children: [String: [CodedRow]] = [:]
            for row in table.rows where row.level == .section || row.level == .item {
                children[String(row.code.utf8.prefix(row.code.utf8.count - 2)) ?? "", default: []].append(row)
            }
            for parent in table.rows where parent.level == .category || parent.level == .section {
                guard let below = children[parent.code], !below.isEmpty else { continue }
                families.append((parent, below))
            }
        }
    }

    private static func hierarchy(_ context: inout CheckContext, kind: TableKind, table: CodedTable, tree: Tree, key: ColumnKey, id: String, number n: String) {
        let snapshot = context
        let label = { snapshot.columnLabel(kind, key) }
        if !table.total.isEmpty || !tree.classes.isEmpty {
            context.identity(RuleInfo(id: id, description: "\(n)合计应等于各类之和（\(label())）"),
                             context.coded(kind, row: nil, column: key), tree.classes.map { context.coded(kind, row: $0.code, column: key) })
        }
        for (parent, children) in tree.families {
            let level = parent.level == .category ? "类应等于其下各款" : "款应等于其下各项"
            context.identity(RuleInfo(id: id, description: "\(n)\(parent.code) \(parent.name)：\(level)之和（\(label())）"),
                             context.coded(kind, row: parent.code, column: key), children.map { context.coded(kind, row: $0.code, column: key) })
        }
    }
}
