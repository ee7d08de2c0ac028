import ArgumentParser
import Foundation
import Gongkai

/// `gongkai summary`: the 汇总 of several shards of one batch merged into one.
struct SummaryCommand: ManyOperands {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "合并分片批量转换的汇总：把多个输出文件夹中的 汇总.json 合成一份 汇总.xlsx 和 汇总.json。",
        discussion: """
            大批量转换可分成几份在几台机器上运行（gongkai convert 文件夹 -o 输出K --shard K/N），再用本命令合并各份的汇总。
            每个文件只能出现在一份汇总中；重叠时报错。合并后的“输出文件”一栏带上各分片的输出文件夹。
            退出码：0 合并完成且没有失败或有错误的文件；1 有文件未通过审核；2 有文件转换失败、汇总无法读取或用法有误。

            示例：
              gongkai summary 输出1 输出2 输出3 输出4 -o 全部汇总
            """)

    @Argument(help: "各分片的输出文件夹（其中有 汇总.json）。")
    var folders: [String]

    var operands: [String] {
        get { folders }
        set { folders = newValue }
    }

    @Option(name: .shortAndLong, help: "写出合并后 汇总.xlsx 和 汇总.json 的文件夹（须已存在）。")
    var output: String

    func validate() throws {
        guard !folders.isEmpty else { throw ValidationError("请给出至少一个分片的输出文件夹。") }
    }

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue else {
            throw FailureReport.unreadable(output, "输出文件夹不存在")
        }
        let summary: BatchSummary
        do {
            summary = try SummaryMerge.merge(folders)
        } catch let failure as SummaryMerge.Failure {
            throw FailureReport.unreadable(folders.joined(separator: "、"), failure)
        }
        let workbook = (output as NSString).appendingPathComponent("汇总.xlsx")
        let json = (output as NSString).appendingPathComponent("汇总.json")
        var outputs = StagedOutputs()
        do {
            try outputs.stage(workbook) { try summary.writeWorkbook(to: $0) }
            try outputs.stage(json) { try AtomicFile.write(summary.json(), to: $0) }
            try outputs.commit()
        } catch {
            throw FailureReport.unreadable(output, "\(error)；合并的汇总未写出")
        }
        FailureReport.printError("合并 \(folders.count) 份汇总，共 \(summary.entries.count) 个文件：失败 \(summary.failed) 个，未处理 \(summary.skipped) 个，未通过 \(summary.withErrors) 个。已写出：\(workbook)、\(json)")
        if summary.failed > 0 { throw ExitCode(2) }
        if summary.withErrors > 0 { throw ExitCode(1) }
    }
}
