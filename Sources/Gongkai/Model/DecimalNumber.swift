/// A decimal number as a cell or a text states it, before it becomes an `Amount`:
/// `significand × 10^-scale`, with at most 18 fraction digits kept and whether any
/// non-zero digit beyond them was dropped.
///
/// Parsing never traps: a number too large for 18 integer digits is nil, and fraction digits
/// beyond what is kept only set `truncated` (half-up rounding needs only the first dropped digit,
/// which is always kept).
public struct DecimalNumber: Sendable, Equatable, CustomStringConvertible {
    /// The digits as an integer.
    public var significand: Int64
    /// Digits after the decimal point.
    public var scale: Int
    /// Whether non-zero digits after the kept ones were dropped.
    public var truncated: Bool

    /// Creates `significand × 10^-scale`.
    public init(significand: Int64, scale: Int, truncated: Bool = false) {
        self.significand = significand
        self.scale = scale
        self.truncated = truncated
    }

    /// Parses plain decimal text: an optional sign, digits with at most one point, and
    /// (when `allowsExponent`) an exponent such as `e-05`; nil for anything else.
    public init?(_ text: some StringProtocol, allowsExponent: Bool = false) {
        var significand: Int64 = 0
        var scale = 0
        var truncated = false
        var negative = false
        var sawDigit = false
        var sawPoint = false
        var exponent: Int?
        var exponentNegative = false
        for (index, byte) in text.utf8.enumerated() {
            if var value = exponent {
                switch byte {
                case UInt8(ascii: "-") where value == 0 && !exponentNegative: exponentNegative = true
                case UInt8(ascii: "+") where value == 0: continue
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                    guard value < 400 else { return nil }
                    exponent = value
                default: return nil
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case UInt8(ascii: "+") where index == 0:
                continue
            case UInt8(ascii: "."):
                guard !sawPoint else { return nil }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard allowsExponent, sawDigit else { return nil }
                exponent = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                let digit = Int64(byte - UInt8(ascii: "0"))
                if sawPoint && scale >= Self.keptFractionDigits {
                    truncated = truncated || digit != 0
                    continue
                }
                let (shifted, overflow) = significand.multipliedReportingOverflow(by: 10)
                guard !overflow, shifted <= Int64.max - digit else {
                    guard sawPoint else { return nil }
                    truncated = truncated || digit != 0
                    continue
                }
                significand = shifted + digit
                if sawPoint { scale += 1 }
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        if exponent != nil && !((text.utf8.reversed().first).map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false) { return nil }
        self.init(significand: negative ? -significand : significand, scale: scale, truncated: truncated)
        if let exponent, !shift(by: exponentNegative ? exponent : -exponent) { return nil }
    }

    /// The exact decimal value of a double as Excel shows it: its shortest round-trip text.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(value.description, allowsExponent: true)
    }

    /// The number as plain text, e.g. `-12250.5`.
    public var description: String {
        let digits = String(significand.magnitude)
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + padded }
        return sign + padded.dropLast(scale) + "." + padded.suffix(scale) + (truncated ? "…" : "")
    }

    /// Fraction digits kept while parsing: enough for 元 → 万元 at the fen and a rounding digit.
    static let keptFractionDigits = 18

    /// Divides by 10^digits (a negative count multiplies); false when the result leaves the range.
    private mutating func shift(by digits: Int) -> Bool {
        if digits >= 0 {
            scale += digits
            while scale > Self.keptFractionDigits {
                truncated = truncated || significand % 10 != 0
                significand /= 10
                scale -= 1
            }
            return true
        }
        for _ in 0..<(-digits) {
            if scale > 0 {
                scale -= 1
                continue
            }
            let (shifted, overflow) = significand.multipliedReportingOverflow(by: 10)
            guard !overflow else { return false }
            significand = shifted
        }
        return true
    }
}
