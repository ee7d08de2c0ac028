import XLSX

/// The 情况说明 sheet of a submission: rows of a label and its answer (单位职责 | …, 机关运行经费（万元）
/// | 12.30, 主要变动原因：基本支出 | …), read into the 公开说明's facts wherever the rows stand.
enum FactsSheet {
    /// Reads `grid` into `facts` when its first rows say 情况说明; the cells read (so that their
    /// numbers are not taken for stray figures), or nil when it is not such a sheet.
    static func read(_ grid: SheetGrid, into facts: inout DisclosureFacts, findings: inout [Finding]) -> Set<SourceCell>? {
        let heading = grid.rows.prefix(3).flatMap { $0.cells.compactMap(\.value.text) }
        guard heading.contains(where: { LabelBytes.contains($0, "情况说明") }) else { return nil }
        let labels = Dictionary(DisclosureFacts.fields.map { (key($0.label), $0.field) }, uniquingKeysWith: { first, _ in first })
        var used = Set<SourceCell>()
        var inContracts = false
        for (row, cells) in grid.rows {
            guard let first = cells.first, let label = first.value.text else { continue }
            guard let answer = cells.dropFirst().first else {
                if inContracts {
                    findings.append(Finding(rule: "import.unreadable-fact", severity: .warning,
                                            message: "\(grid.name) 第 \(row + 1) 行的合同“\(label)”没有金额，未列入政府采购合同清单"))
                }
                continue
            }
            if LabelText.normalise(label) == LabelText.normalise(DisclosureFacts.contractHeader.0) {
                inContracts = true
                continue
            }
            if inContracts {
                let source = SourceCell(sheet: grid.name, cell: CellReference(row: row, column: answer.column).description)
                if case .amount(let number) = CellAmount.read(answer.value), let amount = AmountUnit.tenThousandYuan.toTenThousandYuan(number)?.amount {
                    facts.contracts.append(DisclosureFacts.Contract(name: label.trimmingCharacters(in: .whitespaces), amount: amount))
                } else {
                    findings.append(Finding(rule: "import.unreadable-fact", severity: .warning,
                                            message: "\(source) 的合同“\(label)”金额无法识别，未列入政府采购合同清单", cells: [source]))
                }
                used.insert(source)
                continue
            }
            let source = SourceCell(sheet: grid.name, cell: CellReference(row: row, column: answer.column).description)
            let folded = LabelText.normalise(label)
            if folded.hasPrefix(reasonPrefix), let text = answer.value.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                facts.reasons[String(folded.dropFirst(reasonPrefix.count))] = text
                used.insert(source)
                continue
            }
            guard let field = labels[key(label)] else { continue }
            used.insert(source)
            switch field {
            case .text(let path):
                if let text = answer.value.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { facts[keyPath: path] = text }
            case .amount(let path):
                if case .amount(let number) = CellAmount.read(answer.value), let amount = AmountUnit.tenThousandYuan.toTenThousandYuan(number)?.amount {
                    facts[keyPath: path] = amount
                } else {
                    findings.append(Finding(rule: "import.unreadable-fact", severity: .warning,
                                            message: "\(source) 的“\(label)”应为数字，无法识别，公开说明中留待填写", cells: [source]))
                }
            case .count, .vehicleCount:
                guard case .amount(let number) = CellAmount.read(answer.value), let value = Double(number.description), let count = Int(exactly: value) else {
                    findings.append(Finding(rule: "import.unreadable-fact", severity: .warning,
                                            message: "\(source) 的“\(label)”应为整数，无法识别，公开说明中留待填写", cells: [source]))
                    continue
                }
                if case .count(let path) = field { facts[keyPath: path] = count }
                if case .vehicleCount(let kind) = field { facts.vehiclesByKind[kind] = count }
            }
        }
        return used
    }

    private static let reasonPrefix = LabelText.normalise(DisclosureFacts.reasonPrefix)

    /// A label without its unit in brackets, normalised: 机关运行经费（万元） and 机关运行经费 match.
    private static func key(_ label: String) -> String {
        let folded = LabelText.normalise(label)
        return folded.firstIndex(of: "(").map { String(folded[..<$0]) } ?? folded
    }
}
