import XLSX

/// Finds where tables start on a sheet: cells holding a table title, or a table number
/// (公开02表) with no title near it. When both are there, the title decides.
struct TableAnchors {
    let known: KnownLabels
    let profile: Profile

    /// The anchors of `grid`, in reading order.
    func anchors(in grid: SheetGrid) -> [(reference: CellReference, kind: TableKind)] {
        var titles: [(CellReference, TableKind)] = []
        var numbers: [(CellReference, TableKind)] = []
        for (row, cells) in grid.rows {
            for cell in cells {
                // A title and a table number (公开02表) both hold 表: other text is passed over on one byte scan.
                guard case .text(let text) = cell.value, LabelBytes.contains(text, "表") else { continue }
                let reference = CellReference(row: row, column: cell.column)
                if let kind = known.kind(ofTitle: text) {
                    titles.append((reference, kind))
                } else if let kind = kind(ofNumber: text) {
                    numbers.append((reference, kind))
                }
            }
        }
        let unmatched = numbers.filter { number in
            !titles.contains { abs($0.0.row - number.0.row) <= 3 }
        }
        return (titles + unmatched).sorted { $0.0 < $1.0 }
    }

    /// The kind a sheet name stands for (a title or a table number), for sheets without anchors.
    func kind(ofSheetName name: String) -> TableKind? {
        known.kind(ofTitle: name) ?? kind(ofNumber: name)
    }

    private func kind(ofNumber text: String) -> TableKind? {
        guard text.utf8.count <= 60 else { return nil }
        let label = LabelText.normalise(text)
        guard LabelBytes.hasPrefix(label, "公开"), LabelBytes.hasSuffix(label, "表"), label.count <= 6 else { return nil }
        let digits = label.dropFirst(2).dropLast()
        guard let number = Int(digits) else { return nil }
        return profile.tables.first { Int($0.number) == number }?.kind
    }
}
