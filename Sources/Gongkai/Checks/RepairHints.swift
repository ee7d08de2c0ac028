/// Repair hints (疑似录入错误): when changing one figure would make every failing identity
/// hold without breaking another, that figure was probably mistyped — a dropped digit, two
/// digits swapped, a figure in the wrong row. The accounts' own identities decide; when more
/// than one figure would do, no hint is given.
struct RepairHints {
    /// At most this many failing identities are worth trying one-cell repairs on: beyond,
    /// more than one cell is wrong.
    static let maximumFailures = 8

    let accounts: FinalAccounts
    let failures: [IdentityFailure]
    let errorCount: Int
    /// Runs every rule on changed accounts, giving their error count and failing identities.
    let recheck: (FinalAccounts) -> (errors: Int, failures: [IdentityFailure])

    /// The hint, if exactly one figure repairs every failing identity; `describe` names the
    /// figure and `locate` finds its cells.
    func finding(describe: (FigureKey) -> String, locate: (FigureKey) -> [SourceCell]) -> Finding? {
        guard !failures.isEmpty, failures.count <= Self.maximumFailures else { return nil }
        // One figure can only repair every failing identity if it takes part in each, asking the
        // same value of it in each: only such figures are tried, each with one re-check.
        var candidates = failures[0].repairs
        for failure in failures.dropFirst() {
            candidates = candidates.filter { failure.repairs.contains($0) }
        }
        var repairs: [IdentityFailure.Repair] = []
        for repair in Set(candidates) {
            guard repair.value != current(repair.key), let changed = accounts.setting(repair.key, to: repair.value) else { continue }
            let after = recheck(changed)
            guard after.failures.isEmpty, after.errors <= errorCount - failures.count else { continue }
            repairs.append(repair)
            if repairs.count > 1 { return nil }
        }
        guard let repair = repairs.first else { return nil }
        let cells = locate(repair.key)
        let place = cells.first { $0.place == .submission }.map { "\($0)（\(describe(repair.key))）" } ?? describe(repair.key)
        let unit = accounts.sourceUnit
        let rules = failures.map(\.description).joined(separator: "；")
        return Finding(rule: "repair-hint", severity: .warning,
                       message: "疑似录入错误：\(place) 填 \(unit.stating(current(repair.key)))，应为 \(unit.stating(repair.value))——改为此数后，\(failures.count) 项未通过的勾稽关系全部相符：\(rules)",
                       cells: cells, difference: repair.value - current(repair.key))
    }

    /// The figure as submitted, a blank counting as zero.
    private func current(_ key: FigureKey) -> Amount {
        accounts.value(at: key) ?? .zero
    }
}
