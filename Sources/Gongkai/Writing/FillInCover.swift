import XLSX

/// The 封面 of the fill-in workbook: the department's name and the year, entered once and
/// carried to every table by formula.
enum FillInCover {
    static let sheetName = "封面"
    /// The cell of the department's name, as the tables' formulas refer to it.
    static let department = "\(sheetName)!$B$3"
    /// The cell of the year.
    static let year = "\(sheetName)!$B$4"

    static func write(to sheet: SheetWriter, profile: Profile) throws {
        try sheet.setColumnWidth(0, 16)
        try sheet.setColumnWidth(1, 56)
        try sheet.merge(CellRange(first: .init(row: 0, column: 0), last: .init(row: 0, column: 1)), text: "部门决算公开表填报封面", style: TableStyles.title)
        try sheet.setRowHeight(0, 36)
        let rows: [(String, (CellReference) throws -> Void)] = [
            ("单位名称", { try sheet.writeBlank(at: $0, style: TableStyles.input(TableStyles.label)) }),
            ("决算年度", { try sheet.write(Double(profile.year), at: $0, style: TableStyles.input(TableStyles.year)) }),
            ("金额单位", { try sheet.write("万元", at: $0, style: TableStyles.label) }),
            ("报表格式", { try sheet.write(profile.name, at: $0, style: TableStyles.label) }),
        ]
        for (offset, row) in rows.enumerated() {
            try sheet.write(row.0, at: .init(row: 2 + offset, column: 0), style: TableStyles.centeredLabel)
            try row.1(.init(row: 2 + offset, column: 1))
            try sheet.setRowHeight(2 + offset, 24)
        }
        try sheet.requireNumber(in: CellRange(first: .init(row: 3, column: 1), last: .init(row: 3, column: 1)), whole: true, from: 2000, to: 2099,
                                message: "决算年度请填写四位年份，如 \(profile.year)。")
        let note = "单位名称和决算年度只在本页填写一次，各表的“编制单位”和年度自动带出。浅黄色单元格为填报区。"
        try sheet.merge(CellRange(first: .init(row: 7, column: 0), last: .init(row: 7, column: 1)), text: note, style: TableStyles.note)
        try sheet.setRowHeight(7, 32)
        var setup = PageSetup()
        setup.landscape = false
        try sheet.apply(setup)
        sheet.protect()
    }
}
