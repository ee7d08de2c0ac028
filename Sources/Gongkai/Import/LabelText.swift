/// Normalisation of the labels, titles and codes found in submissions, so that
/// "合　计", "合计" and "合 计", or "（一）" and "(一)", compare equal.
public enum LabelText {
    /// Full-width ASCII forms folded to half width, every kind of space removed,
    /// and Chinese brackets and colons unified.
    public static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF:
                continue
            case 0x3010: scalars.append("[")
            case 0x3011: scalars.append("]")
            case 0x201C, 0x201D, 0x300C, 0x300D: scalars.append("\"")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `normalise(text)` without a leading outline number such as 一、 (一) 1. 1、 - or •,
    /// nor the words 其中：.
    public static func withoutNumbering(_ text: String) -> String {
        var result = normalise(text)
        let prefixes = ["其中:", "其中", "-", "•", "·"]
        for prefix in prefixes where result.hasPrefix(prefix) {
            result = String(result.dropFirst(prefix.count))
        }
        let numerals = "一二三四五六七八九十百零〇"
        if let separator = result.firstIndex(where: { $0 == "、" || $0 == "." }),
           result[..<separator].allSatisfy({ numerals.contains($0) || $0.isASCIIDigitCharacter }),
           result.distance(from: result.startIndex, to: separator) <= 4, separator != result.startIndex {
            result = String(result[result.index(after: separator)...])
        } else if result.hasPrefix("("), let close = result.firstIndex(of: ")"),
                  result[result.index(after: result.startIndex)..<close].allSatisfy({ numerals.contains($0) || $0.isASCIIDigitCharacter }),
                  result.distance(from: result.startIndex, to: close) <= 5 {
            result = String(result[result.index(after: close)...])
        }
        return result
    }

    /// A subject code written as text or number, with full-width digits folded; nil unless digits.
    public static func code(_ text: String) -> String? {
        var code = normalise(text)
        if code.hasSuffix(".0") { code.removeLast(2) }
        guard !code.isEmpty, code.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        return code
    }

    /// A cell holding a code and a name together, "2010350 事业运行" or "2010350事业运行":
    /// the code and the name; nil when the text does not start with 3 to 7 digits.
    public static func splitCodeAndName(_ text: String) -> (code: String, name: String)? {
        let folded = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0xFF10...0xFF19).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
        })).trimmingCharacters(in: .whitespaces)
        let digits = folded.prefix { $0.isASCIIDigitCharacter }
        guard [3, 5, 7].contains(digits.count) else { return nil }
        let name = folded.dropFirst(digits.count).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "　-—:：")))
        guard !name.isEmpty else { return nil }
        return (String(digits), name)
    }
}

import Foundation
