import Foundation

/// The reference code lists (functional and economic classification) with their official
/// names by year: built in from templates/codes/, with a user's own lists added on top.
public struct CodeLists: Sendable {
    /// Functional codes (类 / 款 / 项).
    public var functional: CodeList
    /// Economic codes.
    public var economic: CodeList

    /// Creates lists.
    public init(functional: CodeList, economic: CodeList) {
        self.functional = functional
        self.economic = economic
    }

    /// The lists built into the program (templates/codes/, as lists.json describes them).
    public static let builtIn: CodeLists = {
        struct Manifest: Decodable {
            struct List: Decodable {
                var file: String
                var complete: Bool
            }
            var functional: List
            var economic: List
        }
        let files = EmbeddedTemplates.files
        let manifest = (files["codes/lists.json"]?.data(using: .utf8)).flatMap { try? JSONDecoder().decode(Manifest.self, from: $0) }
        func list(_ entry: Manifest.List?) -> CodeList {
            CodeList.parse(entry.flatMap { files["codes/" + $0.file] } ?? "", complete: entry?.complete ?? false)
        }
        return CodeLists(functional: list(manifest?.functional), economic: list(manifest?.economic))
    }()

    /// These lists with a user's codes added (CSV `code,name[,from_year,to_year]`); codes starting
    /// with 3 are economic, the others functional. A user's name for a code replaces the built-in one.
    public func adding(_ csv: String) -> CodeLists {
        let added = CodeList.parse(csv, complete: false).entries
        return CodeLists(functional: functional.adding(added.filter { !$0.code.hasPrefix("3") }),
                         economic: economic.adding(added.filter { $0.code.hasPrefix("3") }))
    }
}
