import Foundation

extension SubmissionImporter {
    /// Loads `path` and lays its accounts out in the output profile (the importer's, else the
    /// input's own), with the official names of the year's code lists; the conversion's and the
    /// renaming's findings join the import's.
    public func loadInProfile(_ path: String) throws -> (result: ImportResult, profile: Profile) {
        try inProfile(load(path))
    }

    /// ``loadInProfile(_:)`` for a submission held in memory.
    public func loadInProfile(data: Data, name: String) throws -> (result: ImportResult, profile: Profile) {
        try inProfile(load(data: data, name: name))
    }

    private func inProfile(_ loaded: ImportResult) throws -> (result: ImportResult, profile: Profile) {
        var result = loaded
        result.inputProfile = result.accounts.profile
        let source = try store.profile(result.accounts.profile)
        let profile = try store.profile(profileID ?? result.accounts.profile)
        let (accounts, findings) = ProfileConversion.convert(result.accounts, from: source, to: profile)
        result.accounts = accounts
        result.findings += findings
        result.findings += OfficialNames.apply(to: &result.accounts, profile: profile, lists: codeLists, sources: result.sources)
        return (result, profile)
    }
}

extension Checker {
    /// The import's findings followed by every rule's on the imported accounts.
    public func findings(for result: ImportResult) -> [Finding] {
        result.findings + check(result.accounts, sources: result.sources)
    }
}
