import Foundation

/// The JSON report of a consolidation: the units added, every finding, and the trail of each
/// figure to its units.
public enum ConsolidationReport {
    /// The report of `results` (one per consolidated unit; one unless a tree was consolidated).
    public static func encode(_ results: [ConsolidationResult]) throws -> Data {
        struct Unit: Encodable {
            let name: String, file: String, errors: Int
        }
        struct Summary: Encodable {
            let errors: Int, warnings: Int, notices: Int
        }
        struct Trail: Encodable {
            let table: String, row: String, column: String, label: String, total: Amount, units: [Amount]
        }
        struct Node: Encodable {
            let department: String, year: Int, profile: String
            let units: [Unit]
            let summary: Summary
            let findings: [Finding]
            let trail: [Trail]
        }
        let nodes = results.map { result in
            Node(department: result.accounts.department, year: result.accounts.year, profile: result.accounts.profile,
                 units: result.units.map { Unit(name: $0.name, file: $0.source, errors: $0.errorCount) },
                 summary: Summary(errors: result.findings.filter { $0.severity == .error }.count,
                                  warnings: result.findings.filter { $0.severity == .warning }.count,
                                  notices: result.findings.filter { $0.severity == .notice }.count),
                 findings: result.findings,
                 trail: result.trail.rows.map { Trail(table: $0.key.table.rawValue, row: $0.key.row, column: $0.key.column, label: $0.label,
                                                      total: $0.total, units: $0.parts) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(["consolidations": nodes])
    }
}
