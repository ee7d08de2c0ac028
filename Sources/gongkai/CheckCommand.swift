import ArgumentParser
import Foundation
import Gongkai
import XLSX

/// `gongkai check`: import a submission and check every cross-table relation.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "审核报送文件的勾稽关系，列出每个问题及其单元格。",
        discussion: """
            对报送（任意版式的工作簿、规范 JSON 或公开说明文本）逐条核对表内、表间勾稽关系、
            科目代码与名称。每个问题给出规则编号、差额，以及报送中的单元格和标准公开表中的单元格。
            报送以元为单位时按元精确核对，等式在元上成立而万元四舍五入后不等的，列为“尾数”提示；
            以万元报送时，n 个加数的差额在 (n+1)×0.005 万元以内为尾数提示，超出为错误。
            有错误时退出码为 1，否则为 0；文件无法读取时为 2。
            输入为文件夹时逐个审核其中全部报送（并行），报告为每个文件一行的汇总；
            有文件无法读取时退出码为 2，否则有错误为 1。

            示例：
              gongkai check 报送.xlsx
              gongkai check 报送.xlsx --format xlsx -o 审核结果.xlsx
              gongkai check 报送.xlsx --format json -o 审核结果.json
            """)

    @Argument(help: "报送文件：.xlsx、.xls、.json 或 .txt；或文件夹。")
    var input: String

    @Option(name: .customLong("format"), help: "报告格式：text、json 或 xlsx；不给出时按 -o 的扩展名（.txt、.json、.xlsx）决定，都没有时为 text。")
    var formatOption: ReportFormat?

    /// The report format: as given, else by the output's extension, else text.
    var format: ReportFormat { ReportFormat.resolve(formatOption, output: output) }

    @Option(name: .shortAndLong, help: "报告输出路径；text 和 json 不给出时输出到屏幕，xlsx 必须给出。")
    var output: String?

    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var readingOptions: ReadingOptions

    @Option(name: .long, help: "报送和文件名中都没有年度时使用的年度。")
    var year: Int?

    @Option(name: .long, help: "批量时只处理第 K 份（共 N 份），如 2/4。")
    var shard: String?

    @Option(name: .long, help: "批量时同时处理的文件数，默认为处理器核数。")
    var jobs: Int?

    @Option(name: .long, help: "同时核对公开说明的文字部分（.docx、.txt 或 .md）：文中的金额、增减、占比和清单合计是否与表一致。")
    var narrative: String?

    @Flag(name: .long, help: "批量时不显示进度。")
    var quiet = false

    func validate() throws {
        try ReportFormat.validate(formatOption, output: output)
        if let output { try OutputPath.validate([output], inputs: [input]) }
    }

    func run() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
            try runBatch()
            return
        }
        let store = profileOptions.store
        var (report, profile) = try AccountsLoader.checked(input, store: store, profileOptions: profileOptions, reading: readingOptions, year: year)
        if let narrative {
            report = CheckReport(input: report.input, accounts: report.accounts,
                                 findings: report.findings + NarrativeCheck(accounts: report.accounts, profile: profile).findings(try narrativeLines(narrative)))
        }
        do {
            switch format {
            case .text:
                try emit(Data(report.text().utf8))
            case .json:
                try emit(report.json())
            case .xlsx:
                try CheckWorkbook(profile: profile).write(report, to: output ?? "")
            }
        } catch let error as XLSXError {
            throw FailureReport.unreadable(output ?? input, error)
        }
        if report.hasErrors { throw ExitCode(1) }
    }

    /// The lines of the narrative file: a .docx's paragraphs and table rows, or a text file's lines.
    private func narrativeLines(_ path: String) throws -> [String] {
        do {
            if path.lowercased().hasSuffix(".docx") { return try DocxText.lines(path: path) }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw FailureReport.unreadable(path, "无法读取（文字文件须为 UTF-8 编码）")
            }
            return text.components(separatedBy: .newlines)
        } catch let error as XLSXError {
            throw FailureReport.unreadable(path, error)
        }
    }

    private func runBatch() throws {
        guard shard == nil || Shard(shard ?? "") != nil else { throw ValidationError("--shard 应为 K/N，如 1/4（1 ≤ K ≤ N）。") }
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs 应为正整数。") }
        let batch = BatchRun(folder: input, outputFolder: nil, profileOptions: profileOptions, readingOptions: readingOptions, year: year,
                             shard: shard.flatMap(Shard.init) ?? .all, quiet: quiet, jobs: jobs)
        let summary = try batch.run()
        switch format {
        case .text:
            let lines = summary.entries.map { entry in
                entry.status != .converted
                    ? "\(entry.status.chinese)\t\(entry.file)\t\(entry.message ?? "")"
                    : "\(entry.errors > 0 ? "未通过" : "通过")\t\(entry.file)\t\(entry.department ?? "")\t错误 \(entry.errors)\t警告 \(entry.warnings)\t提示 \(entry.notices)"
            }
            try emit(Data((lines.joined(separator: "\n") + "\n").utf8))
        case .json:
            try emit(summary.json())
        case .xlsx:
            try summary.writeWorkbook(to: output ?? "")
        }
        if summary.failed > 0 || summary.skipped == summary.entries.count { throw ExitCode(2) }
        if summary.withErrors > 0 { throw ExitCode(1) }
    }

    private func emit(_ data: Data) throws {
        try Emit.data(data, to: output)
    }
}
