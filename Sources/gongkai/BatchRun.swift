import ArgumentParser
import Foundation
import Gongkai

/// Batch conversion or checking of a folder, shared by `convert DIR` and `check DIR`.
struct BatchRun {
    var folder: String
    var outputFolder: String?
    var summaryPaths: (workbook: String, json: String)?
    var profileOptions: ProfileOptions
    var year: Int?
    var shard: Shard
    var quiet: Bool

    /// Runs the batch; returns the summary.
    func run() throws -> BatchSummary {
        let files = BatchFiles.list(folder, shard: shard)
        guard !files.isEmpty else {
            throw FailureReport.unreadable(folder, "文件夹中没有 .xlsx、.json 或 .txt 文件" + (shard == .all ? "" : "（在分片 \(shard.index)/\(shard.count) 中）"))
        }
        if let outputFolder {
            do {
                try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
            } catch {
                throw FailureReport.unreadable(outputFolder, "无法创建输出文件夹")
            }
        }
        let progress = Progress(total: files.count, quiet: quiet)
        var converter = BatchConverter(store: profileOptions.store, profileID: profileOptions.profile, year: year)
        converter.tableUnits = profileOptions.tableUnits
        converter.codeLists = profileOptions.codeLists
        let entries = converter.run(folder: folder, files: files, outputFolder: outputFolder) { done, _ in
            progress.update(done: done)
        }
        let summary = BatchSummary(entries: entries)
        if let summaryPaths {
            do {
                try summary.writeWorkbook(to: summaryPaths.workbook)
                try AtomicFile.write(summary.json(), to: summaryPaths.json)
            } catch {
                throw FailureReport.unreadable(summaryPaths.workbook, "\(error)")
            }
        }
        if !quiet {
            FailureReport.printError("共 \(entries.count) 个文件：成功 \(entries.count - summary.failed) 个，失败 \(summary.failed) 个，未通过（有错误）\(summary.withErrors) 个。")
            for entry in entries where entry.status == .failed {
                FailureReport.printError("  失败：\(entry.file)：\(entry.message ?? "")")
            }
        }
        return summary
    }
}
