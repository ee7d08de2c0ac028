/// Rules within the 三公经费 table, for 预算数 and 决算数 alike.
enum ThreePublicRules {
    static func check(_ context: inout CheckContext) {
        let n = context.number(.threePublicExpenses)
        let halves: [(String, [ColumnKey])] = [
            ("预算数", [.budgetTotal, .budgetAbroad, .budgetCars, .budgetCarPurchase, .budgetCarOperation, .budgetReception]),
            ("决算数", [.finalTotal, .finalAbroad, .finalCars, .finalCarPurchase, .finalCarOperation, .finalReception]),
        ]
        for (name, keys) in halves {
            let items = keys.map { context.three($0) }
            context.identity(RuleInfo(id: context.ruleID(.threePublicExpenses, "1"), description: "\(n)\(name)：合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和"),
                             items[0], [items[1], items[2], items[5]])
            context.identity(RuleInfo(id: context.ruleID(.threePublicExpenses, "2"), description: "\(n)\(name)：公务用车购置及运行维护费应等于购置费加运行维护费"),
                             items[2], [items[3], items[4]])
            for item in items where item.value < .zero {
                context.report(RuleInfo(id: context.ruleID(.threePublicExpenses, "3"), description: ""), .error,
                               "\(n)\(name)：\(item.label) 为负数 \(item.value.published)，三公经费不应为负", context.locate(item.key), item.value)
            }
            if items[0].value.isZero, let nonZero = items.dropFirst().first(where: { !$0.value.isZero }) {
                context.report(RuleInfo(id: context.ruleID(.threePublicExpenses, "3"), description: ""), .error,
                               "\(n)\(name)：合计为 0，但\(nonZero.label) 为 \(nonZero.value.published)", context.locate(nonZero.key), nonZero.value)
            }
        }
    }
}
