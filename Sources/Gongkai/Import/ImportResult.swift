/// What importing a submission produced: the accounts, where every figure came from,
/// and what could not be placed.
public struct ImportResult: Sendable {
    /// The canonical accounts.
    public var accounts: FinalAccounts
    /// The source cell of every mapped figure.
    public var sources = FigureSources()
    /// The tables found, with where and in which unit.
    public var tables: [RecognisedTable] = []
    /// Unplaced figures, missing tables, disagreements.
    public var findings: [Finding] = []
    /// The profile the submission was laid out in, when the accounts were moved to another.
    public var inputProfile: String?

    /// Creates a result.
    public init(accounts: FinalAccounts) {
        self.accounts = accounts
    }
}

/// A table found in the submission.
public struct RecognisedTable: Sendable, Equatable, Codable {
    /// What it is.
    public var kind: TableKind
    /// Its number in the output profile.
    public var number: String
    /// The sheet it is on.
    public var sheet: String
    /// The cell of its title (or first header) in the submission.
    public var anchor: String
    /// The unit it stated.
    public var unit: AmountUnit
    /// How many figures were mapped from it.
    public var figures: Int
}
