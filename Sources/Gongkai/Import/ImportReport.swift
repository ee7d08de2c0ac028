import Foundation

/// The JSON report of an import (`convert --report`): the tables found, where every figure
/// came from, and the findings.
public enum ImportReport {
    struct Document: Encodable {
        var input: String
        var department: String
        var year: Int
        var profile: String
        var sourceUnit: String
        var tables: [RecognisedTable]
        var mapping: [Mapping]
        var findings: [Finding]

        enum CodingKeys: String, CodingKey {
            case input, department, year, profile, tables, mapping, findings
            case sourceUnit = "source_unit"
        }
    }

    struct Mapping: Encodable {
        var table: TableKind
        var row: String
        var column: String
        var value: Amount?
        var source: SourceCell
    }

    /// The report of `result` for the file `input`, with `findings` (the import's and any checks').
    public static func encode(_ result: ImportResult, input: String, findings: [Finding]) throws -> Data {
        let mapping = result.sources.map { key, source in
            Mapping(table: key.table, row: key.row, column: key.column, value: result.accounts.value(at: key), source: source)
        }.sorted { ($0.table, $0.source.sheet, $0.source.cell.count, $0.source.cell) < ($1.table, $1.source.sheet, $1.source.cell.count, $1.source.cell) }
        let document = Document(
            input: input, department: result.accounts.department, year: result.accounts.year, profile: result.accounts.profile,
            sourceUnit: result.accounts.sourceUnit.rawValue, tables: result.tables, mapping: mapping, findings: findings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
