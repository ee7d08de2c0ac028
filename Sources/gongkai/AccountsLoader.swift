import ArgumentParser
import Gongkai
import XLSX

/// Import, profile conversion and checks, shared by `convert`, `check` and `diff`.
enum AccountsLoader {
    /// Imports `input` and lays it out in the chosen profile; exits 2 with a message when it cannot be read.
    static func load(_ input: String, store: ProfileStore, profileOptions: ProfileOptions, reading: ReadingOptions, department: String? = nil, year: Int?)
        throws -> (ImportResult, Profile) {
        do {
            return try importer(store: store, profileOptions: profileOptions, reading: reading, department: department, year: year).loadInProfile(input)
        } catch let error as ImportError {
            throw FailureReport.unreadable(input, error)
        } catch let error as TemplateError {
            throw FailureReport.unreadable(input, error)
        }
    }

    /// Imports and checks `input`: the report holds the import's findings and every rule's.
    static func checked(_ input: String, store: ProfileStore, profileOptions: ProfileOptions, reading: ReadingOptions, department: String? = nil, year: Int?)
        throws -> (CheckReport, Profile) {
        let checked = try submission(input, store: store, profileOptions: profileOptions, reading: reading, department: department, year: year)
        return (CheckReport(input: input, accounts: checked.accounts, findings: checked.findings), checked.profile)
    }

    /// Imports and checks `input` through the library's application layer; exits 2 with a message when it cannot be read.
    static func submission(_ input: String, store: ProfileStore, profileOptions: ProfileOptions, reading: ReadingOptions, department: String? = nil, year: Int?)
        throws -> CheckedSubmission {
        do {
            return try SubmissionService(importer: importer(store: store, profileOptions: profileOptions, reading: reading, department: department, year: year),
                                         codeLists: reading.codeLists).check(.file(input))
        } catch let error as ImportError {
            throw FailureReport.unreadable(input, error)
        } catch let error as TemplateError {
            throw FailureReport.unreadable(input, error)
        }
    }

    /// The importer the options describe.
    static func importer(store: ProfileStore, profileOptions: ProfileOptions, reading: ReadingOptions, department: String? = nil, year: Int? = nil) -> SubmissionImporter {
        var importer = SubmissionImporter(store: store, profileID: profileOptions.profile, department: department, year: year)
        importer.tableUnits = reading.tableUnits
        importer.codeLists = reading.codeLists
        importer.limits = reading.limits
        return importer
    }
}
