import Foundation
import XLSX

/// Where a submission names its department and year outside the 单位 line of a table:
/// a heading above the first table or a table title ("……街道办事处2025年度部门决算表"),
/// or a cover sheet ("单位名称：……", or the department on a line of its own beside 部门决算).
enum IdentityClues {
    /// The department and year a heading or title states: the text before "YYYY年" when the
    /// rest speaks of 决算; nil parts when it states none.
    static func heading(_ text: String) -> (department: String?, year: Int?) {
        let folded = LabelText.normalise(text)
        guard folded.count <= 120, LabelBytes.contains(folded, "决算"), let (year, range) = yearBeforeNian(in: folded) else { return (nil, nil) }
        let prefix = String(folded[..<range.lowerBound]).trimmingCharacters(in: Self.trimmed)
        return (isDepartmentName(prefix) ? prefix : nil, year)
    }

    /// The department named by a labelled line (单位名称：…, 编制单位：…) in `label`.
    static func labelled(_ label: String) -> String? {
        guard label.utf8.contains(UInt8(ascii: ":")) else { return nil }  // every prefix ends in a colon
        for prefix in prefixes where LabelBytes.hasPrefix(label, prefix) {
            let name = String(label.dropFirst(prefix.count)).trimmingCharacters(in: Self.trimmed)
            if isDepartmentName(name), TableRegion.unit(in: label) == nil { return name }
        }
        return nil
    }

    /// The department and year on a sheet with no table (a cover): a labelled line, a heading,
    /// or a line of its own ending as an organisation's name does, on a sheet that speaks of 决算.
    /// `yearCell` is the cell holding the year when it stands beside a year label (a number
    /// there is the year, not a stray figure).
    static func cover(_ grid: SheetGrid) -> (department: (String, SourceCell)?, year: Int?, yearCell: SourceCell?) {
        var department: (String, SourceCell)?
        var year: Int?
        var yearCell: SourceCell?
        var standalone: (String, SourceCell)?
        var speaksOfAccounts = false
        for (row, cells) in grid.rows.prefix(60) {
            for (index, cell) in zip(cells.indices, cells) {
                guard let text = cell.value.text else { continue }
                let folded = LabelText.normalise(text)
                let source = SourceCell(sheet: grid.name, cell: CellReference(row: row, column: cell.column).description)
                let speaks = LabelBytes.contains(folded, "决算")
                speaksOfAccounts = speaksOfAccounts || speaks
                if department == nil, let name = labelled(folded) { department = (name, source) }
                if index + 1 < cells.endIndex {
                    let next = cells[index + 1]
                    let nextSource = SourceCell(sheet: grid.name, cell: CellReference(row: row, column: next.column).description)
                    if department == nil, let name = labelledBeside(folded, next.value) { department = (name, nextSource) }
                    if year == nil, let stated = yearBeside(folded, next.value) { (year, yearCell) = (stated, nextSource) }
                }
                let stated = heading(folded)
                if department == nil, let name = stated.department { department = (name, source) }
                year = year ?? stated.year ?? (speaks ? SubmissionRecognizer.year(in: folded) : nil)
                if standalone == nil, isDepartmentName(folded), organisationEndings.contains(where: { LabelBytes.hasSuffix(folded, $0) }) {
                    standalone = (folded, source)
                }
            }
        }
        return (department ?? (speaksOfAccounts ? standalone : nil), year, yearCell)
    }

    /// The department in the cell beside a label cell of its own (单位名称 | ……), as covers lay it out.
    private static func labelledBeside(_ label: String, _ value: CellValue) -> String? {
        guard prefixes.contains(label + ":") || prefixes.contains(label), let text = value.text else { return nil }
        let name = LabelText.normalise(text).trimmingCharacters(in: Self.trimmed)
        return isDepartmentName(name) ? name : nil
    }

    /// The year in the cell beside a year label (决算年度 | 2025).
    private static func yearBeside(_ label: String, _ value: CellValue) -> Int? {
        guard ["年度:", "决算年度:", "年份:", "报表年度:"].contains(label.hasSuffix(":") ? label : label + ":") else { return nil }
        let year: Int?
        if case .number(let number) = value, number == number.rounded(), abs(number) < 10_000 {
            year = Int(number)
        } else {
            year = value.text.flatMap { Int(LabelText.normalise($0).trimmingCharacters(in: CharacterSet(charactersIn: " 年度"))) }
        }
        return year.flatMap { (1900...2099).contains($0) ? $0 : nil }
    }

    private static let prefixes = ["编制单位:", "单位名称:", "部门名称:", "填报单位:", "报送单位:", "部门:", "单位:"]
    private static let organisationEndings = ["局", "委员会", "委", "办公室", "办事处", "中心", "院", "所", "站", "队", "厅", "部",
                                              "会", "馆", "学校", "医院", "政府", "法院", "检察院", "公司", "处", "社", "团", "署"]
    private static let trimmed = CharacterSet(charactersIn: " :：-—_·（）()")

    /// A plausible name: 2 to 60 characters, not a number, a unit or a table title.
    private static func isDepartmentName(_ text: String) -> Bool {
        (2...60).contains(text.count) && LabelText.code(text) == nil && !LabelBytes.hasSuffix(text, "表")
            && !LabelBytes.contains(text, "单位:") && !LabelBytes.hasPrefix(text, "公开") && !["元", "万元", "千元"].contains(text)
            && !LabelBytes.contains(text, "决算")
    }

    /// The first "YYYY年" (1900–2099, not inside a longer number) and where it stands.
    private static func yearBeforeNian(in text: String) -> (Int, Range<String.Index>)? {
        var index = text.startIndex
        while let found = text[index...].firstIndex(of: "年") {
            let start = text.index(found, offsetBy: -4, limitedBy: text.startIndex) ?? text.startIndex
            let digits = text[start..<found]
            let before = start > text.startIndex ? text[text.index(before: start)] : " "
            if digits.count == 4, digits.allSatisfy(\.isASCIIDigitCharacter), !before.isASCIIDigitCharacter,
               let year = Int(digits), (1900...2099).contains(year) {
                return (year, start..<text.index(after: found))
            }
            index = text.index(after: found)
        }
        return nil
    }
}
