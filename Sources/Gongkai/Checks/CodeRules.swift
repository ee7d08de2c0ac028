import XLSX

/// Rules on subject codes and names: malformed codes and orphans are errors, a known code
/// under another name is a notice (the code decides), a code missing from the year's list is a
/// warning when the list is complete and a notice otherwise.
enum CodeRules {
    static func check(_ context: inout CheckContext, lists: CodeLists) {
        let locate = context.locate
        for kind in TableKind.coded {
            let table = context.accounts[coded: kind]
            let codes = Set(table.rows.map(\.code))
            let n = context.number(kind)
            for row in table.rows {
                let cells = { locate(FigureKey(table: kind, row: row.code, column: ColumnKey.total.rawValue)) }
                guard row.level != nil else {
                    context.report(RuleInfo(id: "C1", description: ""), .error,
                                   "\(n)科目代码“\(Quoted.text(row.code))”（\(Quoted.text(row.name))）不是 3、5 或 7 位数字", cells())
                    continue
                }
                if row.code.utf8.count >= 5, !codes.contains(String(row.code.prefix(3))) {
                    context.report(RuleInfo(id: "C2", description: ""), .error, "\(n)科目 \(row.code) \(Quoted.text(row.name)) 缺少所属的类 \(row.code.prefix(3))", cells())
                }
                if row.code.utf8.count == 7, !codes.contains(String(row.code.prefix(5))) {
                    context.report(RuleInfo(id: "C2", description: ""), .error, "\(n)科目 \(row.code) \(Quoted.text(row.name)) 缺少所属的款 \(row.code.prefix(5))", cells())
                }
                name(&context, code: row.code, stated: row.name, official: lists.functional, table: n, cells: cells)
            }
        }
        let n = context.number(.generalBudgetBasic)
        for row in context.accounts.generalBudgetBasic.rows {
            let cells = { locate(FigureKey(table: .generalBudgetBasic, row: row.code, column: ColumnKey.amount.rawValue)) }
            guard row.code.utf8.count == 3 || row.code.utf8.count == 5, row.code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                context.report(RuleInfo(id: "C1", description: ""), .error, "\(n)经济科目代码“\(Quoted.text(row.code))”不是 3 或 5 位数字", cells())
                continue
            }
            name(&context, code: row.code, stated: row.name, official: lists.economic, table: n, cells: cells)
        }
    }

    private static func name(_ context: inout CheckContext, code: String, stated: String, official list: CodeList, table: String, cells: () -> [SourceCell]) {
        let year = context.accounts.year
        guard let name = list.name(of: code, in: year) else {
            if list.complete {
                context.report(RuleInfo(id: "C4", description: ""), .warning, "\(table)科目代码 \(code)（\(Quoted.text(stated))）不在 \(year) 年的科目表中，请核对代码", cells())
            } else {
                context.report(RuleInfo(id: "C4", description: ""), .notice, "\(table)科目代码 \(code)（\(Quoted.text(stated))）不在参考科目表中（该表不完整），请核对", cells())
            }
            return
        }
        if !stated.isEmpty, !CodeList.sameName(stated, name) {
            context.report(RuleInfo(id: "C3", description: ""), .notice,
                           "\(table)科目 \(code) 的名称为“\(Quoted.text(stated))”，规范名称为“\(name)”（以代码为准）", cells())
        }
    }
}
