/// Known words (header words, 合计 and its variants, line labels) that recognition looks a
/// normalised label up in, by its bytes (``LabelKey``).
///
/// Most labels looked up are not words at all (amounts, names, codes): the lengths and first
/// bytes of the words turn most of them away before any hashing.
struct LabelSet: ExpressibleByArrayLiteral, Sendable {
    private let keys: Set<LabelKey>
    /// Bit n is set when a word has n UTF-8 bytes (bit 63: 63 or more).
    private let lengths: UInt64
    /// Bit b % 64 of element b / 64 is set when a word starts with byte b.
    private let firstBytes: [UInt64]

    /// The set of `words`.
    init(_ words: some Sequence<String>) {
        keys = Set(words.map(LabelKey.init))
        var lengths: UInt64 = 0
        var firstBytes = [UInt64](repeating: 0, count: 4)
        for key in keys {
            lengths |= 1 << UInt64(min(key.text.utf8.count, 63))
            if let first = key.text.utf8.first { firstBytes[Int(first >> 6)] |= 1 << UInt64(first & 63) }
        }
        self.lengths = lengths
        self.firstBytes = firstBytes
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `label` is one of the words.
    func contains(_ label: String) -> Bool {
        let utf8 = label.utf8
        guard lengths & 1 << UInt64(min(utf8.count, 63)) != 0 else { return false }
        if let first = utf8.first, firstBytes[Int(first >> 6)] & 1 << UInt64(first & 63) == 0 { return false }
        return keys.contains(LabelKey(label))
    }
}
