import Foundation
import XLSX

/// The summary of a batch: one row per file, as a workbook and as JSON.
public struct BatchSummary: Sendable {
    /// The rows, in file order.
    public var entries: [BatchEntry]

    /// Creates a summary.
    public init(entries: [BatchEntry]) {
        self.entries = entries
    }

    /// Files that could not be converted.
    public var failed: Int { entries.filter { $0.status == .failed }.count }
    /// Entries not read (another kind of file, a temporary file …).
    public var skipped: Int { entries.filter { $0.status == .skipped }.count }
    /// Files with at least one error finding.
    public var withErrors: Int { entries.filter { $0.errors > 0 }.count }

    /// `{"files":[…],"summary":{…}}`.
    public func json() throws -> Data {
        struct Totals: Encodable {
            var files: Int
            var converted: Int
            var failed: Int
            var skipped: Int
            var filesWithErrors: Int
            enum CodingKeys: String, CodingKey {
                case files, converted, failed, skipped
                case filesWithErrors = "files_with_errors"
            }
        }
        struct Document: Encodable {
            var files: [BatchEntry]
            var summary: Totals
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let totals = Totals(files: entries.count, converted: entries.count - failed - skipped, failed: failed, skipped: skipped,
                            filesWithErrors: withErrors)
        return try encoder.encode(Document(files: entries, summary: totals))
    }

    /// Writes the summary workbook to `path`.
    public func writeWorkbook(to path: String) throws {
        let workbook = try WorkbookWriter(path: path)
        let sheet = try workbook.addSheet("汇总")
        let titles = ["序号", "文件", "单位", "年度", "状态", "错误", "警告", "提示", "本年收入合计", "本年支出合计", "输出文件", "说明"]
        let widths: [Double] = [6, 30, 30, 7, 8, 6, 6, 6, 14, 14, 30, 50]
        let listing = try ListingSheet(sheet, title: "部门决算转换汇总（共 \(entries.count) 个文件，失败 \(failed) 个，未处理 \(skipped) 个，未通过 \(withErrors) 个）",
                                       columns: Array(zip(titles, widths)))
        for (index, entry) in entries.enumerated() {
            let row = index + ListingSheet.firstRow
            let failed = entry.status == .failed
            let flagged = TableStyles.label.with { $0.fill = failed ? 0xFFC7CE : entry.errors > 0 || entry.status == .skipped ? 0xFFEB9C : nil }
            try sheet.write(Double(index + 1), at: .init(row: row, column: 0), style: TableStyles.centeredLabel)
            try sheet.write(entry.file, at: .init(row: row, column: 1), style: TableStyles.wrappedLabel)
            let stem = URL(fileURLWithPath: entry.file).deletingPathExtension().lastPathComponent
            let department = entry.department ?? "（文件名）\(stem)"
            try sheet.write(department, at: .init(row: row, column: 2), style: TableStyles.wrappedLabel)
            try sheet.write(entry.year.map(String.init) ?? "", at: .init(row: row, column: 3), style: TableStyles.centeredLabel)
            try sheet.write(entry.status != .converted ? entry.status.chinese : entry.errors > 0 ? "未通过" : "通过",
                            at: .init(row: row, column: 4), style: flagged)
            for (offset, count) in [entry.errors, entry.warnings, entry.notices].enumerated() {
                try sheet.write(Double(count), at: .init(row: row, column: 5 + offset), style: TableStyles.centeredLabel)
            }
            for (offset, total) in [entry.incomeTotal, entry.expenditureTotal].enumerated() {
                if let total {
                    try sheet.write(total.doubleValue, at: .init(row: row, column: 8 + offset), style: TableStyles.amount)
                } else {
                    try sheet.writeBlank(at: .init(row: row, column: 8 + offset), style: TableStyles.label)
                }
            }
            try sheet.write(entry.output ?? "", at: .init(row: row, column: 10), style: TableStyles.wrappedLabel)
            try sheet.write(entry.message ?? "", at: .init(row: row, column: 11), style: TableStyles.wrappedLabel)
            try listing.fit(row: row, texts: [1: entry.file, 2: department, 10: entry.output ?? "", 11: entry.message ?? ""])
        }
        let totalRow = entries.count + ListingSheet.firstRow
        try sheet.merge(CellRange(first: .init(row: totalRow, column: 0), last: .init(row: totalRow, column: 4)),
                        text: "合计（\(entries.count - failed - skipped) 个已转换文件）", style: TableStyles.centeredLabel)
        for (offset, counts) in [entries.map(\.errors), entries.map(\.warnings), entries.map(\.notices)].enumerated() {
            try sheet.write(Double(counts.reduce(0, +)), at: .init(row: totalRow, column: 5 + offset), style: TableStyles.centeredLabel)
        }
        for (offset, totals) in [entries.compactMap(\.incomeTotal), entries.compactMap(\.expenditureTotal)].enumerated() {
            try sheet.write(totals.reduce(Amount.zero, +).doubleValue, at: .init(row: totalRow, column: 8 + offset), style: TableStyles.amount)
        }
        for column in 10..<titles.count { try sheet.writeBlank(at: .init(row: totalRow, column: column), style: TableStyles.label) }
        try listing.finish()
        try workbook.close()
    }
}
