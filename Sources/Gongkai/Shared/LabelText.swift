/// Normalisation of the labels, titles and codes found in submissions, so that
/// "合　计", "合计" and "合 计", or "（一）" and "(一)", compare equal.
public enum LabelText {
    /// Full-width ASCII forms folded to half width, every kind of space removed,
    /// and Chinese brackets and quotes unified.
    public static func normalise(_ text: String) -> String {
        guard mayNeedWork(text), text.unicodeScalars.contains(where: needsWork) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let folded: Unicode.Scalar
            switch scalar.value {
            case 0xFF01...0xFF5E:
                folded = Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF:
                continue
            case 0x3010: folded = "["
            case 0x3011: folded = "]"
            case 0x201C, 0x201D, 0x300C, 0x300D: folded = "\""
            default: folded = scalar
            }
            UTF8.encode(folded) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `text` has a byte that starts or is one of the scalars ``needsWork(_:)`` names
    /// (ASCII spaces, and the lead bytes C2, E2, E3 and EF): most labels are let through on one
    /// pass over their bytes.
    private static func mayNeedWork(_ text: String) -> Bool {
        func special(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
        }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? text.utf8.contains(where: special)
    }

    @inline(__always)
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF01...0xFF5E, 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF, 0x3010, 0x3011, 0x201C, 0x201D, 0x300C, 0x300D:
            return true
        default:
            return false
        }
    }

    /// An outline numeral: 一 … 十, 百, 零, 〇 or an ASCII digit.
    @inline(__always)
    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇": return true
        default: return false
        }
    }

    /// `normalise(text)` without a leading outline number such as 一、 (一) 1. 1、 - or •,
    /// nor the words 其中：.
    public static func withoutNumbering(_ text: String) -> String {
        var normalised = normalise(text)
        guard let first = normalised.unicodeScalars.first else { return normalised }
        switch first {
        case "其", "-", "•", "·", "(": break
        default: guard isNumeral(first) else { return normalised }
        }
        let stripped = normalised.withUTF8 { bytes -> String? in
            func rest(_ from: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[from...]), as: UTF8.self) }
            var start = 0
            for prefix in outlinePrefixes where bytes[start...].starts(with: prefix) {
                start += prefix.count
                break
            }
            // 一、 1. 12、: numerals, then 、 or . among the first five scalars (a . before a digit is a decimal point).
            var position = start, count = 0, numerals = true
            while position < bytes.count && count < 5 {
                let (scalar, length) = decode(bytes, at: position)
                position += length
                count += 1
                guard scalar == "、" || scalar == "." else {
                    numerals = numerals && isNumeral(scalar)
                    continue
                }
                if count > 1, numerals, scalar == "、" || position == bytes.count || !("0"..."9").contains(decode(bytes, at: position).0) {
                    return rest(position)
                }
                break
            }
            // (一) (12): numerals in brackets closed among the first six scalars.
            if start < bytes.count, bytes[start] == UInt8(ascii: "(") {
                var position = start + 1, count = 1, numerals = true
                while position < bytes.count && count < 6 {
                    let (scalar, length) = decode(bytes, at: position)
                    position += length
                    count += 1
                    if scalar == ")" {
                        if count > 2 && numerals { return rest(position) }
                        break
                    }
                    numerals = numerals && isNumeral(scalar)
                }
            }
            return start == 0 ? nil : rest(start)
        }
        return stripped ?? normalised
    }

    /// The scalar whose UTF-8 encoding starts at `position` of valid UTF-8 `bytes`, and its length.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[position])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
        for offset in 1..<length where position + offset < bytes.count {
            value = value << 6 | UInt32(bytes[position + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static let outlinePrefixes: [[UInt8]] = ["其中:", "其中", "-", "•", "·"].map { Array($0.utf8) }

    /// A subject code written as text or number, with full-width digits folded; nil unless digits.
    public static func code(_ text: String) -> String? {
        var code = normalise(text)
        if LabelBytes.hasSuffix(code, ".0") { code.removeLast(2) }
        guard !code.isEmpty, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return code
    }

    /// A cell holding a code and a name together, "2010350 事业运行" or "2010350事业运行":
    /// the code and the name; nil when the text does not start with 3 to 7 digits.
    public static func splitCodeAndName(_ text: String) -> (code: String, name: String)? {
        guard let first = text.unicodeScalars.first(where: { !isWhitespace($0) }),
              ("0"..."9").contains(first) || (0xFF10...0xFF19).contains(first.value) else { return nil }
        let folded = trimmingWhitespace(String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0xFF10...0xFF19).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
        })))
        let digits = folded.prefix { $0.isASCIIDigitCharacter }
        guard [3, 5, 7].contains(digits.count) else { return nil }
        let name = trimming(folded.dropFirst(digits.count)) { isWhitespace($0) || "　-—:：".unicodeScalars.contains($0) }
        guard !name.isEmpty else { return nil }
        return (String(digits), name)
    }

    /// `text` without leading and trailing tabs and spaces of every width (``isWhitespace(_:)``): what
    /// Foundation's `trimmingCharacters(in: .whitespaces)` removes, without going through NSString.
    public static func trimmingWhitespace(_ text: Substring) -> String {
        trimming(text, where: isWhitespace)
    }

    /// `text` without leading and trailing tabs and spaces of every width (see the `Substring` form).
    public static func trimmingWhitespace(_ text: String) -> String {
        trimming(text[...], where: isWhitespace)
    }

    /// `text` without the leading and trailing scalars that satisfy `isTrimmed`.
    static func trimming(_ text: Substring, where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// A tab, a space of any width (Unicode general category Zs) or a zero-width space: the
    /// scalars `CharacterSet.whitespaces` holds.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
