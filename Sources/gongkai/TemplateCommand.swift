import ArgumentParser
import Gongkai
import XLSX

/// `gongkai template`: the fill-in workbook a finance office sends to departments.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "生成下发给各部门的空白填报工作簿。",
        discussion: """
            “封面”上填一次单位名称和决算年度，各表的“编制单位”和年度由公式带出；各表与公开表版式相同：
            浅黄色单元格为填报区，只接受数字，其余锁定，工作表受保护但不设密码；合计、总计由公式计算，
            科目表各有 200 行且可插入行；另有一页“填报说明”。

            示例：
              gongkai template -o 2023年部门决算填报表.xlsx
              gongkai template --profile 2024-shanghai -o 上海2024填报表.xlsx
            """)

    @Option(name: .shortAndLong, help: "输出的填报工作簿路径（.xlsx）。")
    var output: String

    @OptionGroup var profileOptions: ProfileOptions

    func validate() throws {
        try OutputPath.validate([output], inputs: [])
    }

    func run() throws {
        do {
            let profile = try profileOptions.store.profile(profileOptions.profile ?? Profile.defaultID)
            try DisclosureWriter(profile: profile).writeFillIn(to: output)
        } catch let error as TemplateError {
            throw FailureReport.unreadable(output, error)
        } catch let error as XLSXError {
            throw FailureReport.unreadable(output, error)
        }
    }
}
