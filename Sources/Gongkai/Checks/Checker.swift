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

    /// The findings of every rule on `accounts`; `sources` gives the submission cell of a figure.
    public func check(_ accounts: FinalAccounts, sources: [FigureKey: SourceCell] = [:]) -> [Finding] {
        let locator = StandardCellLocator(accounts: accounts, profile: profile)
        var context = CheckContext(accounts: accounts, profile: profile) { key in
            [sources[key], locator.cell(key)].compactMap { $0 }
        }
        MissingTableRule.check(&context)
        SummaryRules.check(&context)
        CodedRules.check(&context)
        EconomicRules.check(&context)
        ThreePublicRules.check(&context)
        CrossTableRules.check(&context)
        SoftRules.check(&context)
        CodeRules.check(&context, lists: codeLists)
        return context.findings
    }
}
