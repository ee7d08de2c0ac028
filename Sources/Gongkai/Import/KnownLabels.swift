import XLSX

/// The titles, header labels and line labels the recognizer looks for, gathered from
/// every built-in profile so that a submission is recognised whatever layout it follows.
struct KnownLabels: Sendable {
    /// Normalised title → table kind, longest first.
    let titles: [(title: String, kind: TableKind)]
    /// Per table kind and column key: the header paths (normalised labels top to bottom, each
    /// made ``ColumnMatcher/canonical(_:)``) under which that column appears in some profile.
    let columnPaths: [TableKind: [String: [[String]]]]
    /// Per line-table kind and side (`income`, `expenditure`): line label without its outline
    /// number → every line entry of any profile with that label (a label may repeat, as
    /// 一般公共预算财政拨款 under 本年收入 and under 年初财政拨款结转和结余).
    let lineLabels: [TableKind: [String: [LabelKey: [LineEntry]]]]
    /// Per line-table kind: every line label of either side, to tell data rows.
    let lineLabelSets: [TableKind: LabelSet]
    private let columnMatches = ColumnMatchCache()

    /// Gathers the labels of `profiles`.
    init(profiles: [Profile]) {
        var titles: [String: TableKind] = [:]
        var paths: [TableKind: [String: [[String]]]] = [:]
        var lines: [TableKind: [String: [LabelKey: [LineEntry]]]] = [:]
        for template in profiles.flatMap(\.tables) {
            titles[LabelText.normalise(template.title)] = template.kind
            let headerPaths = HeaderPaths.paths(rows: template.header, merges: template.merges.compactMap { CellRange($0) })
            for column in Self.valueColumns(of: template) where column.column < headerPaths.count {
                let path = headerPaths[column.column]
                if !(paths[template.kind]?[column.key.rawValue]?.contains(path) ?? false) {
                    paths[template.kind, default: [:]][column.key.rawValue, default: []].append(path)
                }
            }
            for side in template.lines?.sides ?? [] {
                for entry in side.lines where !entry.label.isEmpty {
                    lines[template.kind, default: [:]][side.key.rawValue, default: [:]][LabelKey(LabelText.withoutNumbering(entry.label)), default: []].append(entry)
                }
                for column in side.valueColumns where column.column < headerPaths.count {
                    let key = side.key.rawValue + "." + column.key.rawValue
                    let path = headerPaths[column.column]
                    if !(paths[template.kind]?[key]?.contains(path) ?? false) {
                        paths[template.kind, default: [:]][key, default: []].append(path)
                    }
                }
            }
        }
        for (title, kind) in Self.extraTitles { titles[LabelText.normalise(title)] = kind }
        self.titles = titles.map { ($0.key, $0.value) }.sorted { $0.title.count > $1.title.count }
        columnPaths = paths.mapValues { keys in keys.mapValues { $0.map { $0.map(ColumnMatcher.canonical) } } }
        lineLabels = lines
        lineLabelSets = lines.mapValues { sides in LabelSet(sides.values.flatMap(\.keys).map(\.text)) }
    }

    /// The sheet column of each column key of a `kind` table whose header has `paths` (by
    /// sheet column), leaving out the `excluded` columns (see ``ColumnMatcher/match(paths:candidates:excluded:)``).
    func columns(of kind: TableKind, paths: [Int: [String]], excluding excluded: Set<Int> = []) -> [String: Int] {
        columnMatches.match(kind, paths: paths, candidates: columnPaths[kind] ?? [:], excluded: excluded)
    }

    /// Titles seen in other years and regions.
    private static let extraTitles: [(String, TableKind)] = [
        ("一般公共预算财政拨款“三公”经费支出决算表", .threePublicExpenses),
        ("国有资本经营预算财政拨款收入支出决算表", .stateCapital),
        ("一般公共预算财政拨款基本支出决算明细表", .generalBudgetBasic),
        ("部门收支决算总表", .incomeExpenditureSummary),
    ]

    private static func valueColumns(of template: TableTemplate) -> [ValueColumn] {
        template.coded?.valueColumns ?? template.singleRow?.valueColumns ?? []
    }

    /// The table kind whose title `text` is (after a year, a department name or an outline
    /// number before it, and a parenthesised remark after it); nil when none.
    func kind(ofTitle text: String) -> TableKind? {
        guard text.utf8.count <= 240, LabelBytes.contains(text, "表") else { return nil }
        var candidate = LabelText.withoutNumbering(text)
        guard candidate.count <= 80 else { return nil }
        for suffix in ["(功能科目)", "(经济科目)", "(按功能分类)", "(按经济分类)"] where LabelBytes.hasSuffix(candidate, suffix) {
            candidate.removeLast(suffix.count)
        }
        if let open = candidate.lastIndex(of: "("), candidate.hasSuffix(")"), candidate[open...].contains("单位") {
            candidate = String(candidate[..<open])
        }
        return titles.first {
            LabelBytes.equal(candidate, $0.title) || LabelBytes.hasSuffix(candidate, $0.title) && candidate.count - $0.title.count <= 40
        }?.kind
    }
}
