import Foundation
import XLSX

/// Loads final accounts from a file: canonical JSON, or a workbook in the standard layout.
public struct SubmissionImporter {
    /// Where profiles come from.
    public var store: ProfileStore
    /// The profile to use when the input does not name one.
    public var defaultProfile: String
    /// The year to use when the input does not state one.
    public var year: Int?

    /// Creates an importer.
    public init(store: ProfileStore = .builtIn, defaultProfile: String = Profile.defaultID, year: Int? = nil) {
        self.store = store
        self.defaultProfile = defaultProfile
        self.year = year
    }

    /// Loads the file at `path`.
    public func load(_ path: String) throws -> FinalAccounts {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadableFile(path: path, detail: "文件不存在或无权读取")
        }
        if Self.looksLikeJSON(data) {
            do {
                return try CanonicalJSON.decode(data)
            } catch let error as CanonicalJSONError {
                throw ImportError.invalidJSON(error)
            }
        }
        let workbook: Workbook
        do {
            workbook = try Workbook(bytes: Array(data))
        } catch let error as XLSXError {
            throw ImportError.unreadableWorkbook(error)
        }
        let profileID = DocumentStamp(workbook.properties)?.profile ?? defaultProfile
        let profile = try store.profile(profileID)
        guard profile.tables.contains(where: { template in workbook.sheets.contains { $0.name == template.sheetName } }) else {
            throw ImportError.noTableRecognised
        }
        do {
            return try StandardWorkbookReader(profile: profile).read(workbook, year: year)
        } catch let error as XLSXError {
            throw ImportError.unreadableWorkbook(error)
        }
    }

    private static func looksLikeJSON(_ data: Data) -> Bool {
        data.prefix(64).first { !$0.isWhitespace } == UInt8(ascii: "{")
    }
}

private extension UInt8 {
    var isWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0xEF || self == 0xBB || self == 0xBF }
}
