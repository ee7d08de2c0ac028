import Foundation
import XLSX

/// Converts or checks every submission under a folder in parallel over all cores; a file
/// that fails is recorded and the batch goes on.
public struct BatchConverter: Sendable {
    /// Where profiles come from.
    public var store: ProfileStore
    /// The output profile, unless each input names its own.
    public var profileID: String?
    /// The year for inputs that state none.
    public var year: Int?
    /// Units given for tables (by table number or `all`), overriding what they state.
    public var tableUnits: [String: AmountUnit] = [:]
    /// The reference code lists.
    public var codeLists: CodeLists = .builtIn

    /// Creates a converter.
    public init(store: ProfileStore = .builtIn, profileID: String? = nil, year: Int? = nil) {
        self.store = store
        self.profileID = profileID
        self.year = year
    }

    /// Converts every file in `files` (relative to `folder`) and, when `outputFolder` is given,
    /// writes each standard workbook there, named after the department (with the source
    /// file's name on a clash). `progress` is called after each file, in order.
    public func run(folder: String, files: [String], outputFolder: String?,
                    progress: (Int, BatchEntry) -> Void) -> [BatchEntry] {
        var entries: [BatchEntry] = []
        var usedNames: Set<String> = []
        let job = self
        OrderedParallelMap.run(count: files.count) { index in
            job.process(folder: folder, file: files[index], temporaryOutput: outputFolder.map { "\($0)/.gongkai-\(getpid())-\(index).tmp.xlsx" })
        } deliver: { index, processed in
            var (entry, temporary) = processed
            if let temporary, let outputFolder, let department = entry.department {
                let name = Self.outputName(department: department, file: files[index], used: &usedNames)
                if rename(temporary, "\(outputFolder)/\(name)") == 0 {
                    entry.output = name
                } else {
                    unlink(temporary)
                    entry.status = .failed
                    entry.message = "无法写入 \(outputFolder)/\(name)：\(String(cString: strerror(errno)))"
                }
            }
            entries.append(entry)
            progress(index + 1, entry)
        }
        return entries
    }

    private func process(folder: String, file: String, temporaryOutput: String?) -> (BatchEntry, String?) {
        var entry = BatchEntry(file: file, status: .failed)
        do {
            var importer = SubmissionImporter(store: store, profileID: profileID, year: year)
            importer.tableUnits = tableUnits
            importer.codeLists = codeLists
            let (result, profile) = try importer.loadInProfile("\(folder)/\(file)")
            let accounts = result.accounts
            let findings = Checker(profile: profile, codeLists: codeLists).findings(for: result)
            let summary = CheckSummary(findings)
            entry.department = accounts.department
            entry.year = accounts.year
            entry.errors = summary.errors
            entry.warnings = summary.warnings
            entry.notices = summary.notices
            let lines = profile.template(.incomeExpenditureSummary)?.lines?.sides ?? []
            entry.incomeTotal = lines.first?.lines.first { $0.role == .incomeTotal }.map { accounts.incomeExpenditureSummary.value(line: $0.line).published }
            entry.expenditureTotal = lines.last?.lines.first { $0.role == .expenditureTotal }.map { accounts.incomeExpenditureSummary.value(line: $0.line).published }
            if let temporaryOutput {
                try DisclosureWriter(profile: profile).write(accounts, to: temporaryOutput)
            }
            entry.status = .converted
            return (entry, temporaryOutput)
        } catch {
            entry.message = "\(error)"
            return (entry, nil)
        }
    }

    /// `<department>.xlsx`, or `<department>（<file name>）.xlsx` when that name is taken.
    static func outputName(department: String, file: String, used: inout Set<String>) -> String {
        let safe = department.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 }
        var name = String(safe.isEmpty ? "未命名单位" : String(safe)) + ".xlsx"
        if used.contains(name) {
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            name = "\(String(safe))（\(stem)）.xlsx"
            var counter = 2
            while used.contains(name) {
                name = "\(String(safe))（\(stem)-\(counter)）.xlsx"
                counter += 1
            }
        }
        used.insert(name)
        return name
    }
}
