import ArgumentParser
import Foundation
import Gongkai
import XLSX

/// `gongkai diff`: the figure-level differences between two versions of a department's accounts.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "比较同一单位的两个版本（重报、或公开表与原报送），逐个列出不同的数字。",
        discussion: """
            两个输入都可以是工作簿、规范 JSON 或公开说明文本。按公开表显示的两位小数比较，
            空白与 0 视为相同。每处不同给出表、行（行名或科目代码和名称）、列（中文表头）、
            两个版本的数字和所在单元格，以及差额；两个文件的单位或年度不同时先给出提醒。
            有差异时退出码为 1，相同时为 0，无法读取或用法有误时为 2。

            示例：
              gongkai diff 第一次报送.xlsx 第二次报送.xlsx
              gongkai diff 报送.xlsx 公开表.xlsx --format xlsx -o 比对.xlsx
            """)

    @Argument(help: "第一个版本。")
    var first: String

    @Argument(help: "第二个版本。")
    var second: String

    @Option(name: .customLong("format"), help: "输出格式：text、json 或 xlsx；不给出时按 -o 的扩展名决定，都没有时为 text（xlsx 须用 -o 指定文件）。")
    var formatOption: ReportFormat?

    /// The output format: as given, else by the output's extension, else text.
    var format: ReportFormat { ReportFormat.resolve(formatOption, output: output) }

    @Option(name: .shortAndLong, help: "输出到这个文件；不给出时输出到屏幕（xlsx 必须给出）。")
    var output: String?

    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var readingOptions: ReadingOptions

    func validate() throws {
        try ReportFormat.validate(formatOption, output: output)
        if let output { try OutputPath.validate([output], inputs: [first, second]) }
    }

    func run() throws {
        let store = profileOptions.store
        let (old, profile) = try AccountsLoader.load(first, store: store, profileOptions: profileOptions, reading: readingOptions, year: nil)
        var options = profileOptions
        options.profile = profile.id
        let (new, _) = try AccountsLoader.load(second, store: store, profileOptions: options, reading: readingOptions, year: nil)
        let diff = FigureDiff(old: old, new: new, profile: profile)
        do {
            switch format {
            case .text:
                let text = diff.isEmpty ? "两个版本的数字完全相同。" : diff.text() + "\n共 \(diff.changes.count) 处不同。"
                try emit(Data((text + "\n").utf8))
            case .json:
                try emit(diff.json())
            case .xlsx:
                try diff.writeWorkbook(to: output ?? "", first: first, second: second)
            }
        } catch let error as XLSXError {
            throw FailureReport.unreadable(output ?? "标准输出", error)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    private func emit(_ data: Data) throws {
        try Emit.data(data, to: output)
    }
}
