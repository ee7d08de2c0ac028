import XLSX

/// Gives every coded row the official name of its code for the accounts' year, so that the
/// published tables follow the year's code list; a submitted name that differs is a notice.
enum OfficialNames {
    /// Renames the rows of `accounts` whose code the lists know; the findings name each change.
    static func apply(to accounts: inout FinalAccounts, profile: Profile, lists: CodeLists, sources: FigureSources) -> [Finding] {
        var findings: [Finding] = []
        let year = accounts.year
        func rename(_ kind: TableKind, code: String, stated: String, column: String, list: CodeList) -> String {
            guard let official = list.name(of: code, in: year) else { return stated }
            if !stated.isEmpty, !CodeList.sameName(stated, official) {
                let number = profile.template(kind).map { "公开\($0.number)表" } ?? ""
                findings.append(Finding(rule: "C3", severity: .notice,
                                        message: "\(number)科目 \(code) 的名称为“\(Quoted.text(stated))”，\(year) 年规范名称为“\(official)”，标准表采用规范名称",
                                        cells: sources[FigureKey(table: kind, row: code, column: column)].map { [$0] } ?? []))
            }
            return official
        }
        for kind in TableKind.coded {
            var table = accounts[coded: kind]
            for index in table.rows.indices {
                let row = table.rows[index]
                let column = row.values.keys.sorted().first ?? ColumnKey.total.rawValue
                table.rows[index].name = rename(kind, code: row.code, stated: row.name, column: column, list: lists.functional)
            }
            accounts[coded: kind] = table
        }
        for index in accounts.generalBudgetBasic.rows.indices {
            let row = accounts.generalBudgetBasic.rows[index]
            accounts.generalBudgetBasic.rows[index].name = rename(.generalBudgetBasic, code: row.code, stated: row.name,
                                                                  column: ColumnKey.amount.rawValue, list: lists.economic)
        }
        return findings
    }
}
