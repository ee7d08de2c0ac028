import XLSX

/// The 填报说明 sheet of the fill-in workbook.
enum FillInInstructions {
    static func write(to sheet: SheetWriter, profile: Profile) throws {
        let lines = [
            "\(profile.name) 填报说明",
            "1. 本工作簿共 \(profile.tables.count) 张表（\(profile.tables.map(\.sheetName).joined(separator: "、"))），请逐表填写，不要增删、重命名工作表。",
            "2. 在各表第 3 行“\(profile.tables.first?.unitLabel ?? "单位：")”后填写单位全称。",
            "3. 金额一律以万元为单位，保留两位小数；没有发生额的填 0 或留空。浅黄色单元格为填报区，其余单元格已锁定。",
            "4. 收入决算表、支出决算表等按科目填写：科目代码填 3 位（类）、5 位（款）或 7 位（项），类、款、项逐级填写，合计行填各类之和；"
                + "科目行不够时可在填报区内插入行（右键“插入”）。",
            "5. 本单位没有相关收支的表，保持空白即可，系统会自动标注“本表为空表”。",
            "6. 表格受保护但未设密码，如确需调整格式，可在“审阅”中撤销工作表保护。",
        ]
        try sheet.setColumnWidth(0, 90)
        for (row, text) in lines.enumerated() {
            try sheet.write(text, at: .init(row: row, column: 0), style: row == 0 ? TableStyles.title : TableStyles.note)
            try sheet.setRowHeight(row, row == 0 ? 30 : (TextWidth.of(text) / 88).rounded(.up) * 14 + 4)
        }
        var setup = PageSetup()
        setup.landscape = false
        try sheet.apply(setup)
    }
}
