import ArgumentParser
import Foundation
import Gongkai
import XLSX

/// Batch conversion or checking of a folder, shared by `convert DIR` and `check DIR`.
///
/// The command supervises: it runs the batch in a worker process (this same program, with the
/// same arguments) and starts it again if it dies, so that even a trap on one file ends in a full
/// account. The worker keeps a journal; on a new start it reuses what is done and runs the file
/// it died on in a child process of its own, which is then recorded as failed if it dies again.
struct BatchRun {
    var folder: String
    var outputFolder: String?
    var profileOptions: ProfileOptions
    var readingOptions: ReadingOptions
    var year: Int?
    var shard: Shard
    var quiet: Bool
    /// Files converted at once; every core when nil.
    var jobs: Int?

    /// The environment that tells a process its part: supervisor (unset), worker or isolated file.
    private enum Role {
        static let key = "GONGKAI_BATCH_ROLE"
        static let parentKey = "GONGKAI_BATCH_PARENT"
        static let journalKey = "GONGKAI_BATCH_JOURNAL"
        static let fileKey = "GONGKAI_BATCH_FILE"
        static let outputKey = "GONGKAI_BATCH_OUTPUT"
        /// Fault injection for tests: converting a file whose path contains this value traps, as an overflow would.
        static let crashKey = "GONGKAI_FAULT_CRASH"
        /// The Swift runtime's crash report, turned off in workers: the supervisor says in Chinese what happened.
        static let backtraceKey = "SWIFT_BACKTRACE"
    }

    private var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Runs the batch in this process's role; returns the summary (the worker's, to the supervisor).
    func run() throws -> BatchSummary {
        switch environment[Role.key] {
        case "isolate":
            try runIsolated()
            throw ExitCode(0)
        case "worker":
            return try runWorker()
        default:
            return try supervise()
        }
    }

    /// The summary files, named so that they replace none of `items` (the inputs' resolved paths).
    private func summaryPaths(avoiding items: Set<String>) -> (workbook: String, json: String)? {
        guard let outputFolder else { return nil }
        for suffix in [""] + (1...99).map({ "-\($0)" }) {
            let workbook = "\(outputFolder)/汇总\(suffix).xlsx", json = "\(outputFolder)/汇总\(suffix).json"
            if !items.contains(URL(fileURLWithPath: workbook).standardizedFileURL.path),
               !items.contains(URL(fileURLWithPath: json).standardizedFileURL.path) {
                return (workbook, json)
            }
        }
        return nil
    }

    // MARK: - Supervisor

    private func supervise() throws -> BatchSummary {
        let items = BatchFiles.list(folder, shard: shard, excluding: outputFolder)
        guard !items.isEmpty else {
            throw FailureReport.unreadable(folder, "文件夹中没有任何文件" + (shard == .all ? "" : "（在分片 \(shard.index)/\(shard.count) 中）"))
        }
        if let outputFolder {
            do {
                try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
            } catch {
                throw FailureReport.unreadable(outputFolder, "无法创建输出文件夹")
            }
            guard access(outputFolder, W_OK) == 0 else { throw FailureReport.unreadable(outputFolder, "输出文件夹不可写（\(LibraryErrorText.system(errno))）") }
        }
        let journal = outputFolder.map { "\($0)/.gongkai-journal.jsonl" }
            ?? NSTemporaryDirectory() + "/gongkai-journal-\(getpid()).jsonl"
        defer { if outputFolder == nil { unlink(journal) } }
        var attempts = 0
        while true {
            attempts += 1
            let worker = Process()
            worker.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            worker.arguments = Array(CommandLine.arguments.dropFirst())
            worker.environment = environment.merging([Role.key: "worker", Role.parentKey: String(getpid()), Role.journalKey: journal,
                                                      Role.backtraceKey: "enable=no"]) { $1 }
            do {
                try worker.run()
            } catch {
                throw FailureReport.unreadable(CommandLine.arguments[0], "无法启动批量处理进程（\(error.localizedDescription)）")
            }
            worker.waitUntilExit()
            if worker.terminationReason == .exit { throw ExitCode(worker.terminationStatus) }
            guard attempts <= items.count + 1 else {
                throw FailureReport.unreadable(folder, "批量处理进程反复异常终止（信号 \(worker.terminationStatus)），已停止；已完成的文件记录在 \(journal)")
            }
            if !quiet {
                FailureReport.printError("批量处理进程异常终止（信号 \(worker.terminationStatus)），从记录处继续，出错的文件将单独处理……")
            }
        }
    }

    // MARK: - Worker

    private func runWorker() throws -> BatchSummary {
        let everything = BatchFiles.list(folder, excluding: outputFolder)
        let items = everything.filter { shard.contains($0.path) }
        let inputs = Set(everything.map { URL(fileURLWithPath: "\(folder)/\($0.path)").standardizedFileURL.path })
        if let outputFolder { TemporaryPath.removeAbandoned(in: outputFolder) }
        let summaryPaths = summaryPaths(avoiding: inputs)
        var reserved = Set(summaryPaths.map { [$0.workbook, $0.json].map { URL(fileURLWithPath: $0).lastPathComponent } } ?? [])
        if let outputFolder {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: outputFolder)) ?? []
            where inputs.contains(URL(fileURLWithPath: "\(outputFolder)/\(name)").standardizedFileURL.path) {
                reserved.insert(name)
            }
        }
        let parent = Int32(environment[Role.parentKey] ?? "") ?? getppid()
        let progress = Progress(total: items.count, quiet: quiet)
        let journal = environment[Role.journalKey].map(BatchJournal.init(path:))
        var converter = converter()
        converter.journal = journal
        converter.isolate = { [self] file, output in isolated(file, output: output) }
        let fault = injectedFault
        converter.beforeEach = { file in
            if getppid() != parent { _exit(2) }
            fault(file)
        }
        let entries = converter.run(folder: folder, items: items, outputFolder: outputFolder, reserved: reserved) { done, _ in
            if getppid() != parent { _exit(2) }
            progress.update(done: done)
        }
        let summary = BatchSummary(entries: entries)
        if let summaryPaths { try write(summary, to: summaryPaths) }
        journal?.remove()
        if !quiet {
            FailureReport.printError("共 \(entries.count) 个文件：已转换 \(entries.count - summary.failed - summary.skipped) 个，失败 \(summary.failed) 个，"
                                     + "未处理 \(summary.skipped) 个，未通过（有错误）\(summary.withErrors) 个。")
            for entry in entries where entry.status != .converted {
                FailureReport.printError("  \(entry.status.chinese)：\(entry.file)：\(entry.message ?? "")")
            }
        }
        return summary
    }

    /// Writes the summary JSON first, then the workbook: the JSON stands even if the workbook cannot be written.
    private func write(_ summary: BatchSummary, to paths: (workbook: String, json: String)) throws {
        do {
            try AtomicFile.write(summary.json(), to: paths.json)
        } catch {
            throw FailureReport.unreadable(paths.json, "\(error)")
        }
        do {
            try summary.writeWorkbook(to: paths.workbook)
        } catch {
            throw FailureReport.unreadable(paths.workbook, "汇总工作簿未能写出（汇总.json 已写出）：\(error)")
        }
    }

    /// The test hook: traps, as an overflow would, on a file whose path contains `GONGKAI_FAULT_CRASH`.
    private var injectedFault: @Sendable (String) -> Void {
        let target = environment[Role.crashKey].flatMap { $0.isEmpty ? nil : $0 }
        return { file in
            if let target, file.contains(target) { fatalError("GONGKAI_FAULT_CRASH: injected trap on \(file)") }
        }
    }

    private func converter() -> BatchConverter {
        var converter = BatchConverter(store: profileOptions.store, profileID: profileOptions.profile, year: year)
        converter.tableUnits = readingOptions.tableUnits
        converter.codeLists = readingOptions.codeLists
        converter.limits = readingOptions.limits
        converter.jobs = jobs
        return converter
    }

    // MARK: - One file in a process of its own

    /// Runs `file` in a child process; a child that dies is a failed entry saying so.
    private func isolated(_ file: String, output: String?) -> BatchEntry {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = Array(CommandLine.arguments.dropFirst())
        child.environment = environment.merging([Role.key: "isolate", Role.fileKey: file, Role.outputKey: output ?? "",
                                                 Role.backtraceKey: "enable=no"]) { $1 }
        let pipe = Pipe()
        child.standardOutput = pipe
        child.standardError = FileHandle.nullDevice
        do {
            try child.run()
        } catch {
            return BatchEntry(file: file, status: .failed, message: "无法启动单独处理进程（\(error.localizedDescription)）")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        if child.terminationReason == .uncaughtSignal {
            return BatchEntry(file: file, status: .failed,
                              message: "处理此文件时程序异常终止（信号 \(child.terminationStatus)），已跳过；请把该文件交给技术人员")
        }
        return (try? JSONDecoder().decode(BatchEntry.self, from: data))
            ?? BatchEntry(file: file, status: .failed, message: "单独处理此文件未得到结果（退出码 \(child.terminationStatus)）")
    }

    /// In the child: converts the one file and prints its entry as JSON.
    private func runIsolated() throws {
        guard let file = environment[Role.fileKey] else { throw ExitCode(2) }
        let output = environment[Role.outputKey].flatMap { $0.isEmpty ? nil : $0 }
        injectedFault(file)
        let entry = converter().convert(folder: folder, file: file, temporaryOutput: output)
        let sink = ByteSink(descriptor: 1)
        try sink.write(String(decoding: try JSONEncoder().encode(entry), as: UTF8.self))
        try sink.flush()
    }
}
