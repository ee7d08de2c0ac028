/// Known words (header words, 合计 and its variants, line labels) that recognition looks a
/// normalised label up in, by its bytes (``LabelKey``).
struct LabelSet: ExpressibleByArrayLiteral, Sendable {
    private let keys: Set<LabelKey>

    /// The set of `words`.
    init(_ words: some Sequence<String>) {
        keys = Set(words.map(LabelKey.init))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `label` is one of the words.
    func contains(_ label: String) -> Bool {
        keys.contains(LabelKey(label))
    }
}
