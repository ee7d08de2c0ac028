import Foundation
import XLSX

/// Reading an amount from a submission cell, however it was typed.
enum CellAmount {
    /// What a cell holds, as far as amounts go.
    enum Reading: Equatable {
        /// A number as the cell states it, in the table's unit.
        case amount(DecimalNumber)
        /// Blank, or a dash meaning zero.
        case empty
        /// Text that is not an amount.
        case notAnAmount(String)
    }

    /// Reads `value`: numbers (Excel's double, taken at its shortest text), text with
    /// thousands separators, full-width digits, a leading minus or parentheses for
    /// negatives; blank and "-" / "—" are empty.
    static func read(_ value: CellValue?) -> Reading {
        switch value {
        case nil:
            return .empty
        case .number(let number):
            return DecimalNumber(number).map(Reading.amount) ?? .notAnAmount(NumberText.shortest(number))
        case .text(let text):
            return read(text: text)
        case .bool, .error, .date:
            return .notAnAmount(value.map(NumberText.text(of:)) ?? "")
        }
    }

    /// Reads typed text: full-width forms folded, a currency sign, a leading minus or parentheses,
    /// and thousands separators (comma or space) only in groups of three — "1 234,56" or "12,34"
    /// is not an amount, never a guess.
    static func read(text: String) -> Reading {
        if !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }) {
            // Plain digits with a decimal point, the common case: nothing to fold or strip.
            return DecimalNumber(text).map(Reading.amount) ?? .notAnAmount(text)
        }
        if text.unicodeScalars.contains(where: { (0x3400..<0xFF01).contains($0.value) || $0.value > 0xFF5E }) {
            // A Chinese character (a label, a name) survives folding and is never part of an amount or a dash.
            return .notAnAmount(text)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000, 0x00A0, 0x2009, 0x202F, 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x2212: scalars.append("-")
            case 0xA5: continue
            default: scalars.append(scalar)
            }
        }
        var cleaned = LabelText.trimmingWhitespace(String(scalars))
        if cleaned.hasPrefix("¥") { cleaned = LabelText.trimmingWhitespace(cleaned.dropFirst()) }
        if cleaned.isEmpty || ["-", "—", "--", "——", "/"].contains(cleaned) { return .empty }
        var negative = false
        if cleaned.hasPrefix("("), cleaned.hasSuffix(")") {
            negative = true
            cleaned = LabelText.trimmingWhitespace(cleaned.dropFirst().dropLast())
        }
        if cleaned.hasPrefix("-") {
            negative.toggle()
            cleaned = LabelText.trimmingWhitespace(cleaned.dropFirst())
        }
        guard let plain = ungrouped(cleaned), var number = DecimalNumber(plain), !plain.hasPrefix("-"), !plain.hasPrefix("+") else {
            return .notAnAmount(text)
        }
        if negative { number.significand = -number.significand }
        return .amount(number)
    }

    /// The digits without thousands separators, when the separators stand between groups of three
    /// in the integer part only; nil otherwise.
    private static func ungrouped(_ text: String) -> String? {
        let separators: Set<Character> = [",", " "]
        guard text.contains(where: separators.contains) else { return text }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integer = parts.first, !(parts.count > 1 && parts[1].contains(where: separators.contains)) else { return nil }
        let groups = integer.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }) else { return nil }
        return groups.joined() + (parts.count > 1 ? "." + parts[1] : "")
    }
}
