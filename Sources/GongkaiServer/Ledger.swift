import Foundation
import GRDB

/// Every submission the server has received, kept under the data folder: `ledger.sqlite` holds
/// the entries and their outputs, `sources/` the uploaded bytes. A record is written in one
/// transaction after its source file is in place, so a crash leaves no half record; a source
/// whose transaction failed is removed.
final class Ledger: Sendable {
    private let database: DatabasePool
    private let folder: URL

    /// Opens (creating when needed) the ledger in `directory`.
    init(directory: String) throws {
        folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
        database = try DatabasePool(path: folder.appendingPathComponent("ledger.sqlite").path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: LedgerEntry.databaseTableName) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("file", .text).notNull()
                table.column("department", .text)
                table.column("year", .integer)
                table.column("profile", .text)
                table.column("version", .integer).notNull()
                table.column("status", .text).notNull()
                table.column("message", .text)
                table.column("errors", .integer).notNull()
                table.column("warnings", .integer).notNull()
                table.column("notices", .integer).notNull()
                table.column("income_total", .text)
                table.column("expenditure_total", .text)
                table.column("uploaded_at", .text).notNull()
                table.column("source_path", .text).notNull()
            }
            try db.create(index: "submission_by_department", on: LedgerEntry.databaseTableName, columns: ["department", "year"])
            try db.create(table: "output") { table in
                table.column("submission_id", .integer).notNull().references(LedgerEntry.databaseTableName, onDelete: .cascade)
                table.column("kind", .text).notNull()
                table.column("content", .blob).notNull()
                table.primaryKey(["submission_id", "kind"])
            }
        }
        try migrator.migrate(database)
    }

    /// Records `processed` with its source bytes; the entry as stored.
    func record(_ processed: ProcessedSubmission, source: Data) async throws -> LedgerEntry {
        let name = "sources/\(UUID().uuidString.lowercased())\(Self.extensionOf(processed.file))"
        let url = folder.appendingPathComponent(name)
        try source.write(to: url, options: .atomic)
        do {
            return try await database.write { db in
                let version: Int
                if processed.status == .unreadable {
                    version = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission WHERE department IS NULL AND file = ?", arguments: [processed.file]) ?? 0
                } else {
                    version = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(version), 0) FROM submission WHERE department = ? AND year = ?",
                                               arguments: [processed.department, processed.year]) ?? 0
                }
                var entry = LedgerEntry(
                    id: nil, file: processed.file, department: processed.status == .unreadable ? nil : processed.department,
                    year: processed.year, profile: processed.profile, version: version + 1, status: processed.status.rawValue,
                    message: processed.message, errors: processed.summary.errors, warnings: processed.summary.warnings,
                    notices: processed.summary.notices, incomeTotal: processed.incomeTotal, expenditureTotal: processed.expenditureTotal,
                    uploadedAt: ISO8601DateFormatter().string(from: Date()), sourcePath: name)
                try entry.insert(db)
                for (kind, content) in processed.outputs {
                    try db.execute(sql: "INSERT INTO output (submission_id, kind, content) VALUES (?, ?, ?)", arguments: [entry.id, kind.rawValue, content])
                }
                return entry
            }
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    /// The entries, oldest first, of `year` and `department` when given.
    func entries(year: Int?, department: String?) async throws -> [LedgerEntry] {
        try await database.read { db in
            var request = LedgerEntry.all()
            if let year { request = request.filter(Column("year") == year) }
            if let department { request = request.filter(Column("department") == department) }
            return try request.order(Column("id")).fetchAll(db)
        }
    }

    /// The entry `id`, or nil.
    func entry(_ id: Int64) async throws -> LedgerEntry? {
        try await database.read { db in try LedgerEntry.fetchOne(db, key: id) }
    }

    /// An output of the entry `id`, or nil.
    func output(_ kind: ProcessedSubmission.Output, of id: Int64) async throws -> Data? {
        try await database.read { db in
            try Data.fetchOne(db, sql: "SELECT content FROM output WHERE submission_id = ? AND kind = ?", arguments: [id, kind.rawValue])
        }
    }

    /// The uploaded bytes of `entry`.
    func source(of entry: LedgerEntry) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(entry.sourcePath))
    }

    /// Removes the entry `id`, its outputs and its source; whether there was one.
    func delete(_ id: Int64) async throws -> Bool {
        let removed = try await database.write { db -> LedgerEntry? in
            guard let entry = try LedgerEntry.fetchOne(db, key: id) else { return nil }
            try entry.delete(db)
            return entry
        }
        guard let removed else { return false }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(removed.sourcePath))
        return true
    }

    /// `.xlsx` of `report.xlsx`, lowercased; empty when the name has none or an odd one.
    private static func extensionOf(_ file: String) -> String {
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        return ext.isEmpty || ext.count > 5 || !ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) ? "" : "." + ext
    }
}
