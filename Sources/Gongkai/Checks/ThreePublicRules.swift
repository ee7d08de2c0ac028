/// Rules within the 三公经费 table, for 预算数 and 决算数 alike.
enum ThreePublicRules {
    static func check(_ context: inout CheckContext) {
        let n = context.number(.threePublicExpenses)
        for (half, name) in [("budget_", "预算数"), ("final_", "决算数")] {
            context.identity(RuleInfo(id: context.ruleID(.threePublicExpenses, "1"), description: "\(n)\(name)：合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和"),
                             context.three(half + "total"), ["abroad", "cars", "reception"].map { context.three(half + $0) })
            context.identity(RuleInfo(id: context.ruleID(.threePublicExpenses, "2"), description: "\(n)\(name)：公务用车购置及运行维护费应等于购置费加运行维护费"),
                             context.three(half + "cars"), ["car_purchase", "car_operation"].map { context.three(half + $0) })
            let items = ["total", "abroad", "cars", "car_purchase", "car_operation", "reception"].map { context.three(half + $0) }
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
