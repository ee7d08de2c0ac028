/// Rules on subject codes and names: malformed codes and orphans are errors, a known code
/// under another name or an unknown code is a notice (the code decides).
enum CodeRules {
    static func check(_ context: inout CheckContext, lists: CodeLists) {
        for kind in TableKind.coded {
            let table = context.accounts[coded: kind]
            let codes = Set(table.rows.map(\.code))
            let n = context.number(kind)
            for row in table.rows {
                let cells = context.locate(FigureKey(table: kind, row: row.code, column: "total"))
                guard row.level != nil else {
                    context.report(RuleInfo(id: "C1", description: ""), .error,
                                   "\(n)科目代码“\(row.code)”（\(row.name)）不是 3、5 或 7 位数字", cells)
                    continue
                }
                if row.code.count >= 5, !codes.contains(String(row.code.prefix(3))) {
                    context.report(RuleInfo(id: "C2", description: ""), .error, "\(n)科目 \(row.code) \(row.name) 缺少所属的类 \(row.code.prefix(3))", cells)
                }
                if row.code.count == 7, !codes.contains(String(row.code.prefix(5))) {
                    context.report(RuleInfo(id: "C2", description: ""), .error, "\(n)科目 \(row.code) \(row.name) 缺少所属的款 \(row.code.prefix(5))", cells)
                }
                name(&context, code: row.code, stated: row.name, official: lists.functional, table: n, cells: cells)
            }
        }
        let n = context.number(.generalBudgetBasic)
        for row in context.accounts.generalBudgetBasic.rows {
            let cells = context.locate(FigureKey(table: .generalBudgetBasic, row: row.code, column: "amount"))
            guard (row.code.count == 3 || row.code.count == 5), row.code.allSatisfy(\.isASCIIDigitCharacter) else {
                context.report(RuleInfo(id: "C1", description: ""), .error, "\(n)经济科目代码“\(row.code)”不是 3 或 5 位数字", cells)
                continue
            }
            name(&context, code: row.code, stated: row.name, official: lists.economic, table: n, cells: cells)
        }
    }

    /// A name without spaces and without a trailing 支出 (30399 is published both ways).
    private static func comparable(_ name: String) -> String {
        let normalised = LabelText.normalise(name)
        return normalised.hasSuffix("支出") && normalised.count > 4 ? String(normalised.dropLast(2)) : normalised
    }

    private static func name(_ context: inout CheckContext, code: String, stated: String, official: [String: String], table: String, cells: [SourceCell]) {
        guard let name = official[code] else {
            context.report(RuleInfo(id: "C4", description: ""), .notice, "\(table)科目代码 \(code)（\(stated)）不在参考科目表中，请核对", cells)
            return
        }
        if !stated.isEmpty, comparable(stated) != comparable(name) {
            context.report(RuleInfo(id: "C3", description: ""), .notice,
                           "\(table)科目 \(code) 的名称为“\(stated)”，规范名称为“\(name)”（以代码为准）", cells)
        }
    }
}
