/// One file of a batch and what became of it: one row of the summary.
public struct BatchEntry: Sendable, Codable, Equatable {
    /// Whether the file was converted.
    public enum Status: String, Sendable, Codable {
        /// Converted (it may still have findings).
        case converted
        /// Could not be read or held no table.
        case failed
        /// Not a submission (another kind of file, a temporary file …): listed with the reason.
        case skipped

        /// The word shown to the user.
        public var chinese: String {
            switch self {
            case .converted: return "已转换"
            case .failed: return "失败"
            case .skipped: return "未处理"
            }
        }
    }

    /// The file, relative to the batch folder.
    public var file: String
    /// The department.
    public var department: String?
    /// The year.
    public var year: Int?
    /// Converted or failed.
    public var status: Status
    /// Counts of findings.
    public var errors = 0
    public var warnings = 0
    public var notices = 0
    /// 本年收入合计 and 本年支出合计 of 公开01表.
    public var incomeTotal: Amount?
    public var expenditureTotal: Amount?
    /// The standard workbook written, relative to the output folder.
    public var output: String?
    /// Why it failed or was not read, in Chinese.
    public var message: String?

    /// Creates an entry.
    public init(file: String, status: Status, message: String? = nil) {
        self.file = file
        self.status = status
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case file, department, year, status, errors, warnings, notices, output, message
        case incomeTotal = "income_total"
        case expenditureTotal = "expenditure_total"
    }
}
