import Foundation
import Gongkai
import XLSX

/// One uploaded file after conversion and checks: what the ledger records of it, and its
/// outputs. A file that cannot be read is `unreadable` with the reason, never an error of the server.
struct ProcessedSubmission: Sendable {
    /// Whether the submission may be published as it is.
    enum Status: String, Sendable {
        case passed, errors, unreadable

        /// The status in the words the page shows.
        var text: String {
            switch self {
            case .passed: "通过"
            case .errors: "未通过"
            case .unreadable: "无法读取"
            }
        }
    }

    /// The outputs kept for each submission, by the name they are downloaded under.
    enum Output: String, CaseIterable, Sendable {
        case standard = "standard.xlsx", report = "report.xlsx", accounts = "accounts.json", findings = "findings.json", tables = "tables.html"

        var contentType: String {
            switch self {
            case .standard, .report: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            case .accounts, .findings: "application/json; charset=utf-8"
            case .tables: "text/html; charset=utf-8"
            }
        }
    }

    var file: String
    var status: Status
    var message: String?
    var department: String?
    var year: Int?
    var profile: String?
    var summary = CheckSummary([])
    /// 公开01表's 总计 of income and of expenditure, as published.
    var incomeTotal: String?
    var expenditureTotal: String?
    var outputs: [Output: Data] = [:]

    /// Converts and checks `data` named `file`; never throws: what cannot be read is `unreadable`.
    init(data: Data, file: String, service: SubmissionService) {
        self.file = file
        status = .unreadable
        do {
            let checked = try service.check(.bytes(data, name: file))
            let standard = try service.standardWorkbook(checked)
            department = checked.accounts.department
            year = checked.accounts.year
            profile = checked.profile.id
            summary = CheckSummary(checked.findings)
            status = checked.hasErrors ? .errors : .passed
            (incomeTotal, expenditureTotal) = Self.totals(checked.accounts, checked.profile)
            let report = CheckReport(input: file, accounts: checked.accounts, findings: checked.findings)
            outputs = [
                .standard: standard, .report: try service.checkWorkbook(checked), .accounts: try service.canonicalJSON(checked),
                .findings: try report.json(), .tables: Data(try service.tablesHTML(standardWorkbook: standard, profile: checked.profile).utf8),
            ]
        } catch {
            status = .unreadable
            message = String(describing: error)
            outputs = [:]
        }
    }

    private static func totals(_ accounts: FinalAccounts, _ profile: Profile) -> (String?, String?) {
        let layout = profile.template(.incomeExpenditureSummary)?.lines
        func total(_ side: SideKey) -> String? {
            layout?.entry(side: side, role: .grandTotal).map { accounts[lines: .incomeExpenditureSummary].value(line: $0.line).published.description }
        }
        return (total(.income), total(.expenditure))
    }
}
