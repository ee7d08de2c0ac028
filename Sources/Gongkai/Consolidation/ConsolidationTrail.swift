import Foundation
import XLSX

/// The trail of a consolidation (汇总明细): every figure of the consolidated accounts with
/// what each unit contributed, so that any published figure can be traced to its units.
public struct ConsolidationTrail: Sendable {
    /// One figure and its contributors.
    public struct Row: Sendable {
        /// Which figure.
        public var key: FigureKey
        /// The table, row and column in words.
        public var label: String
        /// The consolidated figure.
        public var total: Amount
        /// Each unit's figure, in the order of ``ConsolidationTrail/units``.
        public var parts: [Amount]

        /// The units' figures added up (the consolidated figure unless internal transfers were removed).
        public var sum: Amount { parts.reduce(.zero, +) }
        /// The units' published (rounded) figures added up.
        public var publishedSum: Amount { parts.reduce(.zero) { $0 + $1.published } }
    }

    /// The units' names, in the order they were added.
    public let units: [String]
    /// Every figure that is non-zero in the consolidation or in a unit, table by table.
    public let rows: [Row]
    /// The table titles (公开01表 …) by kind, in the profile's order.
    private let titles: [(TableKind, String)]

    init(accounts: FinalAccounts, units: [ConsolidationUnit], profile: Profile) {
        self.units = units.map(\.name)
        let labels = FigureLabels(profile: profile)
        let totals = accounts.figures
        let parts = units.map(\.accounts.figures)
        var keys = Set(totals.keys)
        for figures in parts { keys.formUnion(figures.keys) }
        let order = Self.order(profile)
        rows = keys.sorted { order($0).lexicographicallyPrecedes(order($1)) }.map { key in
            Row(key: key, label: labels.describe(key, in: accounts), total: totals[key] ?? .zero, parts: parts.map { $0[key] ?? .zero })
        }
        titles = profile.tables.map { ($0.kind, "公开\($0.number)表") }
    }

    /// Where `key` comes in the tables as printed: table, row (line number, 合计 before codes,
    /// codes in order), column as the template orders them.
    private static func order(_ profile: Profile) -> (FigureKey) -> [String] {
        var columns: [TableKind: [String]] = [:]
        for template in profile.tables {
            columns[template.kind] = (template.coded?.valueColumns ?? template.singleRow?.valueColumns
                ?? template.lines?.sides.flatMap(\.valueColumns) ?? []).map(\.key.rawValue)
        }
        let tables = profile.tables.map(\.kind)
        return { key in
            let table = String(format: "%02d", tables.firstIndex(of: key.table) ?? 99)
            let row = Int(key.row).map { String(format: "%08d", $0) } ?? (key.row == "total" ? "" : key.row)
            let column = String(format: "%02d", columns[key.table]?.firstIndex(of: key.column) ?? 0)
            return [table, row, column]
        }
    }

    /// A 尾数 notice per table where a consolidated figure, rounded once, differs from the sum of
    /// the units' published (rounded) figures, as real disclosures note.
    func roundingNotices() -> [Finding] {
        var findings: [Finding] = []
        for (kind, title) in titles {
            let differing = rows.filter { $0.key.table == kind && $0.total.published != $0.publishedSum }
            guard !differing.isEmpty else { continue }
            let examples = differing.prefix(3).map { "\($0.label) 汇总 \($0.total.published)，各单位公开数之和 \($0.publishedSum)" }
            findings.append(Finding(rule: "consolidate.rounding", severity: .notice,
                                    message: "\(title)有 \(differing.count) 个汇总数与各单位公开数（万元，两位小数）之和相差尾数：汇总数按各单位精确金额相加后只舍入一次。如 \(examples.joined(separator: "；"))"))
        }
        return findings
    }

    /// The 汇总明细 workbook: a sheet per table, a row per figure, the consolidated figure, the
    /// units' sum and one column per unit; printable like every listing.
    public func writeWorkbook(to path: String, department: String) throws {
        let workbook = try WorkbookWriter(path: path)
        for (kind, title) in titles {
            let tableRows = rows.filter { $0.key.table == kind }
            let sheet = try workbook.addSheet("\(title)明细")
            let columns = [("表、行、列", 48.0), ("汇总数", 14.0), ("各单位之和", 14.0)] + units.map { ($0, max(12, min(24, TextWidth.of($0) / 2 + 2))) }
            let listing = try ListingSheet(sheet, title: "\(Quoted.text(department)) \(title)汇总明细（\(units.count) 个单位，单位：万元）", columns: columns)
            for (index, row) in tableRows.enumerated() {
                let line = index + ListingSheet.firstRow
                try sheet.write(row.label, at: .init(row: line, column: 0), style: TableStyles.wrappedLabel)
                try listing.fit(row: line, texts: [0: row.label])
                try sheet.write(row.total.published.doubleValue, at: .init(row: line, column: 1), style: TableStyles.amount)
                try sheet.write(row.sum.published.doubleValue, at: .init(row: line, column: 2), style: TableStyles.amount)
                for (offset, part) in row.parts.enumerated() {
                    try sheet.write(part.published.doubleValue, at: .init(row: line, column: 3 + offset), style: TableStyles.amount)
                }
            }
            try listing.finish()
        }
        try workbook.close()
    }
}
