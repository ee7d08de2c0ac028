import Foundation
import XLSX

/// The figure-level differences between two versions of a department's accounts, each described
/// in words and located in both versions.
public struct FigureDiff: Sendable {
    /// One figure that differs.
    public struct Change: Sendable, Equatable, Codable {
        /// The figure.
        public var key: FigureKey
        /// 表、行、列 in words, e.g. `公开05表 2010350 事业运行 · 本年支出·小计`.
        public var label: String
        /// The value in each version (zero when blank), as published.
        public var old: Amount
        public var new: Amount
        /// `new − old`.
        public var difference: Amount
        /// Where the figure is in each version (the submission's cell, else the standard workbook's).
        public var oldCell: SourceCell?
        public var newCell: SourceCell?

        enum CodingKeys: String, CodingKey {
            case key, label, old, new, difference
            case oldCell = "old_cell"
            case newCell = "new_cell"
        }
    }

    /// The differences, in table, row and column order.
    public let changes: [Change]
    /// Warnings about the comparison itself (different departments or years).
    public let warnings: [String]

    /// Compares `old` with `new` laid out in `profile`; a blank figure and a zero are the same, and
    /// figures are compared as published (to 0.01).
    public init(old: ImportResult, new: ImportResult, profile: Profile) {
        let before = Self.figures(old.accounts), after = Self.figures(new.accounts)
        let labels = FigureLabels(profile: profile)
        let oldLocator = StandardCellLocator(accounts: old.accounts, profile: profile)
        let newLocator = StandardCellLocator(accounts: new.accounts, profile: profile)
        changes = Set(before.keys).union(after.keys).compactMap { key -> Change? in
            let was = before[key] ?? .zero, now = after[key] ?? .zero
            guard was != now else { return nil }
            return Change(key: key, label: labels.describe(key, in: after[key] == nil ? old.accounts : new.accounts),
                          old: was, new: now, difference: now - was,
                          oldCell: old.sources[key] ?? oldLocator.cell(key), newCell: new.sources[key] ?? newLocator.cell(key))
        }.sorted { ($0.key.table, $0.key.row.count, $0.key.row, $0.key.column) < ($1.key.table, $1.key.row.count, $1.key.row, $1.key.column) }
        var warnings: [String] = []
        if old.accounts.department != new.accounts.department {
            warnings.append("两个文件的单位不同：“\(Quoted.text(old.accounts.department))”与“\(Quoted.text(new.accounts.department))”，请确认比较的是同一单位")
        }
        if old.accounts.year != new.accounts.year {
            warnings.append("两个文件的年度不同：\(old.accounts.year) 年与 \(new.accounts.year) 年")
        }
        self.warnings = warnings
    }

    /// Whether the two versions show the same figures.
    public var isEmpty: Bool { changes.isEmpty }

    /// One line per change: what, where in each version, both values and the difference.
    public func text() -> String {
        (warnings.map { "注意：\($0)" } + changes.map { change in
            let cells = [change.oldCell.map { "版本一 \($0)" }, change.newCell.map { "版本二 \($0)" }].compactMap { $0 }.joined(separator: "，")
            let sign = change.difference > .zero ? "+" : ""
            return "\(change.label)：\(change.old) → \(change.new)（差 \(sign)\(change.difference)）" + (cells.isEmpty ? "" : "［\(cells)］")
        }).joined(separator: "\n")
    }

    /// `{"warnings":[…],"changes":[…]}`.
    public func json() throws -> Data {
        struct Document: Encodable {
            var warnings: [String]
            var changes: [Change]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(warnings: warnings, changes: changes))
    }

    /// A printable workbook: one row per change.
    public func writeWorkbook(to path: String, first: String, second: String) throws {
        let workbook = try WorkbookWriter(path: path)
        let sheet = try workbook.addSheet("版本比对")
        let titles = ["序号", "表、行、列", "版本一", "版本一单元格", "版本二", "版本二单元格", "差额"]
        let widths: [Double] = [6, 60, 14, 22, 14, 22, 14]
        let names = [first, second].map { URL(fileURLWithPath: $0).lastPathComponent }
        let listing = try ListingSheet(sheet, title: "版本比对（版本一：\(Quoted.text(names[0]))；版本二：\(Quoted.text(names[1]))；共 \(changes.count) 处不同）",
                                       columns: Array(zip(titles, widths)))
        for (index, change) in changes.enumerated() {
            let row = index + ListingSheet.firstRow
            try sheet.write(Double(index + 1), at: .init(row: row, column: 0), style: TableStyles.centeredLabel)
            try sheet.write(change.label, at: .init(row: row, column: 1), style: TableStyles.wrappedLabel)
            try listing.fit(row: row, texts: [1: change.label])
            try sheet.write(change.old.doubleValue, at: .init(row: row, column: 2), style: TableStyles.amount)
            try sheet.write(change.oldCell?.description ?? "", at: .init(row: row, column: 3), style: TableStyles.label)
            try sheet.write(change.new.doubleValue, at: .init(row: row, column: 4), style: TableStyles.amount)
            try sheet.write(change.newCell?.description ?? "", at: .init(row: row, column: 5), style: TableStyles.label)
            try sheet.write(change.difference.doubleValue, at: .init(row: row, column: 6), style: TableStyles.amount)
        }
        for (index, warning) in warnings.enumerated() {
            let row = changes.count + ListingSheet.firstRow + 1 + index
            try sheet.merge(CellRange(first: .init(row: row, column: 0), last: .init(row: row, column: titles.count - 1)),
                            text: "注意：\(warning)", style: TableStyles.note)
        }
        try listing.finish()
        try workbook.close()
    }

    static func figures(_ accounts: FinalAccounts) -> [FigureKey: Amount] {
        accounts.figures.mapValues(\.published).filter { !$0.value.isZero }
    }
}
