import Foundation

/// The wording of the 情况说明 as data (templates/narrative.json, or the same file in a profile's
/// folder): one sentence pattern per key, with `{name}` where a computed figure or an entered fact
/// goes, so that a region's wording is edited without code.
struct NarrativePatterns {
    private let patterns: [String: String]

    /// The patterns of `profile`: the built-in wording with the profile's own sentences over it.
    init(profile: Profile) {
        struct File: Decodable { let patterns: [String: String] }
        func load(_ path: String) -> [String: String] {
            guard let text = EmbeddedTemplates.files[path], let file = try? JSONDecoder().decode(File.self, from: Data(text.utf8)) else { return [:] }
            return file.patterns
        }
        patterns = load("narrative.json").merging(load("\(profile.id)/narrative.json")) { _, own in own }
    }

    /// A piece of a rendered sentence: text, or a fact still to be filled in.
    enum Piece: Equatable {
        case text(String)
        case missing(String)
    }

    /// The sentence `key` with each `{name}` replaced by `values[name]`; a name without a value
    /// stays as written, so that a mistake in the wording shows instead of vanishing.
    func render(_ key: String, _ values: [String: Piece]) -> [Piece] {
        let pattern = patterns[key] ?? "{\(key)}"
        var pieces: [Piece] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            pieces.append(values[name] ?? .text("{\(name)}"))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    /// The sentence `key` as plain text (a heading).
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        render(key, values.mapValues { .text($0) }).map { piece in
            switch piece {
            case .text(let text): return text
            case .missing(let what): return "【待填写：\(what)】"
            }
        }.joined()
    }

    /// Every key with its pattern, for validation.
    var all: [String: String] { patterns }
}
