import XLSX

/// The 填报说明 sheet of the fill-in workbook.
enum FillInInstructions {
    static func write(to sheet: SheetWriter, profile: Profile) throws {
        let lines = [
            "\(profile.name) 填报说明",
            "1. 本工作簿除封面、本说明和情况说明外共 \(profile.tables.count) 张表（\(profile.tables.map(\.sheetName).joined(separator: "、"))），请逐表填写，不要增删、重命名工作表。",
            "2. 单位全称和决算年度只在“封面”填写一次，各表的“编制单位”和年度自动带出。",
            "3. 金额一律以万元为单位，保留两位小数；没有发生额的填 0 或留空。浅黄色单元格为填报区，其余单元格已锁定。",
            "4. 收入决算表、支出决算表等按科目填写：科目代码填 3 位（类）、5 位（款）或 7 位（项），类、款、项逐级填写。"
                + "每张表有 \(DisclosureWriter.fillInCodedRows) 行科目行，不够时可在填报区内插入行（右键“插入”）。",
            "5. 合计、总计等行由公式自动计算（白色单元格），不需填写；请在 Excel 或 WPS 中填写并保存，使公式结果一并保存。",
            "6. “情况说明”表填写公开说明中表格以外的事项（单位职责、机构设置、机关运行经费、政府采购、国有资产、绩效评价、主要变动原因），未填写的在公开说明中留“【待填写】”。",
            "7. 本单位没有相关收支的表，保持空白即可，系统会自动标注“本表为空表”。",
            "8. 表格受保护但未设密码，如确需调整格式，可在“审阅”中撤销工作表保护。",
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
