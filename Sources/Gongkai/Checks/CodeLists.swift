import Foundation

/// The reference code lists (functional and economic classification) with their official names.
public struct CodeLists: Sendable {
    /// Functional codes (类 / 款 / 项) → name.
    public let functional: [String: String]
    /// Economic codes → name.
    public let economic: [String: String]

    /// The lists built into the program (templates/codes/).
    public static let builtIn = CodeLists(
        functional: parse(EmbeddedTemplates.files["codes/function_codes.csv"] ?? ""),
        economic: parse(EmbeddedTemplates.files["codes/economic_codes.csv"] ?? ""))

    /// Lists from CSV texts with a header line and `code,name[,…]` rows.
    public init(functional: [String: String], economic: [String: String]) {
        self.functional = functional
        self.economic = economic
    }

    static func parse(_ csv: String) -> [String: String] {
        var names: [String: String] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if fields.count >= 2 { names[fields[0]] = fields[1] }
        }
        return names
    }
}
