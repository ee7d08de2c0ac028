import ArgumentParser
import Foundation
import Gongkai
import XLSX

/// `gongkai convert`: a submission in, the standard nine-table workbook out.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "把报送文件转换为标准的公开01–09表工作簿。",
        discussion: """
            输入可以是标准格式的工作簿（.xlsx）或规范 JSON（见 docs/canonical-json.md）。
            输出工作簿每张表一个工作表（公开01表…公开09表），金额以万元保留两位小数，
            可直接打印（A4 横向、每页重复表头）。输出先写入临时文件，完整写好后才替换目标文件。

            示例：
              gongkai convert examples/seed-2023.json -o 公开表.xlsx
              gongkai convert 报送.xlsx -o 公开表.xlsx --json 公开表.json
            """)

    @Argument(help: "报送文件：.xlsx 或 .json。")
    var input: String

    @Option(name: .shortAndLong, help: "输出的标准工作簿路径（.xlsx）。")
    var output: String

    @Option(name: .long, help: "同时输出规范 JSON 到这个路径。")
    var json: String?

    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: "输入未注明年度时使用的年度。")
    var year: Int?

    func validate() throws {
        try OutputPath.validate(output, input: input)
        if let json { try OutputPath.validate(json, input: input) }
    }

    func run() throws {
        let store = profileOptions.store
        do {
            let importer = SubmissionImporter(store: store, defaultProfile: profileOptions.profile ?? Profile.defaultID, year: year)
            var accounts = try importer.load(input)
            if let profile = profileOptions.profile { accounts.profile = profile }
            let profile = try store.profile(accounts.profile)
            try DisclosureWriter(profile: profile).write(accounts, to: output)
            if let json { try AtomicFile.write(CanonicalJSON.encode(accounts), to: json) }
        } catch let error as ImportError {
            throw FailureReport.unreadable(input, error)
        } catch let error as TemplateError {
            throw FailureReport.unreadable(input, error)
        } catch let error as XLSXError {
            throw FailureReport.unreadable(output, error)
        }
    }
}
