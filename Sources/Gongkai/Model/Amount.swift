import XLSX

/// An exact decimal amount: `units × 10^-scale`, in 万元 unless said otherwise.
///
/// Never a binary floating-point number: sums, differences and conversions are
/// exact, and rounding to the published two decimals is half up (四舍五入).
public struct Amount: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value in units of 10^-scale.
    public private(set) var units: Int64
    /// Digits after the decimal point, 0 to 9.
    public private(set) var scale: Int

    /// Zero.
    public static let zero = Amount(units: 0, scale: 2)

    /// Creates `units × 10^-scale`.
    public init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// Parses plain decimal text such as `1376.70`, `-0.5` or `12`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        var units: Int64 = 0
        var scale = 0
        var negative = false
        var sawDigit = false
        var sawPoint = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case UInt8(ascii: "+") where index == 0:
                continue
            case UInt8(ascii: "."):
                guard !sawPoint else { return nil }
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard scale < 9 || !sawPoint else { return nil }
                let (shifted, overflow) = units.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                units = shifted + Int64(byte - UInt8(ascii: "0"))
                if sawPoint { scale += 1 }
                sawDigit = true
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }

    /// The exact decimal value of a double as Excel shows it: its shortest round-trip text
    /// (to at most nine decimals).
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        if let (mantissa, digits) = NumberText.decimal(value), digits <= 9 {
            self.init(units: mantissa, scale: digits)
            return
        }
        self.init(Self.plainText(value))
    }

    /// This amount with `scale` digits after the point, rounded half up (away from zero on .5).
    public func rounded(toScale target: Int) -> Amount {
        if target >= scale { return rescaled(to: target) }
        let divisor = Self.power(scale - target)
        let quotient = units / divisor
        let remainder = units % divisor
        let half = divisor / 2
        var result = quotient
        if remainder >= half && remainder > 0 { result += 1 }
        if remainder <= -half && remainder < 0 { result -= 1 }
        return Amount(units: result, scale: target)
    }

    /// The published figure: rounded half up to 0.01.
    public var published: Amount { rounded(toScale: 2) }

    /// This amount divided by 10^digits, exactly (元 → 万元 is `shifted(by: 4)`).
    public func shifted(by digits: Int) -> Amount {
        Amount(units: units, scale: scale + digits).normalised(minimumScale: 2)
    }

    /// Whether the amount is zero.
    public var isZero: Bool { units == 0 }

    /// The text with exactly `scale` decimals (at least two): `1376.70`, `-0.01`, `1.225`.
    public var description: String {
        let shown = rescaled(to: max(scale, 2))
        let digits = String(shown.units.magnitude)
        let padded = String(repeating: "0", count: max(0, shown.scale + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -shown.scale)
        let sign = shown.units < 0 ? "-" : ""
        return shown.scale == 0 ? sign + padded : "\(sign)\(padded[..<split]).\(padded[split...])"
    }

    /// The value as a double, for writing a number cell (the text form is exact).
    public var doubleValue: Double {
        Double(units) / Double(Self.power(scale))
    }

    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        let scale = max(lhs.scale, rhs.scale)
        return Amount(units: lhs.rescaled(to: scale).units + rhs.rescaled(to: scale).units, scale: scale)
    }

    public static func - (lhs: Amount, rhs: Amount) -> Amount {
        lhs + (-rhs)
    }

    public static prefix func - (value: Amount) -> Amount {
        Amount(units: -value.units, scale: value.scale)
    }

    public static func += (lhs: inout Amount, rhs: Amount) {
        lhs = lhs + rhs
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale).units < rhs.rescaled(to: scale).units
    }

    public static func == (lhs: Amount, rhs: Amount) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale).units == rhs.rescaled(to: scale).units
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(normalised(minimumScale: 0).units)
        hasher.combine(normalised(minimumScale: 0).scale)
    }

    /// The absolute value.
    public var magnitude: Amount { units < 0 ? -self : self }

    /// Without trailing zero decimals beyond `minimumScale`.
    public func normalised(minimumScale: Int) -> Amount {
        var result = self
        while result.scale > minimumScale, result.units % 10 == 0 {
            result.units /= 10
            result.scale -= 1
        }
        return result.scale < minimumScale ? result.rescaled(to: minimumScale) : result
    }

    private func rescaled(to target: Int) -> Amount {
        guard target > scale else { return self }
        return Amount(units: units * Self.power(target - scale), scale: target)
    }

    private static func power(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    private static func plainText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        for digits in 1...9 {
            let text = formatFixed(value, digits: digits)
            if Double(text) == value { return text }
        }
        return formatFixed(value, digits: 9)
    }

    private static func formatFixed(_ value: Double, digits: Int) -> String {
        let scaled = (value * Double(power(digits))).rounded()
        return Amount(units: Int64(scaled), scale: digits).description
    }
}
