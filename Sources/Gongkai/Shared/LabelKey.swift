/// A normalised label as a dictionary or set key, hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing normalises non-ASCII text first, so each lookup of a Chinese label
/// paid a normalisation pass; labels are made ``LabelText/normalise(_:)`` before lookup and
/// the known words are plain NFC text, so bytes give the same answers (see ``LabelBytes``).
struct LabelKey: Hashable, Sendable {
    /// The label.
    let text: String

    /// The key of `text`.
    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: LabelKey, rhs: LabelKey) -> Bool {
        LabelBytes.equal(lhs.text, rhs.text)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
