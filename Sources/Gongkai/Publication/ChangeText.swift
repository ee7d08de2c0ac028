import Foundation

/// How the 情况说明 states amounts, changes and shares: 万元 to the fen with thousands
/// separators (1,376.70), 增加/减少 with the amount and 增长/下降 with a percentage to two
/// decimals rounded half up, 持平 at zero, no percentage when last year was zero.
enum ChangeText {
    /// `1,376.70`.
    static func amount(_ value: Amount) -> String {
        let text = value.published.description
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts.first ?? "0")
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        return (negative ? "-" : "") + whole + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A quantity that is not money (平方米, 分): separators, and no trailing zeros (`1,250.5`, `100`).
    static func quantity(_ value: Amount) -> String {
        var text = amount(value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `part` as a percentage of `whole`, two decimals half up; nil when `whole` is zero.
    static func percent(_ part: Amount, of whole: Amount) -> String? {
        guard !whole.isZero else { return nil }
        var ratio = Decimal(part.micros) * 100 / Decimal(whole.micros)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &ratio, 2, .plain)
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.minimumFractionDigits = 2
        formatter.maximumFractionDigits = 2
        formatter.minimumIntegerDigits = 1
        return formatter.string(from: rounded as NSDecimalNumber).map { $0 + "%" }
    }

    /// `比上年决算数增加1.71万元，增长2.23%` (or 减少/下降, 持平; no percentage from zero).
    static func change(_ current: Amount, from previous: Amount) -> String {
        let difference = current.published - previous.published
        if difference.isZero { return "与上年决算数持平" }
        let up = difference > .zero
        var text = "比上年决算数\(up ? "增加" : "减少")\(amount(difference.magnitude))万元"
        if let share = percent(difference.magnitude, of: previous.published.magnitude) {
            text += "，\(up ? "增长" : "下降")\(share)"
        }
        return text
    }
}
