/// 汇总: units added into one set of accounts — a department from its 本级 and 所属单位, a
/// district from its departments — checked with every rule like any department, with the
/// trail from each figure back to the units.
///
/// The 部门决算 is a plain sum of its units; internal transfers between units of the same
/// consolidation (上级补助收入 ↔ 对附属单位补助支出, 附属单位上缴收入 ↔ 上缴上级支出) are
/// reported with their amounts and removed only on request, as an adjustment (调整表) stated
/// in the findings (docs/consolidation.md).
public struct Consolidation {
    /// The consolidated department's (or district's) name.
    public var department: String
    /// The profile every unit is laid out in.
    public var profile: Profile
    /// Remove the internal transfers matched on both sides.
    public var eliminateInternal = false
    /// Refuse when a unit's own checks found errors.
    public var strict = false
    /// The code lists the checks use.
    public var codeLists: CodeLists = .builtIn

    /// Creates a consolidation named `department` in `profile`.
    public init(department: String, profile: Profile) {
        self.department = department
        self.profile = profile
    }

    /// Adds `units` up; throws when they cannot be added (none, different years or profiles,
    /// or, when strict, a unit with errors).
    public func run(_ units: [ConsolidationUnit]) throws -> ConsolidationResult {
        guard let first = units.first else { throw ConsolidationError.noUnits }
        let years = Set(units.map(\.accounts.year))
        guard years.count == 1 else {
            throw ConsolidationError.differentYears(units.map { "\($0.name)（\($0.accounts.year) 年度，\($0.source)）" })
        }
        let profiles = Set(units.map(\.inputProfile))
        guard profiles.count == 1 else {
            throw ConsolidationError.differentProfiles(units.map { "\($0.name)（\($0.inputProfile)，\($0.source)）" })
        }
        let failing = units.filter { $0.errorCount > 0 }
        if strict, !failing.isEmpty {
            throw ConsolidationError.unitsWithErrors(failing.map { "\($0.name)（\($0.errorCount) 条错误，\($0.source)）" })
        }
        var findings: [Finding] = []
        let included = Self.withoutDuplicates(units, findings: &findings)
        for unit in failing {
            findings.append(Finding(rule: "consolidate.unit-has-errors", severity: .warning,
                                    message: "单位“\(unit.name)”自身审核有 \(unit.errorCount) 条错误（\(unit.source)），已计入汇总；请先核对该单位（--strict 时不汇总）"))
        }
        let exact = included.allSatisfy { $0.accounts.precision == .exact }
        var accounts = FinalAccounts(department: department, year: first.accounts.year, profile: profile.id,
                                     sourceUnit: exact ? Self.commonUnit(included) : .tenThousandYuan, precision: exact ? .exact : .published)
        for unit in included { accounts.add(unit.accounts) }
        accounts.roundedSources = max(1, included.filter { $0.accounts.precision == .published }.map(\.accounts.roundedSources).reduce(0, +))
        findings += Self.missingTables(included, profile: profile, accounts: &accounts)
        let transfers = InternalTransfers(included)
        findings += transfers.findings
        if eliminateInternal { findings += transfers.eliminate(from: &accounts, profile: profile) }
        let trail = ConsolidationTrail(accounts: accounts, units: included, profile: profile)
        findings += trail.roundingNotices()
        findings += Checker(profile: profile, codeLists: codeLists).check(accounts)
        return ConsolidationResult(accounts: accounts, findings: findings, trail: trail, units: included)
    }

    /// The units with the second of the same name, or of identical figures, left out by an error.
    private static func withoutDuplicates(_ units: [ConsolidationUnit], findings: inout [Finding]) -> [ConsolidationUnit] {
        var kept: [ConsolidationUnit] = []
        var figures: [[FigureKey: Amount]] = []
        for unit in units {
            let own = unit.accounts.figures
            if let twin = kept.first(where: { $0.name == unit.name }) ?? (own.isEmpty ? nil : zip(kept, figures).first { $0.1 == own }?.0) {
                let why = twin.name == unit.name ? "单位名称相同" : "各表数字完全相同"
                findings.append(Finding(rule: "consolidate.duplicate-unit", severity: .error,
                                        message: "“\(unit.source)”与“\(twin.source)”\(why)，像是同一个单位报送了两次；“\(unit.source)”未计入汇总，请核对"))
                continue
            }
            kept.append(unit)
            figures.append(own)
        }
        return kept
    }

    /// 元 when every unit stated 元, else 千元 when every unit stated 千元 or 元 … as exact as all are.
    private static func commonUnit(_ units: [ConsolidationUnit]) -> AmountUnit {
        let stated = Set(units.map(\.accounts.sourceUnit))
        return stated.count == 1 ? stated.first ?? .yuan : .yuan
    }

    /// A table no unit submitted stays missing; one some units lack is summed from the others
    /// with an error naming them, since the consolidated figures are then incomplete.
    private static func missingTables(_ units: [ConsolidationUnit], profile: Profile, accounts: inout FinalAccounts) -> [Finding] {
        var findings: [Finding] = []
        for template in profile.tables {
            let lacking = units.filter { $0.accounts.missingTables.contains(template.kind) }
            guard !lacking.isEmpty else { continue }
            if lacking.count == units.count {
                accounts.missingTables.insert(template.kind)
            } else {
                findings.append(Finding(rule: "consolidate.table-missing-in-units", severity: .error,
                                        message: "公开\(template.number)表（\(template.title)）：\(lacking.map { "“\($0.name)”" }.joined(separator: "、"))未报送，汇总数不含这些单位，不得据此公开"))
            }
        }
        return findings
    }
}

/// The consolidated accounts, what was found, and the trail to the units.
public struct ConsolidationResult: Sendable {
    /// The consolidated accounts.
    public var accounts: FinalAccounts
    /// The consolidation's findings followed by every rule's on the consolidated accounts.
    public var findings: [Finding]
    /// Each figure with its contributors.
    public var trail: ConsolidationTrail
    /// The units added (duplicates left out).
    public var units: [ConsolidationUnit]
}

/// Why units cannot be consolidated.
public enum ConsolidationError: Error, Equatable, CustomStringConvertible {
    /// Nothing to add.
    case noUnits
    /// Units of different years.
    case differentYears([String])
    /// Units laid out in different profiles.
    case differentProfiles([String])
    /// `--strict` and units whose own checks found errors.
    case unitsWithErrors([String])

    public var description: String {
        switch self {
        case .noUnits: return "没有可汇总的单位"
        case .differentYears(let units): return "各单位的年度不同，不能汇总：\(units.joined(separator: "；"))"
        case .differentProfiles(let units): return "各单位的报表格式不同，不能汇总：\(units.joined(separator: "；"))"
        case .unitsWithErrors(let units): return "以下单位自身审核有错误，按 --strict 不汇总：\(units.joined(separator: "；"))"
        }
    }
}
