import ArgumentParser
import Gongkai
import XLSX

/// Import, profile conversion and checks, shared by `convert`, `check` and `diff`.
enum AccountsLoader {
    /// Imports `input` and lays it out in the chosen profile; exits 2 with a message when it cannot be read.
    static func load(_ input: String, store: ProfileStore, profileOptions: ProfileOptions, department: String? = nil, year: Int?)
        throws -> (ImportResult, Profile) {
        do {
            let importer = SubmissionImporter(store: store, profileID: profileOptions.profile, department: department, year: year)
            var result = try importer.load(input)
            let source = try store.profile(result.accounts.profile)
            let profile = try store.profile(profileOptions.profile ?? result.accounts.profile)
            let (accounts, findings) = ProfileConversion.convert(result.accounts, from: source, to: profile)
            result.accounts = accounts
            result.findings += findings
            return (result, profile)
        } catch let error as ImportError {
            throw FailureReport.unreadable(input, error)
        } catch let error as TemplateError {
            throw FailureReport.unreadable(input, error)
        }
    }

    /// Imports and checks `input`: the report holds the import's findings and every rule's.
    static func checked(_ input: String, store: ProfileStore, profileOptions: ProfileOptions, department: String? = nil, year: Int?)
        throws -> (CheckReport, Profile) {
        let (result, profile) = try load(input, store: store, profileOptions: profileOptions, department: department, year: year)
        let findings = result.findings + Checker(profile: profile).check(result.accounts, sources: result.sources)
        return (CheckReport(input: input, accounts: result.accounts, findings: findings), profile)
    }
}
