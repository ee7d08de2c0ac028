import Foundation

/// One reference code list (functional or economic classification): every code with its
/// official name and the years it is valid, and whether the list is complete (then a code
/// missing from it is suspicious, not merely unlisted).
public struct CodeList: Sendable {
    /// One code with its name and the years the name is official (nil: no bound).
    public struct Entry: Sendable, Equatable {
        /// The code.
        public var code: String
        /// The official name.
        public var name: String
        /// The first year the code has this name.
        public var fromYear: Int?
        /// The last year the code has this name.
        public var toYear: Int?

        func isValid(in year: Int) -> Bool {
            (fromYear ?? Int.min) <= year && year <= (toYear ?? Int.max)
        }
    }

    /// The entries, in file order.
    public let entries: [Entry]
    /// Whether every valid code of a year is listed.
    public let complete: Bool
    private let byCode: [String: [Entry]]

    /// Creates a list.
    public init(entries: [Entry], complete: Bool) {
        self.entries = entries
        self.complete = complete
        byCode = Dictionary(grouping: entries, by: \.code)
    }

    /// The official name of `code` in `year` (the last entry listed wins), nil when the list does not hold it.
    public func name(of code: String, in year: Int) -> String? {
        byCode[code]?.last { $0.isValid(in: year) }?.name
    }

    /// This list with `more` entries after its own.
    func adding(_ more: [Entry]) -> CodeList {
        CodeList(entries: entries + more, complete: complete)
    }

    /// Whether two names are the same name: without spaces, and without a trailing 支出
    /// (30399 is published both ways).
    public static func sameName(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        func comparable(_ name: String) -> String {
            let normalised = LabelText.normalise(name)
            return normalised.hasSuffix("支出") && normalised.count > 4 ? String(normalised.dropLast(2)) : normalised
        }
        return comparable(first) == comparable(second)
    }

    /// Parses CSV with a header line naming at least `code` and `name` (`from_year`, `to_year`
    /// optional); a user's list may hold only `code,name` rows.
    public static func parse(_ csv: String, complete: Bool) -> CodeList {
        var lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { return CodeList(entries: [], complete: complete) }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let hasHeader = header.contains("code")
        if hasHeader { lines.removeFirst() }
        func column(_ name: String, default index: Int?) -> Int? { hasHeader ? header.firstIndex(of: name) : index }
        let code = column("code", default: 0) ?? 0, name = column("name", default: 1) ?? 1
        let from = column("from_year", default: nil), to = column("to_year", default: nil)
        var entries: [Entry] = []
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count > max(code, name), let stated = LabelText.code(fields[code]), !fields[name].isEmpty else { continue }
            func year(_ index: Int?) -> Int? { index.flatMap { $0 < fields.count ? Int(fields[$0]) : nil } }
            entries.append(Entry(code: stated, name: fields[name], fromYear: year(from), toYear: year(to)))
        }
        return CodeList(entries: entries, complete: complete)
    }
}
