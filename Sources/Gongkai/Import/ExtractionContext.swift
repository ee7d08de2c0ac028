import XLSX

/// What extracting one table records: figures with their source cells, the cells used,
/// and the findings about cells that could not be read.
struct ExtractionContext {
    let region: TableRegion
    let sheet: String
    let unit: AmountUnit
    /// The table's title, for messages.
    let title: String
    private(set) var sources: [FigureKey: SourceCell] = [:]
    /// The cells used so far: codes, labels, line numbers and figures.
    private(set) var consumed: CellMask
    private(set) var findings: [Finding] = []
    /// The row where the table ended (its notes begin), if it ended before the region did.
    var endRow: Int?
    /// The first data row, once the header has been found.
    var dataStart: Int?

    init(region: TableRegion, sheet: String, unit: AmountUnit, title: String) {
        self.region = region
        self.sheet = sheet
        self.unit = unit
        self.title = title
        consumed = CellMask(rows: region.rows, columns: region.columns)
        // Room for a figure in most cells up front: growing the dictionary figure by figure
        // rehashed every key several times.
        let (area, overflow) = region.rows.count.multipliedReportingOverflow(by: region.columns.count)
        sources.reserveCapacity(overflow ? Self.reservedFigures : min(area, Self.reservedFigures))
    }

    /// The most figures room is made for before extraction: more than any standard table has.
    private static let reservedFigures = 512

    /// The source cell of `row`, `column`.
    func source(_ row: Int, _ column: Int) -> SourceCell {
        SourceCell(sheet: sheet, cell: CellReference(row: row, column: column).description)
    }

    /// Whether the cell holds an amount (not blank, not text).
    func holdsAmount(_ row: Int, _ column: Int) -> Bool {
        if case .amount = CellAmount.read(region.grid.value(at: .init(row: row, column: column))) { return true }
        return false
    }

    /// The amount at `row`, `column` in 万元 without placing it; nil when blank or unreadable.
    func peek(_ row: Int, _ column: Int) -> Amount? {
        guard case .amount(let number) = CellAmount.read(region.grid.value(at: .init(row: row, column: column))) else { return nil }
        return unit.toTenThousandYuan(number)?.amount
    }

    /// Marks a cell as used (a code, a label, a line number).
    mutating func use(_ row: Int, _ column: Int) {
        consumed.insert(row, column)
    }

    /// Reads the amount at `row`, `column` as the figure `key`, in 万元; nil when blank.
    /// Text that is not an amount, a magnitude out of range, a formula saved without its result
    /// that is not simple arithmetic, and a second figure for a key already placed (the first is
    /// kept) become findings; so do rounding to the fen and a formula computed here.
    mutating func place(_ key: FigureKey, row: Int, column: Int, slot: @autoclosure () -> String = "") -> Amount? {
        let reference = CellReference(row: row, column: column)
        consumed.insert(row, column)
        let value = region.grid.value(at: reference)
        if value == nil, let formula = region.grid.formulas[reference] {
            guard let computed = FormulaEvaluator(grid: region.grid).value(at: reference), let number = DecimalNumber(computed) else {
                findings.append(Finding(
                    rule: "import.formula-without-result", severity: .error,
                    message: "\(sheet)!\(reference) 的公式“\(Quoted.text(formula))”没有计算结果，请在 Excel 或 WPS 中打开并保存后再报送",
                    cells: [source(row, column)]))
                return nil
            }
            findings.append(Finding(
                rule: "import.formula-computed", severity: .notice,
                message: "\(sheet)!\(reference) 的公式“\(Quoted.text(formula))”没有保存计算结果，已按公式算得 \(number)",
                cells: [source(row, column)]))
            return accept(number, key: key, reference: reference, slot: slot)
        }
        switch CellAmount.read(value) {
        case .empty:
            return nil
        case .amount(let number):
            return accept(number, key: key, reference: reference, slot: slot)
        case .notAnAmount(let text):
            findings.append(Finding(
                rule: "import.unreadable-amount", severity: .error,
                message: "\(sheet)!\(reference) 应为金额，但内容是“\(Quoted.text(text))”，无法识别为数字（千位分隔符须每三位一组，小数点用“.”）",
                cells: [source(row, column)]))
            return nil
        }
    }

    /// Converts a stated number to 万元 and records it as `key`, unless it is out of range or the
    /// key already has a figure.
    /// `slot` names the place in a duplicate's message, and is only worked out for one.
    private mutating func accept(_ number: DecimalNumber, key: FigureKey, reference: CellReference, slot: () -> String) -> Amount? {
        let cell = SourceCell(sheet: sheet, cell: reference.description)
        guard let (amount, rounded) = unit.toTenThousandYuan(number) else {
            findings.append(Finding(
                rule: "import.amount-out-of-range", severity: .error,
                message: "\(sheet)!\(reference) 的金额 \(Quoted.text(number.description)) \(unit.rawValue)超出范围（绝对值超过 10 万亿元），未导入",
                cells: [cell]))
            return nil
        }
        if let earlier = sources.updateValue(cell, forKey: key) {
            sources[key] = earlier
            let slot = slot()
            findings.append(Finding(
                rule: "import.duplicate-figure", severity: .error,
                message: "\(earlier) 和 \(sheet)!\(reference) 都对应\(slot.isEmpty ? "同一个数字" : "“\(slot)”")：采用 \(earlier) 的数字，\(sheet)!\(reference) 的 \(number) 未导入，请核对",
                cells: [earlier, cell]))
            return nil
        }
        if rounded {
            findings.append(Finding(
                rule: "import.amount-rounded", severity: .notice,
                message: "\(sheet)!\(reference) 的金额 \(Quoted.text(number.description)) 小数位超过分，已四舍五入为 \(amount) 万元",
                cells: [cell]))
        }
        return amount
    }

    /// Adds a finding.
    mutating func report(_ finding: Finding) {
        findings.append(finding)
    }
}
