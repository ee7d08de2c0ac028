import XLSX

/// The words a person reads for a figure of a profile's tables: the table's number, the row's
/// label (line label, code and name, 合计) and the column's header path, e.g.
/// `公开05表` · `2010350 事业运行` · `本年支出·小计`.
public struct FigureLabels: Sendable {
    private let numbers: [TableKind: String]
    private let columns: [TableKind: [String: String]]
    private let lines: [TableKind: [Int: (side: String, label: String)]]

    /// The labels of `profile` (worked out once per profile).
    public init(profile: Profile) {
        self = profile.figureLabels
    }

    /// Works the labels of `profile` out from its templates.
    init(building profile: Profile) {
        var columns: [TableKind: [String: String]] = [:]
        var lines: [TableKind: [Int: (side: String, label: String)]] = [:]
        for template in profile.tables {
            let paths = HeaderPaths.paths(rows: template.header, merges: template.merges.compactMap { CellRange($0) })
            let keyed = (template.coded?.valueColumns ?? template.singleRow?.valueColumns ?? []).map { ($0.key.rawValue, $0.column) }
                + (template.lines?.sides ?? []).flatMap { side in side.valueColumns.map { (side.key.rawValue + "." + $0.key.rawValue, $0.column) } }
            for (key, column) in keyed where column < paths.count {
                columns[template.kind, default: [:]][key] = paths[column].joined(separator: "·")
            }
            for side in template.lines?.sides ?? [] {
                for entry in side.lines where !entry.label.isEmpty {
                    lines[template.kind, default: [:]][entry.line] = (side.key.rawValue, LabelText.withoutNumbering(entry.label))
                }
            }
        }
        numbers = Dictionary(uniqueKeysWithValues: profile.tables.map { ($0.kind, "公开\($0.number)表") })
        self.columns = columns
        self.lines = lines
    }

    /// `公开05表`.
    public func table(_ kind: TableKind) -> String {
        numbers[kind] ?? kind.rawValue
    }

    /// The header of a value column; for a line table, of the side the line is on (or the
    /// expenditure side when no line is given).
    public func column(_ kind: TableKind, _ key: String, line: Int? = nil) -> String {
        let side = line.flatMap { lines[kind]?[$0]?.side } ?? "expenditure"
        return columns[kind]?[key] ?? columns[kind]?[side + "." + key] ?? columns[kind]?["income." + key] ?? key
    }

    /// The row's label: the line label, `code name` of a coded or economic row, 合计, or the total's name.
    public func row(_ key: FigureKey, in accounts: FinalAccounts) -> String {
        switch key.table {
        case .incomeExpenditureSummary, .fiscalSummary:
            return Int(key.row).flatMap { lines[key.table]?[$0]?.label } ?? "第 \(key.row) 行"
        case .generalBudgetBasic:
            switch key.row {
            case "personnel_total": return "人员经费合计"
            case "public_total": return "公用经费合计"
            default: return "\(key.row) \(accounts.generalBudgetBasic.rows.first { $0.code == key.row }?.name ?? "")"
            }
        case .threePublicExpenses:
            return "“三公”经费"
        default:
            return key.row == "total" ? "合计" : "\(key.row) \(accounts[coded: key.table].row(key.row)?.name ?? "")"
        }
    }

    /// Table, row and column together: `公开05表 2010350 事业运行 · 本年支出·小计`.
    public func describe(_ key: FigureKey, in accounts: FinalAccounts) -> String {
        "\(table(key.table)) \(row(key, in: accounts)) · \(column(key.table, key.column, line: Int(key.row)))"
    }
}
