import XLSX

/// The rectangle of a sheet that one recognised table occupies, and what its frame says.
struct TableRegion {
    let grid: SheetGrid
    let kind: TableKind
    /// The title (or number) cell that anchored the table.
    let anchor: CellReference
    /// Rows from the anchor to the next table.
    var rows: Range<Int>
    /// Columns the table may use.
    let columns: Range<Int>
    private let cache = RowLabelCache()

    init(grid: SheetGrid, kind: TableKind, anchor: CellReference, rows: Range<Int>, columns: Range<Int>) {
        self.grid = grid
        self.kind = kind
        self.anchor = anchor
        self.rows = rows
        self.columns = columns
    }

    /// The text of a cell, trimmed; nil when empty.
    func text(_ row: Int, _ column: Int) -> String? {
        grid.value(at: .init(row: row, column: column)).flatMap { Self.trimmed(NumberText.text(of: $0)) }
    }

    /// `text` without leading and trailing spaces and line breaks; nil when nothing else is left.
    private static func trimmed(_ text: String) -> String? {
        guard let firstByte = text.utf8.first, let lastByte = text.utf8.last else { return nil }
        // A space scalar starts with one of these bytes and ends with one of the others
        // (U+3000 is E3 80 80, U+00A0 is C2 A0): most texts are let through on two bytes.
        let mayStartWithSpace = firstByte == 0x20 || firstByte == 0x09 || firstByte == 0x0A || firstByte == 0x0D || firstByte == 0xE3 || firstByte == 0xC2
        let mayEndWithSpace = lastByte == 0x20 || lastByte == 0x09 || lastByte == 0x0A || lastByte == 0x0D || lastByte == 0x80 || lastByte == 0xA0
        guard mayStartWithSpace || mayEndWithSpace else { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }) else { return nil }
        guard let last = scalars.lastIndex(where: { !Self.isSpace($0) }) else { return nil }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar.value == 0x3000 || scalar.value == 0xA0
    }

    /// The normalised texts of a row within the region's columns, by column (worked out once per row).
    func labels(_ row: Int) -> [(column: Int, label: String)] {
        if let cached = cache.rows[row] { return cached }
        let cells = grid.cells(inRow: row)
        var labels: [(column: Int, label: String)] = []
        labels.reserveCapacity(cells.count)
        for cell in cells where columns.contains(cell.column) {
            if case .number(let number) = cell.value {
                labels.append((cell.column, NumberText.shortest(number)))
            } else if let text = Self.trimmed(NumberText.text(of: cell.value)) {
                labels.append((cell.column, LabelText.withoutNumbering(text)))
            }
        }
        cache.rows[row] = labels
        return labels
    }

    /// Whether the row is a 栏次 row: it says 栏次, or holds only the numbers 1, 2, 3 … in order.
    func isColumnNumberRow(_ row: Int) -> Bool {
        var next = 1
        var counting = true
        for (_, label) in labels(row) {
            if LabelBytes.equal(label, "栏次") { return true }
            if counting {
                if Int(label) == next { next += 1 } else { counting = false }
            }
        }
        return counting && next > 2
    }

    /// Whether the row starts a note (注：, 说明：).
    func isNoteRow(_ row: Int) -> Bool {
        guard let first = labels(row).first?.label else { return false }
        return Self.notePrefixes.contains { LabelBytes.hasPrefix(first, $0) }
    }

    /// The first row after the anchor that looks like a header (项目, 科目代码, 预算数 …),
    /// at most twelve rows down.
    func firstHeaderRow() -> Int {
        let limit = min(rows.upperBound, anchor.row + 12)
        return (anchor.row + 1..<limit).first { row in labels(row).contains { Self.headerWords.contains($0.label) } } ?? limit
    }

    /// The department and unit stated above the header (单位：… / 编制单位：… / 部门：…, 单位：元 …).
    func frame(headerStart: Int) -> (department: String?, unit: AmountUnit?) {
        var department: String?
        var unit: AmountUnit?
        for row in rows.lowerBound..<max(rows.lowerBound, headerStart) {
            for (_, label) in labels(row) {
                if let stated = Self.unit(in: label) {
                    unit = unit ?? stated
                    if Self.unitPrefixes.contains(where: { LabelBytes.hasPrefix(label, $0) }) && Self.unitOnlyLabels.contains(label) { continue }
                }
                if department == nil, let name = IdentityClues.labelled(label) { department = name }
            }
        }
        if unit == nil {
            for row in rows.lowerBound..<min(rows.upperBound, headerStart + 4) {
                for (_, label) in labels(row) where Self.bracketedUnits.contains(where: { LabelBytes.contains(label, $0) }) {
                    unit = unit ?? Self.unit(in: label)
                }
            }
        }
        return (department, unit)
    }

    private static let headerWords: LabelSet = ["项目", "科目代码", "科目编码", "科目名称", "预算数", "决算数", "收入", "支出", "栏次"]
    private static let notePrefixes = ["注", "说明", "备注"]
    private static let unitPrefixes = ["金额单位:", "单位:"]
    private static let bracketedUnits = ["(元)", "(万元)", "(千元)"]
    private static let unitOnlyLabels: LabelSet = ["单位:元", "单位:万元", "单位:千元", "金额单位:元", "金额单位:万元", "金额单位:千元"]

    /// The unit a label states, e.g. 单位：元, 金额单位：万元, 金额（元）.
    static func unit(in label: String) -> AmountUnit? {
        // Every marker holds 元 (E5 85 83 in UTF-8): most labels are passed over on one byte scan.
        guard label.utf8.contains(0xE5) else { return nil }
        for marker in unitMarkers {
            if LabelBytes.hasSuffix(label, marker.stated) || LabelBytes.hasSuffix(label, marker.bracketed) || LabelBytes.equal(label, marker.word)
                || LabelBytes.contains(label, marker.statedInBrackets) || LabelBytes.contains(label, marker.statedInList) { return marker.unit }
        }
        return nil
    }

    /// The ways a label states each unit, built once: 单位:万元, (万元), 万元, 单位:万元), 单位:万元;.
    private static let unitMarkers: [(unit: AmountUnit, word: String, stated: String, bracketed: String, statedInBrackets: String, statedInList: String)] =
        [("万元", AmountUnit.tenThousandYuan), ("千元", .thousandYuan), ("元", .yuan)].map { word, unit in
            (unit, word, "单位:" + word, "(" + word + ")", "单位:" + word + ")", "单位:" + word + ";")
        }
}

import Foundation

/// The labels of a region's rows, worked out once: recognition looks at each row many times.
private final class RowLabelCache {
    var rows: [Int: [(column: Int, label: String)]] = [:]
}
