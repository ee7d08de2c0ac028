import Testing
@testable import XLSX

private func read(_ sheetData: String, shared: [String] = ["零", "一"], styles: Styles = Styles(), uses1904Dates: Bool = false) throws -> SheetGrid {
    let xml = "<worksheet><dimension ref=\"A1:C3\"/><sheetData>\(sheetData)</sheetData>" +
        "<mergeCells><mergeCell ref=\"A1:C1\"/></mergeCells></worksheet>"
    var (builder, properties) = try WorksheetPart.read(
        MemoryByteSource(xml), part: "s.xml", sheet: "表", sharedStrings: shared, styles: styles,
        uses1904Dates: uses1904Dates, limits: .standard, handler: SheetGridBuilder(grid: SheetGrid(name: "表"), remaining: .max, limit: .max))
    builder.grid.apply(properties)
    return builder.grid
}

@Suite struct WorksheetPartTests {
    @Test func readsEveryCellType() throws {
        let grid = try read("""
            <row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c></row>\
            <row r="2"><c r="A2" t="str"><f>A1&amp;"x"</f><v>一x</v></c><c r="B2" t="e"><v>#DIV/0!</v></c>\
            <c r="C2" t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r></is></c><c r="D2" t="d"><v>2023-12-31</v></c></row>
            """)
        #expect(grid.value(at: CellReference("A1")!) == .text("一"))
        #expect(grid.value(at: CellReference("B1")!) == .number(12.5))
        #expect(grid.value(at: CellReference("C1")!) == .bool(true))
        #expect(grid.value(at: CellReference("A2")!) == .text("一x"))
        #expect(grid.formulas[CellReference("A2")!] == "A1&\"x\"")
        #expect(grid.value(at: CellReference("B2")!) == .error("#DIV/0!"))
        #expect(grid.value(at: CellReference("C2")!) == .text("内联"))
        #expect(grid.value(at: CellReference("D2")!) == .date(45291))
        #expect(grid.mergedRanges == [CellRange("A1:C1")!])
    }

    @Test func followsRowsAndCellsWithoutReferences() throws {
        let grid = try read("<row><c><v>1</v></c><c><v>2</v></c></row><row><c t=\"s\"><v>0</v></c></row><row r=\"5\"><c><v>5</v></c><c r=\"D5\"><v>6</v></c><c><v>7</v></c></row>")
        #expect(grid.value(at: CellReference("B1")!) == .number(2))
        #expect(grid.value(at: CellReference("A2")!) == .text("零"))
        #expect(grid.value(at: CellReference("A5")!) == .number(5))
        #expect(grid.value(at: CellReference("E5")!) == .number(7))
    }

    @Test func datesFollowTheStyleAndThe1904Flag() throws {
        let styles = try Styles(MemoryByteSource("<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"), part: "st", limits: .standard)
        let grid = try read("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43829</v></c><c r=\"B1\"><v>43829</v></c></row>", styles: styles, uses1904Dates: true)
        #expect(grid.value(at: CellReference("A1")!) == .date(45291))
        #expect(grid.value(at: CellReference("B1")!) == .number(43829))
        #expect(ExcelDate.iso8601(serial: 45291) == "2023-12-31")
    }

    @Test func recordsHiddenRowsAndColumns() throws {
        let xml = "<worksheet><cols><col min=\"2\" max=\"3\" hidden=\"1\"/></cols><sheetData><row r=\"4\" hidden=\"true\"><c r=\"A4\"><v>1</v></c></row></sheetData></worksheet>"
        let (builder, properties) = try WorksheetPart.read(
            MemoryByteSource(xml), part: "s", sheet: "s", sharedStrings: [], styles: Styles(), uses1904Dates: false,
            limits: .standard, handler: SheetGridBuilder(grid: SheetGrid(name: "s"), remaining: .max, limit: .max))
        #expect(builder.grid.cellCount == 1)
        #expect(properties.hiddenRows == [3])
        #expect(properties.hiddenColumns == [1, 2])
    }

    @Test(arguments: ["-1", "2", "x", " "])
    func rejectsSharedStringIndexesOutOfRange(_ index: String) {
        #expect {
            try read("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>\(index)</v></c></row>")
        } throws: { error in
            error as? XLSXError == .sharedStringIndexOutOfRange(sheet: "表", cell: "B1", index: index)
        }
    }

    @Test(arguments: ["A0", "XFE1", "A1048577", "1A", "A-1", "AAAA1"])
    func rejectsInvalidCellReferences(_ reference: String) {
        #expect(throws: XLSXError.invalidCellReference(sheet: "表", reference: reference)) {
            try read("<row><c r=\"\(reference)\"><v>1</v></c></row>")
        }
    }

    @Test func keepsMemoryProportionalToCellsNotToTheDeclaredDimension() throws {
        let grid = try read("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>")
        #expect(grid.cellCount == 1)
        #expect(grid.rowCount == 1)
        #expect(grid.value(at: CellReference(row: 1_048_575, column: 16_383)) == .number(1))
    }
}
