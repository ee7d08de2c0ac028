import Foundation
import Testing
import XLSX
@testable import Gongkai

/// The standard cell a finding names is the cell the writer put the figure in, and naming
/// that cell gives the figure back.
@Suite struct StandardCellLocatorTests {
    @Test(arguments: ProfileStore.builtIn.profileIDs)
    func everyFigureIsFoundWhereTheWriterPutIt(_ id: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = try ProfileStore.builtIn.profile(id)
        let accounts = SampleAccounts.generated(profile: profile, seed: 7)
        let path = folder.appendingPathComponent("standard.xlsx").path
        try DisclosureWriter(profile: profile).write(accounts, to: path)
        let workbook = try Workbook(path: path)
        var grids: [String: SheetGrid] = [:]
        let locator = StandardCellLocator(accounts: accounts, profile: profile)
        let figures = accounts.figures
        #expect(figures.count > 100)
        for (key, amount) in figures {
            let cell = try #require(locator.cell(key), "\(key)")
            #expect(locator.key(at: cell) == key, "\(key) at \(cell)")
            if grids[cell.sheet] == nil { grids[cell.sheet] = try workbook.readSheet(workbook.sheet(cell.sheet)) }
            let reference = try #require(CellReference(cell.cell))
            guard case .number(let written)? = grids[cell.sheet]?.value(at: reference) else {
                Issue.record("\(key): \(cell) holds no number")
                continue
            }
            #expect(Amount(written) == amount.published, "\(key) at \(cell)")
        }
    }

    @Test func aCellOutsideTheFiguresNamesNone() throws {
        let profile = try ProfileStore.builtIn.profile("2023-national")
        let locator = StandardCellLocator(accounts: SampleAccounts.generated(profile: profile, seed: 7), profile: profile)
        for cell in ["A1", "A8", "ZZ900"] {
            #expect(locator.key(at: SourceCell(sheet: "公开01表", cell: cell, place: .standard)) == nil)
        }
        #expect(locator.key(at: SourceCell(sheet: "公开01表", cell: "F7")) == nil)
        #expect(locator.cell(FigureKey(table: .income, row: "999", column: "total")) == nil)
    }
}
