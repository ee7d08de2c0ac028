import XLSX

/// Reads a workbook in the standard layout of a profile (as ``DisclosureWriter`` writes
/// it) back into ``FinalAccounts``, cell by cell at the template's positions.
public struct StandardWorkbookReader {
    /// The profile whose layout the workbook has.
    public var profile: Profile

    /// Creates a reader for `profile`.
    public init(profile: Profile) {
        self.profile = profile
    }

    /// Reads `workbook`; `year` and `sourceUnit` are used when the workbook carries no stamp.
    public func read(_ workbook: Workbook, year: Int? = nil) throws -> FinalAccounts {
        let stamp = DocumentStamp(workbook.properties)
        var accounts = FinalAccounts(
            department: "", year: stamp?.year ?? year ?? profile.year, profile: profile.id,
            sourceUnit: stamp?.sourceUnit ?? .tenThousandYuan, precision: .published)
        for template in profile.tables {
            guard let sheet = workbook.sheets.first(where: { $0.name == template.sheetName }) else {
                accounts.missingTables.insert(template.kind)
                continue
            }
            let grid = try workbook.readSheet(sheet)
            let table = StandardTableGrid(grid: grid, template: template)
            if table.saysNotSubmitted() {
                accounts.missingTables.insert(template.kind)
                continue
            }
            if accounts.department.isEmpty, let department = table.department() { accounts.department = department }
            switch template.layout {
            case .lines: accounts[lines: template.kind] = table.lines()
            case .coded: accounts[coded: template.kind] = table.coded()
            case .economic: accounts.generalBudgetBasic = table.economic()
            case .singleRow: accounts.threePublicExpenses = table.singleRow()
            }
        }
        return accounts
    }
}
