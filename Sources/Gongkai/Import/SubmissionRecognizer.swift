import Foundation
import XLSX

/// Finds the nine tables in a submission however it is laid out and maps them to the
/// output profile: every figure with its source cell, every figure it cannot place reported.
public struct SubmissionRecognizer: Sendable {
    /// The profile the accounts are built for.
    public let profile: Profile
    private let known: KnownLabels
    private let lineTargets: LineTargets

    /// Creates a recognizer producing accounts in `profile`, recognising the layouts of `profiles`.
    public init(profile: Profile, recognising profiles: [Profile]) {
        self.profile = profile
        known = KnownLabels(profiles: profiles + [profile])
        lineTargets = LineTargets(known: known, output: profile)
    }

    /// What the user says when the submission does not.
    public struct Hints: Sendable {
        /// The department, when no 单位 line names it.
        public var department: String?
        /// The year, when no title or file name states it.
        public var year: Int?
        /// The file name, for the department and year when the tables do not state them.
        public var fileName: String
        /// Units the user gives for tables, by table number in the output profile (`06`) or
        /// `all`, overriding what the tables state.
        public var tableUnits: [String: AmountUnit]

        /// Creates hints.
        public init(department: String? = nil, year: Int? = nil, fileName: String, tableUnits: [String: AmountUnit] = [:]) {
            self.department = department
            self.year = year
            self.fileName = fileName
            self.tableUnits = tableUnits
        }
    }

    /// Recognises the tables on `sheets` (visible sheets only; pass hidden ones to have them noted).
    public func recognise(_ sheets: [(grid: SheetGrid, visibility: SheetVisibility)], hints: Hints) throws -> ImportResult {
        var result = ImportResult(accounts: FinalAccounts(department: "", year: 0, profile: profile.id))
        var departments: [(String, SourceCell)] = []
        var headings: [(String, SourceCell)] = []
        var years: [(Int, SourceCell)] = []
        var units: [AmountUnit] = []
        for (grid, visibility) in sheets {
            guard visibility == .visible else {
                result.findings.append(Finding(rule: "import.hidden-sheet-ignored", severity: .notice,
                                               message: "已忽略隐藏的工作表“\(grid.name)”"))
                continue
            }
            if let used = FactsSheet.read(grid, into: &result.accounts.facts, findings: &result.findings) {
                reportStrayNumbers(in: grid, covered: [], besides: used.union(years.map(\.1)), into: &result)
                continue
            }
            let regions = regions(of: grid)
            collectHeadings(grid, above: regions.map(\.anchor.row).min(), into: &headings, years: &years)
            var covered: [(rows: Range<Int>, columns: Range<Int>)] = []
            for region in regions {
                guard var extracted = extract(region, sheet: grid.name, units: hints.tableUnits, result: &result) else { continue }
                covered.append((region.rows.lowerBound..<(extracted.context.endRow ?? region.rows.upperBound), region.columns))
                units.append(extracted.context.unit)
                result.sources.adopt(extracted.context.sources)
                if let department = extracted.department { departments.append((department, extracted.context.source(region.anchor.row, region.anchor.column))) }
                if let year = extracted.year { years.append((year, extracted.context.source(region.anchor.row, region.anchor.column))) }
                reportUnplaced(&extracted.context, region: region, into: &result)
                result.findings += extracted.context.findings
            }
            reportStrayNumbers(in: grid, covered: covered, besides: Set(years.map(\.1)), into: &result)
        }
        guard !result.tables.isEmpty else { throw ImportError.noTableRecognised }
        settleIdentity(&result, departments: departments.isEmpty ? headings : departments, years: years, hints: hints)
        result.findings += UnitConsistency(accounts: result.accounts, profile: profile,
                                           units: Dictionary(result.tables.map { ($0.kind, $0.unit) }) { first, _ in first }).findings()
        let grids = Dictionary(sheets.map { ($0.0.name, $0.0) }) { first, _ in first }
        let typed = result.sources.values.contains { source in
            guard let reference = CellReference(source.cell) else { return true }
            return grids[source.sheet]?.formulas[reference] == nil
        }
        if !typed {
            result.findings.append(Finding(rule: "import.no-figures", severity: .error,
                                           message: "识别出 \(result.tables.count) 张表，但没有填写任何数字\(result.sources.isEmpty ? "" : "（只有公式算出的合计）")：这像是未填写的空白填报表，不能据此公开"))
        }
        result.accounts.sourceUnit = units.first ?? .tenThousandYuan
        result.accounts.precision = units.contains(.tenThousandYuan) ? .published : .exact
        for template in profile.tables where !result.tables.contains(where: { $0.kind == template.kind }) {
            result.accounts.missingTables.insert(template.kind)
        }
        return result
    }

    // MARK: - Regions

    private func regions(of grid: SheetGrid) -> [TableRegion] {
        let finder = TableAnchors(known: known, profile: profile)
        var anchors = finder.anchors(in: grid)
        if anchors.isEmpty, let kind = finder.kind(ofSheetName: grid.name) {
            anchors = [(CellReference(row: 0, column: 0), kind)]
        }
        let width = max(grid.columnExtent, 1)
        return anchors.enumerated().map { index, anchor in
            let sameRow = anchors.filter { $0.reference.row == anchor.reference.row }.map(\.reference.column)
            let left = sameRow.filter { $0 < anchor.reference.column }.max() ?? 0
            let right = sameRow.filter { $0 > anchor.reference.column }.min() ?? width
            let next = anchors[(index + 1)...].first { $0.reference.row > anchor.reference.row && $0.reference.column < right }
            return TableRegion(grid: grid, kind: anchor.kind, anchor: anchor.reference,
                               rows: anchor.reference.row..<(next?.reference.row ?? grid.rowExtent), columns: left..<right)
        }
    }

    private struct Extracted {
        var context: ExtractionContext
        var department: String?
        var year: Int?
    }

    /// Extracts one region into the accounts; nil when it holds no table (a contents line, say).
    private func extract(_ region: TableRegion, sheet: String, units: [String: AmountUnit], result: inout ImportResult) -> Extracted? {
        guard let template = profile.template(region.kind) else { return nil }
        let frame = region.frame(headerStart: region.firstHeaderRow())
        let given = units[template.number] ?? units["all"]
        var context = ExtractionContext(region: region, sheet: sheet, unit: given ?? frame.unit ?? .tenThousandYuan, title: template.title)
        var accounts = result.accounts
        switch template.layout {
        case .lines: accounts[lines: region.kind] = LinesExtractor.extract(&context, known: known, targets: lineTargets, template: template)
        case .coded: accounts[coded: region.kind] = CodedExtractor.extract(&context, known: known)
        case .economic: accounts.generalBudgetBasic = EconomicExtractor.extract(&context)
        case .singleRow: accounts.threePublicExpenses = SingleRowExtractor.extract(&context, known: known)
        }
        let headerFound = region.firstHeaderRow() < min(region.rows.upperBound, region.anchor.row + 12)
        guard (context.dataStart != nil && (!context.sources.isEmpty || !context.findings.isEmpty)) || headerFound else { return nil }
        let anchorCell = context.source(region.anchor.row, region.anchor.column)
        if let first = result.tables.first(where: { $0.kind == region.kind }) {
            result.findings.append(Finding(
                rule: "import.duplicate-table", severity: .warning,
                message: "“\(template.title)”出现了两次：采用 \(first.sheet)!\(first.anchor) 处的表，\(anchorCell) 处的表未导入",
                cells: [anchorCell]))
            return nil
        }
        if let given, given != frame.unit {
            result.findings.append(Finding(rule: "import.unit-given", severity: .notice,
                                           message: "\(anchorCell) 处的“\(template.title)”按指定的单位\(given.rawValue)读取（表上注明的是\(frame.unit?.rawValue ?? "无")）", cells: [anchorCell]))
        } else if frame.unit == nil {
            result.findings.append(Finding(rule: "import.unit-assumed", severity: .notice,
                                           message: "\(anchorCell) 处的“\(template.title)”未注明金额单位，按万元处理", cells: [anchorCell]))
        }
        result.accounts = accounts
        result.tables.append(RecognisedTable(kind: region.kind, number: template.number, sheet: sheet,
                                             anchor: region.anchor.description, unit: context.unit, figures: context.sources.count))
        let title = region.text(region.anchor.row, region.anchor.column) ?? ""
        return Extracted(context: context, department: frame.department, year: Self.year(in: title))
    }

    // MARK: - Nothing lost

    private func reportUnplaced(_ context: inout ExtractionContext, region: TableRegion, into result: inout ImportResult) {
        guard let start = context.dataStart else { return }
        for row in start..<(context.endRow ?? region.rows.upperBound) where !region.isColumnNumberRow(row) {
            for cell in region.grid.cells(inRow: row) where region.columns.contains(cell.column) {
                guard !context.consumed.contains(row, cell.column), case .amount(let amount) = CellAmount.read(cell.value) else { continue }
                let reference = CellReference(row: row, column: cell.column)
                context.report(Finding(
                    rule: "import.unplaced-figure", severity: amount.significand == 0 ? .notice : .warning,
                    message: "\(context.sheet)!\(reference) 的数字 \(amount) 位于“\(region.kind.chineseTitle(in: profile))”中，但无法对应到标准表的行或列，未导入",
                    cells: [context.source(row, cell.column)]))
            }
        }
    }

    /// Reports the numbers of `grid` outside every table, other than the `identity` cells (a
    /// cover's year).
    private func reportStrayNumbers(in grid: SheetGrid, covered: [(rows: Range<Int>, columns: Range<Int>)], besides identity: Set<SourceCell>,
                                    into result: inout ImportResult) {
        var stray: [SourceCell] = []
        for (row, cells) in grid.rows {
            for cell in cells where !covered.contains(where: { $0.rows.contains(row) && $0.columns.contains(cell.column) })
                && Self.looksLikeFigure(cell.value) {
                let source = SourceCell(sheet: grid.name, cell: CellReference(row: row, column: cell.column).description)
                guard !identity.contains(source) else { continue }
                stray.append(source)
            }
        }
        guard !stray.isEmpty else { return }
        let examples = stray.prefix(5).map(\.cell).joined(separator: "、")
        result.findings.append(Finding(
            rule: "import.figures-outside-tables", severity: .warning,
            message: "工作表“\(grid.name)”中有 \(stray.count) 个数字不在任何已识别的表内（如 \(examples)），未导入；请确认是否漏了表或表名不规范",
            cells: Array(stray.prefix(20))))
    }

    /// A number, or text that reads as an amount with decimals or thousands separators
    /// (so that years, codes and line numbers typed as text are not taken for figures).
    private static func looksLikeFigure(_ value: CellValue) -> Bool {
        switch value {
        case .number: return true
        case .text(let text):
            guard case .amount = CellAmount.read(text: text) else { return false }
            let folded = LabelText.normalise(text)
            return folded.contains(".") || folded.contains(",")
        default: return false
        }
    }

    // MARK: - Department and year

    /// The department and year named above the first table of a sheet (a heading or a
    /// labelled line), in each table title, or anywhere on a sheet with no table (a cover).
    private func collectHeadings(_ grid: SheetGrid, above firstTable: Int?, into headings: inout [(String, SourceCell)], years: inout [(Int, SourceCell)]) {
        guard let firstTable else {
            let cover = IdentityClues.cover(grid)
            if let department = cover.department {
                headings.append(department)
                if let year = cover.year { years.append((year, cover.yearCell ?? department.1)) }
            }
            return
        }
        for (row, cells) in grid.rows where row <= firstTable {
            for cell in cells {
                guard let text = cell.value.text else { continue }
                let source = SourceCell(sheet: grid.name, cell: CellReference(row: row, column: cell.column).description)
                let stated = IdentityClues.heading(text)
                if let department = stated.department ?? IdentityClues.labelled(LabelText.normalise(text)) { headings.append((department, source)) }
                if let year = stated.year, row < firstTable { years.append((year, source)) }
            }
        }
    }

    private func settleIdentity(_ result: inout ImportResult, departments: [(String, SourceCell)], years: [(Int, SourceCell)], hints: Hints) {
        let stem = URL(fileURLWithPath: hints.fileName).deletingPathExtension().lastPathComponent
        var names: [String] = []
        for (name, _) in departments where !names.contains(name) { names.append(name) }
        if names.count > 1 {
            result.findings.append(Finding(rule: "import.department-disagrees", severity: .warning,
                                           message: "各表的单位名称不一致：\(names.map { Quoted.text($0) }.joined(separator: "、"))；采用“\(Quoted.text(departments[0].0))”",
                                           cells: departments.map(\.1)))
        }
        if let named = departments.first?.0 ?? hints.department {
            result.accounts.department = named
        } else {
            result.accounts.department = stem
            result.findings.append(Finding(rule: "import.department-from-file-name", severity: .warning,
                                           message: "报送中没有找到单位名称（单位、编制单位行，表上方的标题或封面），暂用文件名“\(stem)”；请核对，或用 --department 指定"))
        }
        let stated = Array(Set(years.map(\.0)))
        if stated.count > 1 {
            result.findings.append(Finding(rule: "import.year-disagrees", severity: .warning,
                                           message: "各表标题中的年度不一致：\(stated.sorted().map(String.init).joined(separator: "、"))",
                                           cells: years.map(\.1)))
        }
        if let year = years.first?.0 ?? hints.year {
            result.accounts.year = year
        } else if let year = Self.year(in: stem) {
            result.accounts.year = year
            result.findings.append(Finding(rule: "import.year-from-file-name", severity: .warning,
                                           message: "报送的表中没有注明年度，暂按文件名中的 \(year) 年处理；请核对，或用 --year 指定"))
        } else {
            result.accounts.year = profile.year
            result.findings.append(Finding(rule: "import.year-assumed", severity: .warning,
                                           message: "报送中和文件名中都没有注明年度，暂按 \(profile.year) 年处理；请核对，或用 --year 指定"))
        }
    }

    /// The year a title or file name states: four digits from 1900 to 2099 standing alone
    /// (not part of a longer number), such as 2023年, 2023年度 or 2023 in a file name.
    static func year(in text: String) -> Int? {
        let digits = Array(text.utf8)
        var index = 0
        while index + 4 <= digits.count {
            let window = digits[index..<index + 4]
            let before = index > 0 ? digits[index - 1] : 0
            let after = index + 4 < digits.count ? digits[index + 4] : 0
            if window.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), !(before >= 0x30 && before <= 0x39), !(after >= 0x30 && after <= 0x39),
               let year = Int(String(decoding: window, as: UTF8.self)), (1900...2099).contains(year) {
                return year
            }
            index += 1
        }
        return nil
    }
}

extension TableKind {
    /// The table's title in `profile`.
    func chineseTitle(in profile: Profile) -> String {
        profile.template(self)?.title ?? rawValue
    }
}
