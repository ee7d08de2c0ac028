import Gongkai
import XLSX

/// Prints what a conversion found to standard error, for the person running the command.
enum FindingsSummary {
    static func print(_ result: ImportResult, findings: [Finding], input: String, report: String?) {
        let tables = result.tables.map { "公开\($0.number)表" }.joined(separator: "、")
        let summary = CheckSummary(findings)
        let read = result.tables.isEmpty ? "读取标准公开表或规范 JSON" : "识别出 \(result.tables.count) 张表（\(tables)）"
        FailureReport.printError("\(input)：\(read)，单位：\(Quoted.text(result.accounts.department))，\(result.accounts.year) 年度；错误 \(summary.errors) 条，警告 \(summary.warnings) 条，提示 \(summary.notices) 条")
        let labels: [Finding.Severity: String] = [.error: "错误", .warning: "警告", .notice: "提示"]
        for finding in findings.sorted(by: { $0.severity < $1.severity }) where finding.severity != .notice {
            FailureReport.printError("  [\(labels[finding.severity] ?? "")] \(finding.message)")
        }
        if summary.notices > 0 {
            FailureReport.printError("  另有 \(summary.notices) 条提示（尾数差异等），详见" + (report.map { "报告 \($0)" } ?? " --report 或 gongkai check") + "。")
        }
    }
}
