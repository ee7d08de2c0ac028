/// Text forms of cell values for export.
public enum NumberText {
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    /// The shortest text that reads back as the same double: `5`, `1376.7`, `1e-05`.
    public static func shortest(_ value: Double) -> String {
        withDecimalBytes(value) { String(decoding: $0, as: UTF8.self) } ?? value.description
    }

    /// The room ``writeDecimal(_:into:)`` needs: it writes at most 18 bytes (a sign, a leading
    /// zero, a point and 15 digits).
    public static let maximumDecimalLength = 40

    /// Calls `body` with the UTF-8 bytes of ``shortest(_:)`` when ``decimal(_:)`` can write
    /// `value` (plain digits, no exponent), built on the stack; nil otherwise, without calling it.
    public static func withDecimalBytes<R>(_ value: Double, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumDecimalLength) { buffer -> R? in
            guard let start = buffer.baseAddress, let count = writeDecimal(value, into: start) else { return nil }
            return try body(UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// Writes the UTF-8 bytes of ``shortest(_:)`` to `destination`, which has room for
    /// ``maximumDecimalLength`` bytes, and returns how many, when ``decimal(_:)`` can write
    /// `value`; nil otherwise, writing nothing. No closure is involved, so a writer of millions
    /// of numbers pays no reference counting for it.
    public static func writeDecimal(_ value: Double, into destination: UnsafeMutablePointer<UInt8>) -> Int? {
        guard let (mantissa, fractionDigits) = decimal(value) else { return nil }
        var remaining = mantissa.magnitude
        var digitCount = 1
        var scale: UInt64 = 10
        while digitCount < 19 && remaining >= scale {
            digitCount += 1
            scale = scale &* 10
        }
        let integerDigits = max(digitCount - fractionDigits, 1)
        let sign = mantissa < 0 ? 1 : 0
        let count = sign + integerDigits + (fractionDigits > 0 ? 1 + fractionDigits : 0)
        var index = count
        func prependDigit() {
            index -= 1
            destination[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
        if fractionDigits > 0 {
            for _ in 0..<fractionDigits { prependDigit() }
            index -= 1
            destination[index] = UInt8(ascii: ".")
        }
        repeat { prependDigit() } while index > sign
        if sign == 1 { destination[0] = UInt8(ascii: "-") }
        return count
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
