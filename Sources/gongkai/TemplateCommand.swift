import ArgumentParser
import Gongkai
import XLSX

/// `gongkai template`: the fill-in workbook a finance office sends to departments.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "生成下发给各部门的空白填报工作簿。",
        discussion: """
            生成的工作簿与公开表版式相同：标签单元格锁定，金额单元格可填写并只接受数字，
            工作表受保护但不设密码，另有“填报说明”工作表。

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
