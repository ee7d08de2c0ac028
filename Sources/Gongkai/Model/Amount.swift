/// An exact decimal amount in millionths (10^-6) of its unit, in 万元 unless said otherwise:
/// one millionth of a 万元 is one fen, so every figure of a 元 submission is exact.
///
/// Never a binary floating-point number and never a trap: figures are bounded at import
/// (`maximumMagnitude`), so sums of fewer than 9,000 figures are exact; beyond that the
/// arithmetic saturates instead of overflowing. Rounding to the published two decimals is
/// half up (四舍五入).
public struct Amount: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value in millionths.
    public private(set) var micros: Int64

    /// Digits after the decimal point that an amount keeps.
    public static let scale = 6

    /// The largest magnitude a figure may have: 10^9 万元 (10 万亿元).
    public static let maximumMagnitude = Amount(micros: 1_000_000_000 * 1_000_000)

    /// Zero.
    public static let zero = Amount(micros: 0)

    /// Creates an amount of `micros` millionths.
    public init(micros: Int64) {
        self.micros = micros
    }

    /// `number × 10^-shift` (a unit conversion moves the point by `shift` digits), rounded half
    /// up once to six decimals; nil when its magnitude exceeds `maximumMagnitude`.
    /// `rounded` tells whether a non-zero digit was dropped.
    public static func converting(_ number: DecimalNumber, shift: Int = 0) -> (amount: Amount, rounded: Bool)? {
        var significand = number.significand
        var scale = number.scale + shift
        var rounded = number.truncated
        while scale < Self.scale {
            let (product, overflow) = significand.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            significand = product
            scale += 1
        }
        if scale > Self.scale {
            var divisor: Int64 = 1
            for _ in 0..<(scale - Self.scale) {
                guard divisor <= Int64.max / 10 else { return (Amount.zero, significand != 0) }
                divisor *= 10
            }
            let remainder = significand % divisor
            significand /= divisor
            if remainder != 0 { rounded = true }
            if remainder.magnitude >= (divisor / 2).magnitude && remainder != 0 {
                significand += remainder > 0 ? 1 : -1
            }
        }
        let amount = Amount(micros: significand)
        guard amount.magnitude <= maximumMagnitude else { return nil }
        return (amount, rounded)
    }

    /// Parses plain decimal text such as `1376.70`, `-0.5` or `12` with at most six decimals
    /// and within `maximumMagnitude`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        guard let number = DecimalNumber(text), let (amount, rounded) = Self.converting(number), !rounded else { return nil }
        self = amount
    }

    /// The exact decimal value of a double as Excel shows it (its shortest round-trip text),
    /// rounded half up to six decimals; nil when not finite or out of range.
    public init?(_ value: Double) {
        guard let number = DecimalNumber(value), let (amount, _) = Self.converting(number) else { return nil }
        self = amount
    }

    /// This amount with `digits` decimals (0 to 6), rounded half up (away from zero on .5).
    public func rounded(toDigits digits: Int) -> Amount {
        guard digits < Self.scale else { return self }
        var divisor: Int64 = 1
        for _ in 0..<(Self.scale - max(digits, 0)) { divisor *= 10 }
        let remainder = micros % divisor
        var quotient = micros / divisor
        if remainder.magnitude * 2 >= divisor.magnitude && remainder != 0 { quotient += remainder > 0 ? 1 : -1 }
        return Amount(micros: quotient.multipliedReportingOverflow(by: divisor).partialValue)
    }

    /// The published figure: rounded half up to 0.01.
    public var published: Amount { rounded(toDigits: 2) }

    /// Whether the amount is zero.
    public var isZero: Bool { micros == 0 }

    /// The text with at least two decimals and no trailing zero beyond them: `1376.70`,
    /// `-0.01`, `1.225`.
    public var description: String {
        var fraction = micros.magnitude % 1_000_000
        var decimals = Self.scale
        while decimals > 2, fraction % 10 == 0 {
            fraction /= 10
            decimals -= 1
        }
        let fractionDigits = String(fraction)
        return (micros < 0 ? "-" : "") + String(micros.magnitude / 1_000_000) + "."
            + String(repeating: "0", count: decimals - fractionDigits.count) + fractionDigits
    }

    /// The value as a double, for writing a number cell (the text form is exact).
    public var doubleValue: Double {
        Double(micros) / 1_000_000
    }

    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        let (sum, overflow) = lhs.micros.addingReportingOverflow(rhs.micros)
        guard overflow else { return Amount(micros: sum) }
        return Amount(micros: rhs.micros > 0 ? .max : .min)
    }

    public static func - (lhs: Amount, rhs: Amount) -> Amount {
        lhs + (-rhs)
    }

    public static prefix func - (value: Amount) -> Amount {
        Amount(micros: value.micros == .min ? .max : -value.micros)
    }

    public static func += (lhs: inout Amount, rhs: Amount) {
        lhs = lhs + rhs
    }

    /// This amount times a small whole number (a tolerance, a unit factor), saturating.
    public func times(_ factor: Int64) -> Amount {
        let (product, overflow) = micros.multipliedReportingOverflow(by: factor)
        guard overflow else { return Amount(micros: product) }
        return Amount(micros: (micros < 0) == (factor < 0) ? .max : .min)
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        lhs.micros < rhs.micros
    }

    /// The absolute value.
    public var magnitude: Amount { micros < 0 ? -self : self }
}
