/// The cross-check engine (勾稽审核): every rule of docs/RULES.md over the canonical model,
/// following the profile's numbering, with each finding pointing at the cells involved in
/// the submission and in the standard workbook.
public struct Checker: Sendable {
    /// The profile the accounts are laid out in.
    public var profile: Profile
    /// The reference code lists.
    public var codeLists: CodeLists

    /// Creates a checker.
    public init(profile: Profile, codeLists: CodeLists = .builtIn) {
        self.profile = profile
        self.codeLists = codeLists
    }

    /// The findings of every rule on `accounts`, with a repair hint when one mistyped figure
    /// explains every failing identity; `sources` gives the submission cell of a figure.
    public func check(_ accounts: FinalAccounts, sources: FigureSources = [:]) -> [Finding] {
        let locator = StandardCellLocator(accounts: accounts, profile: profile)
        let locate = { (key: FigureKey) in [sources[key], locator.cell(key)].compactMap { $0 } }
        let context = runRules(accounts, locate: locate)
        let errors = { (findings: [Finding]) in findings.filter { $0.severity == .error }.count }
        let hints = RepairHints(accounts: accounts, failures: context.failures, errorCount: errors(context.findings)) { changed in
            let rerun = runRules(changed) { _ in [] }
            return (errors(rerun.findings), rerun.failures)
        }
        let hint = hints.finding(describe: { FigureLabels(profile: profile).describe($0, in: accounts) }, locate: locate)
        return context.findings + (hint.map { [$0] } ?? [])
    }

    private func runRules(_ accounts: FinalAccounts, locate: @escaping (FigureKey) -> [SourceCell]) -> CheckContext {
        var context = CheckContext(accounts: accounts, profile: profile, locate: locate)
        MissingTableRule.check(&context)
        SummaryRules.check(&context)
        CodedRules.check(&context)
        EconomicRules.check(&context)
        ThreePublicRules.check(&context)
        CrossTableRules.check(&context)
        SoftRules.check(&context)
        CodeRules.check(&context, lists: codeLists)
        return context
    }
}
