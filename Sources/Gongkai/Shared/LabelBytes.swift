/// Comparisons of normalised labels by their UTF-8 bytes.
///
/// `String`'s own `==`, `hasPrefix` and `contains` honour canonical equivalence, which for
/// Chinese text means a normalisation pass on every comparison; recognition compares each
/// cell's label with dozens of known words, and that showed in profiles. Labels are made
/// ``LabelText/normalise(_:)`` first (which folds width and spaces, not canonical forms) and the
/// known words are plain NFC text, so comparing bytes gives the same answers unless a label
/// spells a character in another canonically equivalent form (a CJK compatibility ideograph,
/// a decomposed sequence), which is then read as different text.
enum LabelBytes {
    /// Whether `a` and `b` are the same text.
    static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// Whether `text` starts with `prefix`.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }

    /// Whether `text` ends with `suffix`.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return text.utf8.count >= count && text.utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// Whether `part` occurs in `text`.
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first
                    && haystack[start..<(start + needle.count)].elementsEqual(needle) {
                    return true
                }
                return false
            }
        }
    }
}
