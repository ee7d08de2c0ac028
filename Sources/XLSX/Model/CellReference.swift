/// A zero-based cell position, convertible to and from `A1` notation.
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Zero-based row index (row 1 is 0).
    public var row: Int
    /// Zero-based column index (column A is 0).
    public var column: Int

    /// Creates a reference from zero-based indexes.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `A1` notation (absolute markers `$` allowed); nil when malformed or
    /// beyond 1,048,576 rows × 16,384 columns.
    public init?(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Parses `A1` notation from raw bytes.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        self.init(utf8: bytes)
    }

    /// Parses `A1` notation from UTF-8 code units. It runs for every cell read, so it uses
    /// wrapping arithmetic: at most three letters and seven digits cannot overflow.
    @inline(__always)
    init?(utf8: some Sequence<UInt8>) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for unit in utf8 {
            switch unit {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column &* 26 &+ Int((unit | 0x20) &- UInt8(ascii: "a")) &+ 1
                letters &+= 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row &* 10 &+ Int(unit &- UInt8(ascii: "0"))
                digits &+= 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= ReadLimits.maxRows, column <= ReadLimits.maxColumns else {
            return nil
        }
        self.init(row: row - 1, column: column - 1)
    }

    /// The column letters of a zero-based column index (0 → `A`, 26 → `AA`).
    public static func columnName(_ column: Int) -> String {
        var number = column + 1
        var letters: [UInt8] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            number = (number - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `A1` notation.
    public var description: String {
        // Within Excel's limits (3 letters, 7 digits) the text fits a small string, built in
        // place without allocating; anything larger (or negative) takes the general path.
        guard (0..<10_000_000).contains(row), (0..<18_278).contains(column) else {
            return Self.letters(column) + String(row + 1)
        }
        return String(unsafeUninitializedCapacity: 15) { bytes in
            var count = 0
            var number = column + 1
            while number > 0 {
                bytes[count] = UInt8(ascii: "A") + UInt8((number - 1) % 26)
                count += 1
                number = (number - 1) / 26
            }
            bytes[0..<count].reverse()
            var digits = row + 1
            let start = count
            repeat {
                bytes[count] = UInt8(ascii: "0") + UInt8(digits % 10)
                count += 1
                digits /= 10
            } while digits > 0
            bytes[start..<count].reverse()
            return count
        }
    }

    private static func letters(_ column: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var number = column + 1
        while number > 0 {
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8((number - 1) % 26)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
