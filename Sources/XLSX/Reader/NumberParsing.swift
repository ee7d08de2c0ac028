#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsing of numbers straight from XML bytes, without making strings.
enum NumberParsing {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    /// Parses a decimal number as `strtod` does, correctly rounded; nil when the bytes are not a number.
    ///
    /// Plain decimals whose digits make an integer of at most 2^53 take an exact fast path
    /// (one correctly rounded division of two exactly representable doubles);
    /// anything else goes to `strtod`.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let fast = fastDouble(bytes) { return fast }
        return slowDouble(bytes)
    }

    /// Parses a non-negative decimal integer such as a shared-string index; nil otherwise.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            guard byte >= 0x30, byte <= 0x39, digits < 18 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// Clinger's fast path: a mantissa of at most 2^53 and at most 22 fraction digits are both
    /// exact doubles, so one IEEE division rounds correctly. Up to 19 digits cannot overflow.
    private static func fastDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard var cursor = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let end = cursor + bytes.count
        let negative = cursor.pointee == UInt8(ascii: "-")
        if negative { cursor += 1 }
        var mantissa: UInt64 = 0
        let integerStart = cursor
        accumulateDigits(&cursor, end: end, into: &mantissa)
        let integerDigits = cursor - integerStart
        var fractionDigits = 0
        if cursor < end, cursor.pointee == UInt8(ascii: ".") {
            cursor += 1
            let fractionStart = cursor
            accumulateDigits(&cursor, end: end, into: &mantissa)
            fractionDigits = cursor - fractionStart
        }
        let digits = integerDigits + fractionDigits
        guard cursor == end, digits > 0, digits <= 19, mantissa <= 1 << 53,
              fractionDigits < powersOfTen.count else { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// Reads decimal digits from `cursor` on into `mantissa`, which wraps past 19 digits.
    @inline(__always)
    private static func accumulateDigits(_ cursor: inout UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, into mantissa: inout UInt64) {
        var position = cursor
        var value = mantissa
        while position < end {
            let digit = position.pointee &- 0x30
            guard digit < 10 else { break }
            value = value &* 10 &+ UInt64(digit)
            position += 1
        }
        cursor = position
        mantissa = value
    }

    /// Decimal syntax only (digits, sign, point, exponent, surrounding spaces): `strtod` alone would
    /// also take hexadecimal, `inf` and `nan`, which no spreadsheet writes.
    private static func slowDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count < 512 else { return nil }
        let decimal = bytes.allSatisfy { byte in
            (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
        guard decimal else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { text -> Double? in
            guard let base = text.baseAddress else { return nil }
            for index in 0..<bytes.count { base[index] = CChar(bitPattern: bytes[index]) }
            base[bytes.count] = 0
            var stop: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &stop)
            guard let stop else { return nil }
            var rest = stop
            while rest.pointee == 0x20 || rest.pointee == 0x0A || rest.pointee == 0x0D || rest.pointee == 0x09 { rest += 1 }
            guard stop != base, rest.pointee == 0, value.isFinite else { return nil }
            return value
        }
    }
}
