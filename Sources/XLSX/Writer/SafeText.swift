/// Text made safe to write into a workbook: every string becomes valid XML, and no cell
/// exceeds what Excel can hold.
enum SafeText {
    /// Excel's limit on the characters of one cell.
    static let maxCellCharacters = 32_767

    /// A cell's text: U+FFFE and U+FFFF (never valid XML) become U+FFFD, and text beyond Excel's
    /// limit is cut with an ellipsis. Control characters are left to libxlsxwriter, which writes
    /// them as Excel does (`_x0001_`).
    static func cell(_ text: String) -> String {
        // Fewer UTF-8 bytes than the limit means fewer UTF-16 units too; nearly every cell is done here.
        if text.utf8.count < maxCellCharacters, !holdsNonCharacter(text) { return text }
        var scalars = String.UnicodeScalarView()
        var units = 0
        for scalar in text.unicodeScalars {
            units += scalar.utf16.count
            guard units < maxCellCharacters else {
                scalars.append("…")
                break
            }
            scalars.append(scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    /// Whether `text` holds U+FFFE or U+FFFF (EF BF BE and EF BF BF in UTF-8).
    private static func holdsNonCharacter(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(holdsNonCharacter) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(holdsNonCharacter)
    }

    private static func holdsNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF { return true }
            index += 1
        }
        return false
    }

    /// A document property: control characters and U+FFFE/U+FFFF removed (libxlsxwriter writes
    /// properties as they are, and XML 1.0 cannot hold them).
    static func property(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            !(scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") && scalar.value != 0x7F
                && scalar.value != 0xFFFE && scalar.value != 0xFFFF
        }))
    }
}
