import Gongkai

/// Prints what an import found to standard error, for the person running the command.
enum FindingsSummary {
    static func print(_ result: ImportResult, input: String) {
        let tables = result.tables.map { "公开\($0.number)表" }.joined(separator: "、")
        FailureReport.printError("\(input)：识别出 \(result.tables.count) 张表（\(tables.isEmpty ? "无" : tables)），单位：\(result.accounts.department)，\(result.accounts.year) 年度")
        let labels: [Finding.Severity: String] = [.error: "错误", .warning: "警告", .notice: "提示"]
        for finding in result.findings.sorted(by: { $0.severity < $1.severity }) {
            FailureReport.printError("  [\(labels[finding.severity] ?? "")] \(finding.message)")
        }
    }
}
