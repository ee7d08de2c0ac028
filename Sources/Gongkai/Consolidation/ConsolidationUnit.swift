/// One unit of a consolidation (本级 or a 所属单位, or a department in a district): its
/// accounts laid out in the consolidation's profile, its own findings, and where it came from.
public struct ConsolidationUnit: Sendable {
    /// The unit's name, from its accounts.
    public var name: String
    /// The file it was read from.
    public var source: String
    /// The profile the unit's submission was laid out in.
    public var inputProfile: String
    /// The accounts, in the consolidation's profile.
    public var accounts: FinalAccounts
    /// The unit's own import and check findings.
    public var findings: [Finding]

    /// Creates a unit.
    public init(source: String, inputProfile: String, accounts: FinalAccounts, findings: [Finding]) {
        name = accounts.department
        self.source = source
        self.inputProfile = inputProfile
        self.accounts = accounts
        self.findings = findings
    }

    /// How many of its own findings are errors.
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
}
