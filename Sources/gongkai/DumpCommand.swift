import ArgumentParser
import Gongkai
import XLSX

/// `gongkai dump`: every cell of one or more workbooks as CSV, TSV or JSON.
struct DumpCommand: ManyOperands {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "输出工作簿中每个单元格的值（CSV、TSV 或 JSON）。",
        discussion: """
            默认输出全部可见工作表；隐藏的工作表只有用 --sheet 指定时才输出。
            数值按能精确还原的最短形式输出（如 1376.7），日期按 ISO 8601（如 2023-12-31）输出，
            公式输出其缓存的计算结果。每行从 A 列开始，到该行最后一个非空单元格为止。
            CSV/TSV 一次输出多个工作表时，每个工作表前有一行“[工作表名]”，表间空一行；
            一次给出多个文件时，每个文件前有一行“== 文件名 ==”。
            有文件无法读取时，说明原因并以退出码 2 结束（其余文件照常输出）。

            示例：
              gongkai dump 报送.xlsx
              gongkai dump 旧版报送.xls
              gongkai dump 报送.xlsx --sheet 公开02表 --format json
              gongkai dump 报送.xlsx --sheet 3 --format tsv > 第三张表.tsv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, tsv, json
    }

    @Argument(help: "要读取的 .xlsx 或 .xls 文件，可给出多个。")
    var files: [String]

    var operands: [String] {
        get { files }
        set { files = newValue }
    }

    @Option(name: .long, help: "只输出这个工作表：名称，或从 1 开始的序号。")
    var sheet: String?

    @Option(name: .long, help: "输出格式：csv、tsv 或 json。")
    var format: Format = .csv

    @Flag(name: .long, help: "放宽读取上限十倍（解压大小、单元格数、共享字符串数），用于异常大的工作簿。")
    var large = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("请给出至少一个 .xlsx 或 .xls 文件。") }
    }

    func run() throws {
        let sink = ByteSink(descriptor: 1)
        if files.count == 1 {
            do {
                try dump(files[0], to: sink)
                try sink.flush()
            } catch let error as XLSXError {
                try sink.flush()
                throw FailureReport.unreadable(files[0], error)
            }
            return
        }
        var failed = false
        let command = self
        try OrderedParallelMap.run(count: files.count) { index -> Result<[UInt8], XLSXError> in
            let memory = ByteSink()
            return Result {
                try memory.write("== \(command.files[index]) ==\n")
                try command.dump(command.files[index], to: memory)
                try memory.flush()
                return memory.collected
            }.mapError { $0 as? XLSXError ?? .writeFailed(path: command.files[index], detail: "\($0)") }
        } deliver: { index, result in
            switch result {
            case .success(let bytes):
                try bytes.withUnsafeBufferPointer { try sink.write(bytes: $0) }
            case .failure(let error):
                try sink.flush()
                _ = FailureReport.unreadable(files[index], error)
                failed = true
            }
        }
        try sink.flush()
        if failed { throw ExitCode(2) }
    }

    private func dump(_ file: String, to sink: ByteSink) throws {
        let workbook = try Workbook(path: file, limits: large ? ReadLimits.standard.raised(by: 10) : .standard)
        let selected = try sheet.map { [try workbook.sheet($0)] } ?? workbook.sheets.filter { $0.visibility == .visible }
        switch format {
        case .json:
            try JSONExport.write(try selected.map(workbook.readSheet), to: sink)
        case .csv, .tsv:
            let export = format == .csv ? DelimitedExport.csv : DelimitedExport.tsv
            for (index, entry) in selected.enumerated() {
                if selected.count > 1 {
                    try sink.write(index > 0 ? "\(export.lineEnd)[\(entry.name)]\(export.lineEnd)" : "[\(entry.name)]\(export.lineEnd)")
                }
                try export.write(entry, of: workbook, to: sink)
            }
        }
    }
}
