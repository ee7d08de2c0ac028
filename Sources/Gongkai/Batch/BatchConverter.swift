import Foundation
import XLSX

/// Converts or checks every submission under a folder in parallel over all cores; a file that
/// fails is recorded and the batch goes on. With a journal, a run that died is resumed: finished
/// files are reused and the files it died on are run through `isolate` (a child process).
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
    /// The limits each workbook is read within.
    public var limits: ReadLimits = .standard
    /// How many files are converted at once; every core when nil.
    public var jobs: Int?
    /// Where progress is recorded so that a dead run can be resumed.
    public var journal: BatchJournal?
    /// Converts one file apart from this process (a child process), writing its standard workbook
    /// to the given temporary path; its entry says if that process died.
    public var isolate: (@Sendable (_ file: String, _ temporaryOutput: String?) -> BatchEntry)?
    /// Called before each file is converted in this process (a fault-injection point for tests).
    public var beforeEach: (@Sendable (String) -> Void)?

    /// Creates a converter.
    public init(store: ProfileStore = .builtIn, profileID: String? = nil, year: Int? = nil) {
        self.store = store
        self.profileID = profileID
        self.year = year
    }

    /// Converts every submission among `items` (relative to `folder`) and, when `outputFolder` is
    /// given, writes each standard workbook there under a safe name (`reserved` names excepted);
    /// the other items become 未处理 rows. `progress` is called after each item, in order.
    public func run(folder: String, items: [BatchFiles.Item], outputFolder: String?, reserved: Set<String> = [],
                    progress: (Int, BatchEntry) -> Void) -> [BatchEntry] {
        let previous = journal?.load() ?? BatchJournal.State()
        var names = OutputName(taken: Set(reserved.map { $0.lowercased() }))
        for (entry, _) in previous.done.values { if let output = entry.output { names.taken.insert(output.lowercased()) } }
        var entries: [BatchEntry] = []
        let job = self
        OrderedParallelMap.run(count: items.count, width: jobs) { index -> Processed in
            let item = items[index]
            if let reason = item.skipped { return Processed(entry: BatchEntry(file: item.path, status: .skipped, message: reason), temporary: nil, stamp: "", recorded: true) }
            let stamp = BatchJournal.stamp(of: "\(folder)/\(item.path)")
            if let (entry, stamped) = previous.done[item.path], stamped == stamp,
               entry.output.map({ FileManager.default.fileExists(atPath: "\(outputFolder ?? "")/\($0)") }) ?? true {
                return Processed(entry: entry, temporary: nil, stamp: stamp, recorded: true)
            }
            let temporary = outputFolder.map { TemporaryPath.beside("\($0)/\(index).xlsx") }
            job.journal?.start(item.path, stamp: stamp)
            let entry: BatchEntry
            if previous.suspects.contains(item.path), let isolate = job.isolate {
                entry = isolate(item.path, temporary)
            } else {
                job.beforeEach?(item.path)
                entry = job.convert(folder: folder, file: item.path, temporaryOutput: temporary)
            }
            job.journal?.finish(item.path)
            return Processed(entry: entry, temporary: temporary, stamp: stamp, recorded: false)
        } deliver: { index, processed in
            var entry = processed.entry
            let (temporary, stamp, recorded) = (processed.temporary, processed.stamp, processed.recorded)
            if let temporary, let outputFolder, entry.status == .converted, let department = entry.department {
                let name = names.make(department: department, file: items[index].path)
                if rename(temporary, "\(outputFolder)/\(name)") == 0 {
                    entry.output = name
                } else {
                    unlink(temporary)
                    entry.status = .failed
                    entry.message = "无法写入 \(outputFolder)/\(name)：\(LibraryErrorText.system(errno))"
                }
            } else if let temporary {
                unlink(temporary)
            }
            if !recorded, entry.status != .skipped { journal?.done(entry, stamp: stamp) }
            entries.append(entry)
            progress(index + 1, entry)
        }
        return entries
    }

    /// What became of one item: its entry, the temporary workbook to move into place, the input's
    /// stamp, and whether the journal already holds it.
    private struct Processed: Sendable {
        var entry: BatchEntry
        var temporary: String?
        var stamp: String
        var recorded: Bool
    }

    /// Converts one file in this process: imports, checks and, when `temporaryOutput` is given,
    /// writes the standard workbook there.
    public func convert(folder: String, file: String, temporaryOutput: String?) -> BatchEntry {
        var entry = BatchEntry(file: file, status: .failed)
        do {
            var importer = SubmissionImporter(store: store, profileID: profileID, year: year)
            importer.tableUnits = tableUnits
            importer.codeLists = codeLists
            importer.limits = limits
            let checked = try SubmissionService(importer: importer, codeLists: codeLists).check(.file("\(folder)/\(file)"))
            let (accounts, profile, findings) = (checked.accounts, checked.profile, checked.findings)
            let summary = CheckSummary(findings)
            entry.department = accounts.department
            entry.year = accounts.year
            entry.errors = summary.errors
            entry.warnings = summary.warnings
            entry.notices = summary.notices
            entry.message = findings.first { $0.severity == .error }.map { "首个错误：\($0.message)" }
            let lines = profile.template(.incomeExpenditureSummary)?.lines?.sides ?? []
            entry.incomeTotal = lines.first?.lines.first { $0.role == .incomeTotal }.map { accounts.incomeExpenditureSummary.value(line: $0.line).published }
            entry.expenditureTotal = lines.last?.lines.first { $0.role == .expenditureTotal }.map { accounts.incomeExpenditureSummary.value(line: $0.line).published }
            if let temporaryOutput {
                try DisclosureWriter(profile: profile).write(accounts, to: temporaryOutput)
            }
            entry.status = .converted
        } catch {
            entry.message = "\(error)"
        }
        return entry
    }
}
