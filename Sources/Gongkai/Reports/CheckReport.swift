import Foundation
import XLSX

/// The findings of importing and checking one submission, in the forms `gongkai check` writes.
public struct CheckReport: Sendable {
    /// The file checked.
    public var input: String
    /// The accounts checked.
    public var accounts: FinalAccounts
    /// Import and check findings, errors first.
    public var findings: [Finding]

    /// Creates a report; findings are ordered by severity, then table.
    public init(input: String, accounts: FinalAccounts, findings: [Finding]) {
        self.input = input
        self.accounts = accounts
        self.findings = findings.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The counts by severity.
    public var summary: CheckSummary { CheckSummary(findings) }

    /// Text grouped by table: each finding with its rule, difference and cells.
    public func text() -> String {
        var lines = ["\(input)：\(Quoted.text(accounts.department)) \(accounts.year) 年度 —— 错误 \(summary.errors) 条，警告 \(summary.warnings) 条，提示 \(summary.notices) 条"]
        let groups = Dictionary(grouping: findings) { finding in
            finding.cells.first { $0.place == .standard }?.sheet ?? "其他"
        }
        for group in groups.keys.sorted() {
            lines.append("")
            lines.append("【\(group)】")
            for finding in groups[group] ?? [] {
                let label = ["error": "错误", "warning": "警告", "notice": "提示"][finding.severity.rawValue] ?? ""
                let difference = finding.difference.map { "，差额 \($0.published)" } ?? ""
                lines.append("  [\(label)] \(finding.rule)\(difference)：\(finding.message)")
                let submission = finding.cells.filter { $0.place == .submission }
                let standard = finding.cells.filter { $0.place == .standard }
                if !submission.isEmpty { lines.append("      报送：" + submission.map(\.description).joined(separator: "、")) }
                if !standard.isEmpty { lines.append("      标准表：" + standard.map(\.description).joined(separator: "、")) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"findings":[…],"summary":{…}}`.
    public func json() throws -> Data {
        struct Document: Encodable {
            var input: String
            var department: String
            var year: Int
            var findings: [Finding]
            var summary: CheckSummary
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(input: input, department: accounts.department, year: accounts.year, findings: findings, summary: summary))
    }
}
