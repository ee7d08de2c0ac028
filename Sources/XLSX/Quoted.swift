/// Text from a file quoted in a message: at most 60 characters, with an ellipsis when cut,
/// control characters shown as spaces, so that a huge or binary cell never floods the screen.
public enum Quoted {
    /// The longest quote, in characters.
    public static let limit = 60

    /// `text` fit to be quoted.
    public static func text(_ text: String) -> String {
        var result = ""
        var count = 0
        for character in text {
            guard count < limit else { return result + "…" }
            result.append(character.unicodeScalars.allSatisfy { $0.value < 0x20 || $0.value == 0x7F } ? " " : character)
            count += 1
        }
        return result
    }
}
