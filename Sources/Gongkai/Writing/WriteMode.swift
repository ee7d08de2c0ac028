/// What a standard table is filled with: a department's figures, or empty input cells
/// for the fill-in workbook sent to departments.
enum WriteMode {
    /// The published figures of these accounts.
    case figures(FinalAccounts)
    /// Unlocked, validated input cells; coded tables get this many empty rows.
    case fillIn(codedRows: Int)
}
