import Foundation
import GRDB

/// One upload as the ledger keeps it: what it is, its status and counts, where its source bytes
/// are. Its outputs live beside it in the `output` table.
struct LedgerEntry: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "submission"

    var id: Int64?
    var file: String
    var department: String?
    var year: Int?
    var profile: String?
    /// 1 for a department's first upload of a year, then 2, 3 …; unreadable files count by file name.
    var version: Int
    var status: String
    var message: String?
    var errors: Int
    var warnings: Int
    var notices: Int
    var incomeTotal: String?
    var expenditureTotal: String?
    /// ISO 8601, UTC.
    var uploadedAt: String
    /// The source file, relative to the data folder.
    var sourcePath: String

    enum CodingKeys: String, CodingKey {
        case id, file, department, year, profile, version, status, message, errors, warnings, notices
        case incomeTotal = "income_total", expenditureTotal = "expenditure_total", uploadedAt = "uploaded_at", sourcePath = "source_path"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The entry as the API lists it.
    var json: [String: Any] {
        var object: [String: Any] = [
            "id": id ?? 0, "file": file, "version": version, "status": status,
            "status_text": ProcessedSubmission.Status(rawValue: status)?.text ?? status,
            "errors": errors, "warnings": warnings, "notices": notices, "uploaded_at": uploadedAt,
        ]
        let optional: [String: Any?] = ["department": department, "year": year, "profile": profile, "message": message,
                                        "income_total": incomeTotal, "expenditure_total": expenditureTotal]
        for (key, value) in optional { object[key] = value ?? NSNull() }
        return object
    }
}
