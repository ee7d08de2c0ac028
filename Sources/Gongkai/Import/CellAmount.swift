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

    static func read(text: String) -> Reading {
        var scalars = String.UnicodeScalarView()
        for scalar in LabelText.normalise(text).unicodeScalars {
            switch scalar {
            case ",", "，", "¥", "￥": continue
            case "－", "−": scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        var cleaned = String(scalars)
        if cleaned.isEmpty || ["-", "—", "--", "——", "/"].contains(cleaned) { return .empty }
        var negative = false
        if cleaned.hasPrefix("("), cleaned.hasSuffix(")") {
            negative = true
            cleaned = String(cleaned.dropFirst().dropLast())
        }
        guard var number = DecimalNumber(cleaned) else { return .notAnAmount(text) }
        if negative { number.significand = -number.significand }
        return .amount(number)
    }
}
