/// Text forms of cell values for export.
public enum NumberText {
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    /// The shortest text that reads back as the same double: `5`, `1376.7`, `1e-05`.
    public static func shortest(_ value: Double) -> String {
        withDecimalBytes(value) { String(decoding: $0, as: UTF8.self) } ?? value.description
    }

    /// Calls `body` with the UTF-8 bytes of ``shortest(_:)`` when ``decimal(_:)`` can write
    /// `value` (plain digits, no exponent), built on the stack; nil otherwise, without calling it.
    public static func withDecimalBytes<R>(_ value: Double, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard let (mantissa, fractionDigits) = decimal(value) else { return nil }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            var index = 40
            var remaining = mantissa.magnitude
            func prependDigit() {
                index -= 1
                digits[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            }
            if fractionDigits > 0 {
                for _ in 0..<fractionDigits { prependDigit() }
                index -= 1
                digits[index] = UInt8(ascii: ".")
            }
            repeat { prependDigit() } while remaining > 0
            if mantissa < 0 {
                index -= 1
                digits[index] = UInt8(ascii: "-")
            }
            return try body(UnsafeBufferPointer(rebasing: digits[index..<40]))
        }
    }

    /// `value` as `mantissa × 10^-fractionDigits` with the fewest fraction digits that read
    /// back exactly, for plain numbers below 10^15 with at most 15 significant digits; nil otherwise.
    ///
    /// `mantissa / 10^k` is one correctly rounded division of two exactly representable
    /// doubles, so comparing it with `value` proves the round trip.
    public static func decimal(_ value: Double) -> (mantissa: Int64, fractionDigits: Int)? {
        guard value.isFinite, abs(value) < 1e15 else { return nil }
        for fractionDigits in 0..<powersOfTen.count {
            let scaled = nearestInteger(value * powersOfTen[fractionDigits])
            guard abs(scaled) < 1e15 else { return nil }
            if scaled / powersOfTen[fractionDigits] == value {
                return (Int64(scaled), fractionDigits)
            }
        }
        return nil
    }

    /// `x` rounded to an integer, ties to even, for |x| < 2^51: adding and taking away 1.5 × 2^52
    /// leaves no fraction bits, so the hardware rounds (libm's `round` is a call per try). How ties
    /// go does not matter to ``decimal(_:)``: a product that lands on a half is several units in
    /// the last place away from any decimal that reads back as the value, so the check fails
    /// either way. Larger values are returned as they are and then refused by the caller's bound.
    @inline(__always)
    private static func nearestInteger(_ x: Double) -> Double {
        let magic = 6_755_399_441_055_744.0
        guard abs(x) < 2_251_799_813_685_248.0 else { return x }
        return (x + magic) - magic
    }

    /// The export text of a value: numbers shortest, dates ISO 8601, booleans TRUE/FALSE.
    public static func text(of value: CellValue) -> String {
        switch value {
        case .number(let number): return shortest(number)
        case .text(let text): return text
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .date(let serial): return ExcelDate.iso8601(serial: serial)
        }
    }
}
