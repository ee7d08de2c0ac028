/// The words a clerk reads for a rule identifier: `04-2` is 表内勾稽, `import.unit-mismatch` is
/// 金额单位疑似有误.
enum RuleNames {
    static func chinese(_ rule: String) -> String {
        if let name = named[rule] { return name }
        if rule.hasPrefix("X") { return "表间勾稽" }
        if rule.hasPrefix("S") { return "合理性提示" }
        if rule.hasSuffix("-row") { return "表内行关系" }
        if rule.hasSuffix("-tree") { return "科目层级合计" }
        if rule.hasSuffix("-balance") { return "结转结余关系" }
        if rule.first?.isNumber ?? false { return "表内勾稽" }
        return rule
    }

    private static let named: [String: String] = [
        "C1": "科目代码格式", "C2": "科目层级缺失", "C3": "科目名称与规范名称不同", "C4": "科目代码不在科目表中",
        "missing-table": "缺少公开表", "repair-hint": "疑似录入错误",
        "import.amount-rounded": "金额小数位过多", "import.amount-out-of-range": "金额超出范围",
        "import.duplicate-total": "多个合计行", "import.duplicate-table": "同一张表出现两次", "import.duplicate-figure": "同一位置两个数字",
        "import.unit-given": "按指定单位读取", "import.unit-assumed": "未注明金额单位", "import.unit-mismatch": "金额单位疑似有误",
        "import.unplaced-figure": "数字无法对应", "import.figures-outside-tables": "表外数字",
        "import.department-disagrees": "单位名称不一致", "import.department-from-file-name": "单位名称取自文件名",
        "import.year-disagrees": "年度不一致", "import.year-from-file-name": "年度取自文件名", "import.year-assumed": "年度未注明",
        "import.hidden-sheet-ignored": "隐藏工作表", "import.formula-without-result": "公式没有计算结果",
        "import.formula-computed": "公式按算式计算", "import.no-figures": "没有填写数字", "import.unreadable-amount": "金额无法识别",
    ]
}
