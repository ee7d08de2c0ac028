import XLSX

/// Reading an amount from a submission cell, however it was typed.
enum CellAmount {
    /// What a cell holds, as far as amounts go.
    enum Reading: Equatable {
        /// An amount, exact, in the table's unit.
        case amount(Amount)
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
            return Amount(number).map(Reading.amount) ?? .notAnAmount(String(number))
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
        guard let amount = Amount(cleaned) else { return .notAnAmount(text) }
        return .amount(negative ? -amount : amount)
    }
}

