import ArgumentParser

/// The `gongkai` command: subcommands for reading, converting and checking final accounts.
@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "公开：把部门决算报送工作簿转换为标准的公开01–09表，核对勾稽关系，汇总，并生成公开说明。",
        discussion: """
            示例：
              gongkai convert 报送.xlsx -o 公开表.xlsx --report 报告.json   识别报送并输出标准公开01–09表
              gongkai check 报送.xls --narrative 公开说明.docx                核对勾稽关系和公开说明文字
              gongkai consolidate 本级.xlsx 所属单位/ -o 部门.xlsx --department 某局   汇总所属单位
              gongkai publish 报送.xlsx -o 公开说明.docx                    生成部门决算公开说明
              gongkai template -o 填报表.xlsx                               生成下发各部门的空白填报表
              gongkai serve                                                打开本机网页版（上传、审核、台账）
              gongkai dump 报送.xlsx                                       查看工作簿中每个单元格
            """,
        subcommands: [ConvertCommand.self, CheckCommand.self, DiffCommand.self, ConsolidateCommand.self, PublishCommand.self, SummaryCommand.self, TemplateCommand.self]
            + serveCommand + [DumpCommand.self])

    /// Runs the command; a usage error is explained in Chinese and ends with exit code 2, as an
    /// unreadable input does (0 clean, 1 findings with errors, 2 unreadable or usage).
    static func main() {
        HeapTuning.apply()
        TimeZonePinning.apply()
        let command: ParsableCommand
        do {
            let manyOperands = configuration.subcommands.compactMap { $0 as? any ManyOperands.Type }
            command = try TrailingOperands.parse(Array(CommandLine.arguments.dropFirst()), commands: manyOperands, with: parseAsRoot)
        } catch {
            finish(error, parsing: true)
        }
        do {
            var running = command
            try running.run()
        } catch {
            finish(error, parsing: false)
        }
    }

    private static func finish(_ error: Error, parsing: Bool) -> Never {
        let code = exitCode(for: error)
        if error is ExitCode || code == .success || (parsing && code != .validationFailure) { exit(withError: error) }
        if parsing || error is ValidationError {
            FailureReport.printError(UsageError.message(for: error))
        } else {
            FailureReport.printError("错误：\(error)")
        }
        exit(withError: ExitCode(2))
    }
}

/// `gongkai serve`, in every build but the AddressSanitizer run's (see Package.swift).
#if canImport(GongkaiServer)
private let serveCommand: [ParsableCommand.Type] = [ServeCommand.self]
#else
private let serveCommand: [ParsableCommand.Type] = []
#endif
