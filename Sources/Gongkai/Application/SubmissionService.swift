import Foundation
import XLSX

/// A submission read, laid out in its profile and checked: what every front end (the command
/// line, the batch, a web server) starts from.
public struct CheckedSubmission: Sendable {
    /// The submission's file name.
    public var source: String
    /// What was read, with the source cell of every figure.
    public var result: ImportResult
    /// The profile the accounts are laid out in.
    public var profile: Profile
    /// The import's findings and every rule's.
    public var findings: [Finding]

    /// The accounts.
    public var accounts: FinalAccounts { result.accounts }

    /// Whether any finding is an error: the standard tables must not be published as they are.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// The application layer: load → convert → check → write, on data as well as on paths, so
/// that the command line, the batch and a server share one path through the library.
public struct SubmissionService: Sendable {
    /// How submissions are read.
    public var importer: SubmissionImporter
    /// The code lists the checks use.
    public var codeLists: CodeLists

    /// Creates a service.
    public init(importer: SubmissionImporter = SubmissionImporter(), codeLists: CodeLists = .builtIn) {
        self.importer = importer
        self.codeLists = codeLists
    }

    /// Reads `source`, lays it out in the output profile and checks it.
    public func check(_ source: SubmissionSource) throws -> CheckedSubmission {
        let (result, profile) = switch source {
        case .file(let path): try importer.loadInProfile(path)
        case .bytes(let data, let name): try importer.loadInProfile(data: data, name: name)
        }
        return CheckedSubmission(source: source.name, result: result, profile: profile,
                                 findings: Checker(profile: profile, codeLists: codeLists).findings(for: result))
    }

    /// The standard nine-table workbook, as bytes.
    public func standardWorkbook(_ checked: CheckedSubmission) throws -> Data {
        try TemporaryOutput.bytes { try DisclosureWriter(profile: checked.profile).write(checked.accounts, to: $0) }
    }

    /// The check report workbook (cover, findings, the tables with the blamed cells marked), as bytes.
    public func checkWorkbook(_ checked: CheckedSubmission) throws -> Data {
        let report = CheckReport(input: checked.source, accounts: checked.accounts, findings: checked.findings)
        return try TemporaryOutput.bytes { try CheckWorkbook(profile: checked.profile).write(report, to: $0) }
    }

    /// The nine tables of a standard workbook as HTML for a page of one's own: titles, the tables
    /// with their merged headers, notes; each body cell carries `data-cell="公开05表!C8"`, the cell
    /// findings name as `place: standard`.
    public func tablesHTML(standardWorkbook: Data, profile: Profile) throws -> String {
        HtmlWriter.fragment(try StandardTableText(profile: profile).blocks(standardWorkbook: standardWorkbook))
    }

    /// The canonical JSON of the accounts.
    public func canonicalJSON(_ checked: CheckedSubmission) throws -> Data {
        try CanonicalJSON.encode(checked.accounts)
    }
}
