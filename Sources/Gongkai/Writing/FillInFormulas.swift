import XLSX

/// The cells of the fill-in workbook that are worked out rather than typed: the 合计 row of a
/// coded table (the sum of its 类 rows), the 合计 and 总计 lines of 公开01/04, each line's
/// 合计 column of 公开04, and the totals of 三公经费. Spreadsheet programs keep them current
/// and save their results, which is what Gongkai reads back.
struct FillInFormulas {
    private(set) var cells: [CellReference: String] = [:]

    /// The formulas of `template` laid out in `geometry`.
    init(_ template: TableTemplate, geometry: TableGeometry) {
        switch template.layout {
        case .coded: coded(template, geometry)
        case .lines: lines(template, geometry)
        case .singleRow: threePublic(template, geometry)
        case .economic: break
        }
    }

    /// The formula for `reference`, if it is worked out.
    subscript(reference: CellReference) -> String? { cells[reference] }

    /// 合计 = Σ 类 rows: a 类 row has a three-character code (or, with split code columns, a
    /// 类 and no 款). LEN counts a code typed as a number as well as one typed as text.
    private mutating func coded(_ template: TableTemplate, _ geometry: TableGeometry) {
        guard let layout = template.coded else { return }
        let codeRows = geometry.dataRowCount - 1
        let totalFirst = layout.totalPosition != "last"
        let totalRow = totalFirst ? geometry.dataRow : geometry.dataRow + codeRows
        let first = totalFirst ? geometry.dataRow + 1 : geometry.dataRow
        let last = first + codeRows - 1
        func range(_ column: Int) -> String {
            "\(CellReference(row: first, column: column)):\(CellReference(row: last, column: column))"
        }
        let isCategory: String
        if let split = layout.splitCodeColumns, split.count >= 2 {
            isCategory = "(LEN(\(range(split[0])))>0)*(LEN(\(range(split[1])))=0)"
        } else if let column = layout.codeColumn {
            isCategory = "(LEN(\(range(column)))=3)"
        } else {
            return
        }
        for value in layout.valueColumns {
            cells[CellReference(row: totalRow, column: value.column)] = "SUMPRODUCT(\(isCategory)*\(range(value.column)))"
        }
    }

    /// The total lines of 01 and 04 as sums of the lines they add up, by line role.
    private mutating func lines(_ template: TableTemplate, _ geometry: TableGeometry) {
        guard let layout = template.lines else { return }
        for side in layout.sides {
            var rows: [LineRole: Int] = [:]
            var classRows: [Int] = []
            for (index, entry) in side.lines.enumerated() {
                if let role = entry.role { rows[role] = geometry.dataRow + index }
                if entry.classCode != nil { classRows.append(geometry.dataRow + index) }
            }
            for value in side.valueColumns {
                func sum(_ target: LineRole, _ addends: [Int]) {
                    guard let row = rows[target], !addends.isEmpty else { return }
                    cells[CellReference(row: row, column: value.column)] = addends.map { CellReference(row: $0, column: value.column).description }.joined(separator: "+")
                }
                let of = { (roles: [LineRole]) in roles.compactMap { rows[$0] } }
                switch (template.kind, side.key) {
                case (.incomeExpenditureSummary, .income):
                    sum(.incomeTotal, of(SummaryRules.incomeTypes))
                    sum(.grandTotal, of([.incomeTotal, .nonFiscalBalanceUsed, .openingBalance]))
                case (.incomeExpenditureSummary, .expenditure):
                    sum(.expenditureTotal, classRows)
                    sum(.grandTotal, of([.expenditureTotal, .balanceDistribution, .closingBalance]))
                case (.fiscalSummary, .income):
                    sum(.incomeTotal, of(SummaryRules.appropriations))
                    sum(.openingFiscalBalance, of([.openingGeneralBudget, .openingGovernmentFund, .openingStateCapital]))
                    sum(.grandTotal, of([.incomeTotal, .openingFiscalBalance]))
                case (.fiscalSummary, .expenditure):
                    sum(.expenditureTotal, classRows)
                    sum(.grandTotal, of([.expenditureTotal, .closingFiscalBalance]))
                default: break
                }
            }
            guard template.kind == .fiscalSummary, side.key == .expenditure,
                  let total = side.valueColumns.first(where: { $0.key == .total }) else { continue }
            let funds = side.valueColumns.filter { SummaryRules.funds.contains($0.key) }
            for (index, entry) in side.lines.enumerated() where entry.holdsValue {
                let row = geometry.dataRow + index
                let target = CellReference(row: row, column: total.column)
                guard cells[target] == nil else { continue }
                cells[target] = funds.map { CellReference(row: row, column: $0.column).description }.joined(separator: "+")
            }
        }
    }

    /// 三公经费: 合计 = 因公出国（境） + 公务用车 + 公务接待; 公务用车 = 购置 + 运行维护, for
    /// 预算数 and 决算数.
    private mutating func threePublic(_ template: TableTemplate, _ geometry: TableGeometry) {
        guard let layout = template.singleRow else { return }
        let columns = Dictionary(layout.valueColumns.map { ($0.key, $0.column) }, uniquingKeysWith: { first, _ in first })
        func sum(_ target: ColumnKey, _ addends: [ColumnKey]) {
            guard let column = columns[target] else { return }
            let parts = addends.compactMap { columns[$0] }
            guard parts.count == addends.count else { return }
            cells[CellReference(row: geometry.dataRow, column: column)] = parts.map { CellReference(row: geometry.dataRow, column: $0).description }.joined(separator: "+")
        }
        sum(.budgetTotal, [.budgetAbroad, .budgetCars, .budgetReception])
        sum(.budgetCars, [.budgetCarPurchase, .budgetCarOperation])
        sum(.finalTotal, [.finalAbroad, .finalCars, .finalReception])
        sum(.finalCars, [.finalCarPurchase, .finalCarOperation])
    }
}
