import ArgumentParser
import XLSX

/// `gongkai dump`: every cell of a workbook as CSV, TSV or JSON.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "输出工作簿中每个单元格的值（CSV、TSV 或 JSON）。",
        discussion: """
            默认输出全部可见工作表；隐藏的工作表只有用 --sheet 指定时才输出。
            数值按能精确还原的最短形式输出，日期按 ISO 8601（如 2023-12-31）输出，
            公式输出其缓存的计算结果。输出从 A1 开始，按已用区域补齐为矩形。
            CSV/TSV 同时输出多个工作表时，每个工作表前有一行“[工作表名]”，表间空一行。
            无法读取文件时退出码为 2，并说明原因。
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, tsv, json
    }

    @Argument(help: "要读取的 .xlsx 文件。")
    var file: String

    @Option(name: .long, help: "只输出这个工作表：名称，或从 1 开始的序号。")
    var sheet: String?

    @Option(name: .long, help: "输出格式：csv、tsv 或 json。")
    var format: Format = .csv

    func run() throws {
        do {
            let workbook = try Workbook(path: file)
            let selected = try sheet.map { [try workbook.sheet($0)] } ?? workbook.sheets.filter { $0.visibility == .visible }
            let sink = ByteSink(descriptor: 1)
            switch format {
            case .json:
                try JSONExport.write(try selected.map(workbook.readSheet), to: sink)
            case .csv, .tsv:
                let export = format == .csv ? DelimitedExport.csv : DelimitedExport.tsv
                for (index, entry) in selected.enumerated() {
                    let grid = try workbook.readSheet(entry)
                    if selected.count > 1 {
                        try sink.write(index > 0 ? "\(export.lineEnd)[\(entry.name)]\(export.lineEnd)" : "[\(entry.name)]\(export.lineEnd)")
                    }
                    try export.write(grid, to: sink)
                }
            }
            try sink.flush()
        } catch let error as XLSXError {
            throw FailureReport.unreadable(file, error)
        }
    }
}
