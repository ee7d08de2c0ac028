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
            输入可以是各部门报送的工作簿（.xlsx 或 Excel 97-2003 的 .xls，版式不限：程序按表名、表号和表头识别
            公开01–09表，可在任意工作表、任意位置，一个工作表可有多张表；金额单位元、千元、万元
            均可，自动精确换算为万元，四舍五入到分），规范 JSON（见 docs/canonical-json.md），
            或公开说明中各表的制表符分隔文本（.txt）。
            无法对应到标准表的数字、缺少的表、各表单位名称不一致等都会列出，不会悄悄丢弃；
            转换后自动审核勾稽关系；--report 输出每个数字的来源单元格和全部问题。
            输出先写入临时文件，完整写好后才替换目标文件。
            退出码：0 已输出且没有错误；1 已输出但有错误（标准表照常写出，但在修正前不得公开）；
            2 输入无法读取或没有识别出任何表（不输出文件）。

            批量转换：输入为文件夹时，转换其中（含子文件夹）全部 .xlsx、.xls、.json、.txt 文件，
            其他文件（.pdf、.doc、临时文件等）也列入汇总，记为“未处理”并说明原因；
            用满所有 CPU 核心并行处理，-o 为输出文件夹；输出文件按单位名称命名（重名时加上原文件名），
            并生成“汇总.xlsx”和“汇总.json”，逐个文件列出单位、状态、错误/警告/提示数、收支合计和输出文件。
            个别文件失败不影响其余文件；有文件失败时退出码为 2，否则有文件未通过审核（有错误）为 1，否则为 0。
            --shard K/N 只处理第 K 份（共 N 份），供多台机器分担同一批文件，N 份合起来等于一次全部处理。

            示例：
              gongkai convert 报送.xlsx -o 公开表.xlsx
              gongkai convert 报送.xlsx -o 公开表.xlsx --report 报告.json --json 公开表.json
              gongkai convert 报送.xlsx -o 公开表.xlsx --profile 2024-shanghai
              gongkai convert 报送.xlsx -o 公开表.xlsx --table-unit 06=元
              gongkai convert 旧版报送.xls -o 公开表.xlsx
              gongkai convert 各部门报送/ -o 公开表/ --shard 1/4
            """)

    @Argument(help: "报送文件（.xlsx、.json 或 .txt），或装有报送文件的文件夹。")
    var input: String

    @Option(name: .shortAndLong, help: "输出的标准工作簿路径（.xlsx）；输入为文件夹时为输出文件夹。")
    var output: String

    @Option(name: .long, help: "批量时只处理第 K 份（共 N 份），如 2/4。")
    var shard: String?

    @Option(name: .long, help: "批量时同时处理的文件数，默认为处理器核数。")
    var jobs: Int?

    @Flag(name: .long, help: "批量时不显示进度。")
    var quiet = false

    @Option(name: .long, help: "同时输出规范 JSON 到这个路径。")
    var json: String?

    @Option(name: .long, help: "同时输出报告（JSON）到这个路径：识别出的表、每个数字的来源单元格、导入和审核发现的全部问题。")
    var report: String?

    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var readingOptions: ReadingOptions

    @Option(name: .long, help: "报送中没有单位名称时使用的单位名称。")
    var department: String?

    @Option(name: .long, help: "报送和文件名中都没有年度时使用的年度。")
    var year: Int?

    private var isBatch: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func validate() throws {
        if shard != nil && Shard(shard ?? "") == nil { throw ValidationError("--shard 应为 K/N，如 1/4（1 ≤ K ≤ N）。") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs 应为正整数。") }
        if isBatch { return }
        try OutputPath.requireExtension(output, "xlsx", option: "-o", kind: "标准公开表 Excel 工作簿")
        try OutputPath.requireExtension(json, "json", option: "--json", kind: " JSON")
        try OutputPath.requireExtension(report, "json", option: "--report", kind: " JSON")
        try OutputPath.validate([output] + [json, report].compactMap { $0 }, inputs: [input])
    }

    func run() throws {
        if isBatch {
            let batch = BatchRun(folder: input, outputFolder: output, profileOptions: profileOptions, readingOptions: readingOptions, year: year, shard: shard.flatMap(Shard.init) ?? .all, quiet: quiet, jobs: jobs)
            let summary = try batch.run()
            if summary.failed > 0 || summary.skipped == summary.entries.count { throw ExitCode(2) }
            if summary.withErrors > 0 { throw ExitCode(1) }
            return
        }
        let (result, profile) = try AccountsLoader.load(input, store: profileOptions.store, profileOptions: profileOptions, reading: readingOptions,
                                                        department: department, year: year)
        let findings = Checker(profile: profile, codeLists: readingOptions.codeLists).findings(for: result)
        var outputs = StagedOutputs()
        do {
            try outputs.stage(output) { try DisclosureWriter(profile: profile).write(result.accounts, to: $0) }
            if let json { try outputs.stage(json) { try AtomicFile.write(CanonicalJSON.encode(result.accounts), to: $0) } }
            if let report { try outputs.stage(report) { try AtomicFile.write(ImportReport.encode(result, input: input, findings: findings), to: $0) } }
            try outputs.commit()
        } catch {
            let path = (error as? XLSXError).flatMap { if case .writeFailed(let path, _) = $0 { return path } else { return nil } } ?? output
            throw FailureReport.unreadable(path, "\(error)；本次的输出文件均未写出，原有文件未改动")
        }
        FindingsSummary.print(result, findings: findings, input: input, report: report)
        let written = [output, json, report].compactMap { $0 }.joined(separator: "、")
        FailureReport.printError("已写出：\(written)")
        if findings.contains(where: { $0.severity == .error }) {
            FailureReport.printError("已写出 \(output)，但其中有错误：修正报送并重新转换之前，不得直接公开。")
            throw ExitCode(1)
        }
    }
}
