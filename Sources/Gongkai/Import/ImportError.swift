import XLSX

/// Why a submission could not be imported, with the file it concerns.
public enum ImportError: Error, CustomStringConvertible {
    /// The workbook could not be read.
    case unreadableWorkbook(XLSXError)
    /// The JSON is not canonical final accounts.
    case invalidJSON(CanonicalJSONError)
    /// The file could not be read at all.
    case unreadableFile(path: String, detail: String)
    /// No disclosure table was recognised anywhere in the input.
    case noTableRecognised

    public var description: String {
        switch self {
        case .unreadableWorkbook(let error): return error.description
        case .invalidJSON(let error): return error.description
        case .unreadableFile(let path, let detail): return "无法读取 \(path)：\(detail)"
        case .noTableRecognised: return "没有识别出任何决算公开表（请检查表名、表头是否与公开01–09表一致）"
        }
    }
}
