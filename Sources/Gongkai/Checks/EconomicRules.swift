/// Rules within 公开06表: each class is the sum of its items, and the two stated totals.
enum EconomicRules {
    static let personnelClasses = ["301", "303"]
    static let publicClasses = ["302", "307", "310", "399"]

    static func check(_ context: inout CheckContext) {
        let table = context.accounts.generalBudgetBasic
        let n = context.number(.generalBudgetBasic)
        for parent in table.rows where parent.code.count == 3 {
            let items = table.rows.filter { $0.code.count == 5 && $0.code.hasPrefix(parent.code) }
            guard !items.isEmpty else { continue }
            context.identity(RuleInfo(id: "06-1", description: "\(n)\(parent.code) \(parent.name)应等于其下各款之和"),
                             context.economic(parent.code), items.map { context.economic($0.code) })
        }
        let listed = Set(table.rows.map(\.code))
        if table.personnelTotal != nil {
            context.identity(RuleInfo(id: "06-2", description: "\(n)人员经费合计应等于 301 工资福利支出加 303 对个人和家庭的补助"),
                             context.economicTotal(personnel: true), personnelClasses.filter(listed.contains).map(context.economic))
        }
        if table.publicTotal != nil {
            context.identity(RuleInfo(id: "06-3", description: "\(n)公用经费合计应等于 302、307、310、399 之和"),
                             context.economicTotal(personnel: false), publicClasses.filter(listed.contains).map(context.economic))
        }
    }
}
