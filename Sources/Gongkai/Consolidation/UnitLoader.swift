import Foundation

/// Reads the units of a consolidation on every core: each file imported, laid out in the
/// output profile and checked as a submission is; a folder stands for every submission in it.
public struct UnitLoader: Sendable {
    /// How submissions are read.
    public var importer: SubmissionImporter
    /// The code lists the units' checks use.
    public var codeLists: CodeLists

    /// Creates a loader.
    public init(importer: SubmissionImporter, codeLists: CodeLists = .builtIn) {
        self.importer = importer
        self.codeLists = codeLists
    }

    /// A file that could not be read, and why.
    public struct Failure: Error, Sendable {
        /// The file.
        public var path: String
        /// Why, in Chinese.
        public var reason: String
    }

    /// The files `inputs` stand for (folders expanded, sorted) and the entries of folders that
    /// are not submissions, with the reason.
    public static func files(_ inputs: [String]) -> (files: [String], skipped: [(String, String)]) {
        var files: [String] = []
        var skipped: [(String, String)] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(input)
                continue
            }
            for item in BatchFiles.list(input) {
                let path = (input as NSString).appendingPathComponent(item.path)
                if let reason = item.skipped { skipped.append((path, reason)) } else { files.append(path) }
            }
        }
        return (files, skipped)
    }

    /// Each file as a unit, or why it could not be read, in the order given.
    public func load(_ files: [String]) -> [Result<ConsolidationUnit, Failure>] {
        var results: [Result<ConsolidationUnit, Failure>] = []
        let service = SubmissionService(importer: importer, codeLists: codeLists)
        OrderedParallelMap.run(count: files.count, work: { index -> Result<ConsolidationUnit, Failure> in
            let path = files[index]
            do {
                let checked = try service.check(.file(path))
                return .success(ConsolidationUnit(source: path, inputProfile: checked.result.inputProfile ?? checked.profile.id,
                                                  accounts: checked.accounts, findings: checked.findings))
            } catch {
                return .failure(Failure(path: path, reason: "\(error)"))
            }
        }, deliver: { _, result in results.append(result) })
        return results
    }
}
