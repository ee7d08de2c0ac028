/// Row identities and the 合计 / 类 / 款 / 项 hierarchy of every functional-code table.
///
/// Each identity is first tried on the table's ``CodedFigures``; only one that fails is built
/// into terms and judged (and reported) by the context. A table the submission left out goes
/// straight to the context, which reports it once per rule.
enum CodedRules {
    static func check(_ context: inout CheckContext) {
        for kind in TableKind.coded {
            guard let template = context.profile.template(kind), let layout = template.coded else { continue }
            let keys = layout.valueColumns.map(\.key)
            let table = context.accounts[coded: kind]
            let figures = context.accounts.missingTables.contains(kind) ? nil : CodedFigures(table, columns: keys)
            let identities = rowIdentities(context, kind: kind, keys: keys)
            for row in [nil] + table.rows.indices.map(Optional.some) {
                for identity in identities {
                    if let figures, identity.holds(figures, row: row) { continue }
                    let code = row.map { table.rows[$0].code }
                    let snapshot = context
                    let term = { (key: ColumnKey) in snapshot.coded(kind, row: code, column: key) }
                    context.identity(RuleInfo(id: identity.id, description: "\(snapshot.number(kind))\(code.map { "科目 \($0)" } ?? "合计")：\(identity.says)"),
                                     term(identity.left), identity.addends.map { $0.sign < 0 ? term($0.key).negated : term($0.key) })
                }
            }
            let tree = Tree(table)
            let treeID = context.ruleID(kind, "tree")
            for key in keys {
                hierarchy(&context, kind: kind, table: table, tree: tree, figures: figures, key: key, id: treeID)
            }
        }
    }

    /// `left = Σ addends` across the columns of one row.
    private struct RowIdentity {
        let id: String
        let left: ColumnKey
        let addends: [(key: ColumnKey, sign: Int)]
        /// What the identity says, after the table and row.
        let says: String

        func holds(_ figures: CodedFigures, row: Int?) -> Bool {
            var sum = CodedFigures.Sum()
            for addend in addends { sum.add(figures.value(row, addend.key), sign: addend.sign) }
            return sum.matches(figures.value(row, left))
        }
    }

    private static func rowIdentities(_ context: CheckContext, kind: TableKind, keys: [ColumnKey]) -> [RowIdentity] {
        let row = context.ruleID(kind, "row")
        if keys.contains(.closingBalance) {
            return [
                RowIdentity(id: row, left: .total, addends: [(.basic, 1), (.project, 1)], says: "本年支出小计应等于基本支出加项目支出"),
                RowIdentity(id: context.ruleID(kind, "balance"), left: .closingBalance, addends: [(.openingBalance, 1), (.income, 1), (.total, -1)],
                            says: "年末结转和结余应等于年初结转和结余加本年收入减本年支出"),
            ]
        }
        guard let first = keys.first else { return [] }
        return [RowIdentity(id: row, left: first, addends: keys.dropFirst().map { ($0, 1) },
                            says: "\(context.columnLabel(kind, first))应等于其后各列之和")]
    }

    /// The 类 rows, and each 类 or 款 with the rows right below it, by row position: one tree
    /// per table, checked in every column.
    private struct Tree {
        var classes: [Int] = []
        var families: [(parent: Int, children: [Int])] = []

        init(_ table: CodedTable) {
            classes = table.rows.indices.filter { table.rows[$0].level == .category }
            var children: [String: [Int]] = [:]
            for (position, row) in table.rows.enumerated() where row.level == .section || row.level == .item {
                children[String(row.code.utf8.prefix(row.code.utf8.count - 2)) ?? "", default: []].append(position)
            }
            for (position, parent) in table.rows.enumerated() where parent.level == .category || parent.level == .section {
                guard let below = children[parent.code], !below.isEmpty else { continue }
                families.append((position, below))
            }
        }
    }

    private static func hierarchy(_ context: inout CheckContext, kind: TableKind, table: CodedTable, tree: Tree, figures: CodedFigures?,
                                  key: ColumnKey, id: String) {
        func holds(_ parent: Int?, _ children: [Int]) -> Bool {
            guard let figures else { return false }
            var sum = CodedFigures.Sum()
            for child in children { sum.add(figures.value(child, key)) }
            return sum.matches(figures.value(parent, key))
        }
        let n = context.number(kind)
        let snapshot = context
        let label = { snapshot.columnLabel(kind, key) }
        let term = { (row: Int?) in snapshot.coded(kind, row: row.map { table.rows[$0].code }, column: key) }
        if (!table.total.isEmpty || !tree.classes.isEmpty) && !holds(nil, tree.classes) {
            context.identity(RuleInfo(id: id, description: "\(n)合计应等于各类之和（\(label())）"), term(nil), tree.classes.map(term))
        }
        for (parent, children) in tree.families where !holds(parent, children) {
            let row = table.rows[parent]
            let level = row.level == .category ? "类应等于其下各款" : "款应等于其下各项"
            context.identity(RuleInfo(id: id, description: "\(n)\(row.code) \(row.name)：\(level)之和（\(label())）"), term(parent), children.map(term))
        }
    }
}
