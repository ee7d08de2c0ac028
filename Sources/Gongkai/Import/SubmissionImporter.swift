import Foundation
import XLSX

/// Loads a submission from a file: canonical JSON, a standard workbook written by Gongkai,
/// any other workbook (its tables recognised wherever they are), or the tab-separated
/// text of a published disclosure.
public struct SubmissionImporter: Sendable {
    /// Where profiles come from.
    public var store: ProfileStore
    /// The profile of the accounts produced, unless the input names one.
    public var profileID: String?
    /// The department, when the submission does not name it.
    public var department: String?
    /// The year, when the submission does not state it.
    public var year: Int?
    /// Units given for tables (by table number or `all`), overriding what they state.
    public var tableUnits: [String: AmountUnit] = [:]
    /// The reference code lists whose official names the output follows.
    public var codeLists: CodeLists = .builtIn
    /// The limits a workbook is read within.
    public var limits: ReadLimits = .standard

    /// Creates an importer.
    public init(store: ProfileStore = .builtIn, profileID: String? = nil, department: String? = nil, year: Int? = nil) {
        self.store = store
        self.profileID = profileID
        self.department = department
        self.year = year
    }

    /// Loads the file at `path`.
    public func load(_ path: String) throws -> ImportResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw ImportError.unreadableFile(path: path, detail: isDirectory.boolValue ? "这是一个文件夹，不是报送文件（批量处理请用 gongkai convert 文件夹 -o 输出文件夹）"
                                                                  : exists ? "无权读取该文件" : "文件不存在")
        }
        return try load(data: data, name: path)
    }

    /// Loads a submission held in memory (an upload); `name` is its file name, which decides
    /// nothing but is reported, and named when nothing else names the department or year.
    public func load(data: Data, name path: String) throws -> ImportResult {
        let hints = SubmissionRecognizer.Hints(department: department, year: year, fileName: path, tableUnits: tableUnits)
        if Self.looksLikeJSON(data) {
            do {
                return ImportResult(accounts: try CanonicalJSON.decode(data))
            } catch let error as CanonicalJSONError {
                throw ImportError.invalidJSON(error)
            }
        }
        if Self.looksLikeText(data, path: path) {
            let text = String(decoding: data, as: UTF8.self)
            let name = URL(fileURLWithPath: path).lastPathComponent
            return try recognizer().recognise([(DelimitedTextGrid.grid(text, name: name), .visible)], hints: hints)
        }
        let workbook: Workbook
        do {
            workbook = try Workbook(bytes: Array(data), limits: limits)
        } catch let error as XLSXError {
            throw ImportError.unreadableWorkbook(error)
        }
        do {
            if let stamp = DocumentStamp(workbook.properties), profileID == nil || profileID == stamp.profile {
                let accounts = try StandardWorkbookReader(profile: store.profile(stamp.profile)).read(workbook)
                return ImportResult(accounts: accounts)
            }
            let sheets = try workbook.sheets.map { (try workbook.readSheet($0), $0.visibility) }
            return try recognizer().recognise(sheets, hints: hints)
        } catch let error as XLSXError {
            throw ImportError.unreadableWorkbook(error)
        }
    }

    private func recognizer() throws -> SubmissionRecognizer {
        try store.recognizer(for: profileID ?? Profile.defaultID)
    }

    private static func looksLikeJSON(_ data: Data) -> Bool {
        data.prefix(64).first { !$0.isWhitespace } == UInt8(ascii: "{")
    }

    private static func looksLikeText(_ data: Data, path: String) -> Bool {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".txt") || lowered.hasSuffix(".tsv") { return true }
        return !data.starts(with: [0x50, 0x4B]) && !data.starts(with: [0xD0, 0xCF]) && !data.isEmpty
            && String(data: data.prefix(4096), encoding: .utf8) != nil && data.prefix(4096).contains(0x09)
    }
}

private extension UInt8 {
    var isWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0xEF || self == 0xBB || self == 0xBF }
}
