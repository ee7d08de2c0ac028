import Testing
@testable import XLSX

@Suite struct ValueTextTests {
    @Test(arguments: [
        (5.0, "5"), (1376.7, "1376.7"), (-0.01, "-0.01"), (0.1 + 0.2, "0.30000000000000004"),
        (1e-7, "0.0000001"), (123456789012.5, "123456789012.5"), (1e20, "1e+20"), (0.0, "0"),
    ])
    func shortestNumberTextReadsBackExactly(_ value: Double, _ text: String) {
        #expect(NumberText.shortest(value) == text)
        #expect(Double(NumberText.shortest(value)) == value)
    }

    /// Against Swift's own shortest round-trip text (`description`, in plain notation between
    /// 10^-4 and 2^53): amounts with 0 to 6 decimals of every size, and their neighbours.
    @Test func decimalTextAgreesWithSwiftsShortest() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let decimals = Int.random(in: 0...6, using: &generator)
            let digits = Int64.random(in: 1...15, using: &generator)
            var bound: Int64 = 1
            for _ in 0..<digits { bound *= 10 }
            let mantissa = Int64.random(in: -bound..<bound, using: &generator)
            var value = Double(mantissa)
            for _ in 0..<decimals { value /= 10 }
            for candidate in [value, value.nextUp, value.nextDown] where candidate.magnitude >= 1e-4 && candidate.magnitude < 9e15 {
                var expected = candidate.description
                if expected.hasSuffix(".0") { expected.removeLast(2) }
                guard !expected.contains("e") else { continue }
                let written = NumberText.withDecimalBytes(candidate) { String(decoding: $0, as: UTF8.self) }
                #expect(written == nil || written == expected, "\(candidate)")
                if candidate.magnitude < 1e13 && expected.filter(\.isNumber).count <= 15 { #expect(written == expected, "\(candidate)") }
            }
        }
    }

    /// The sink writes numbers into its own buffer: every text must read back exactly and
    /// agree with `shortest`, also when a number lands at the buffer's end.
    @Test func sinkNumbersReadBackAcrossBufferBoundaries() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.05, -0.05, 1e-15, -999_999_999_999_999, 123_456_789_012.5, 1e15, 1e20, .nan, -.infinity]
        for _ in 0..<20_000 {
            let cents = Int64.random(in: -10_000_000_000_000...10_000_000_000_000, using: &generator)
            values.append(Double(cents) / [1, 10, 100, 1_000_000][Int.random(in: 0..<4, using: &generator)])
        }
        let sink = ByteSink()
        for value in values {
            try sink.writeNumber(value)
            try sink.write(byte: UInt8(ascii: "\n"))
        }
        try sink.flush()
        let lines = String(decoding: sink.collected, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == values.map(NumberText.shortest))
        for (line, value) in zip(lines, values) where value.isFinite {
            #expect(Double(line) == value)
        }
    }

    @Test(arguments: [
        "1376.70", "0.05", "-12.5", "1e3", "  7 ", "123456789012345678", "0", "-0", ".5", "5.", "-", ".", "",
        "00012.50", "0.0000000000000000000001234", "123456789012345", "1234567890123456", "999999999999999.9",
        "1.2.3", "12a", "-.", "--1", "0.1000000000000000055511151231257827",
        // Around the fast path's bound of 2^53 and 19 digits.
        "938336.6899999999", "550076.0699999999", "9007199254740992", "9007199254740993", "-900719925474099.2",
        "1234567890123456789", "12345678901234567890", "0.0000000000000000001", "4.35", "0.3",
    ])
    func numberParsingMatchesStrtod(_ text: String) {
        let parsed = Array(text.utf8).withUnsafeBufferPointer(NumberParsing.double)
        #expect(parsed == Double(text.trimmingCharacters(in: .whitespaces)))
    }

    @Test func cellTextIsMadeSafeOnlyWhereItMustBe() {
        #expect(SafeText.cell("一般公共预算财政拨款收入") == "一般公共预算财政拨款收入")
        #expect(SafeText.cell("甲\u{FFFE}乙\u{FFFF}") == "甲\u{FFFD}乙\u{FFFD}")
        #expect(SafeText.cell("\u{FFFD}\u{EFBF}") == "\u{FFFD}\u{EFBF}")
        // 60,000 UTF-8 bytes but 20,000 characters: within Excel's limit.
        let wide = String(repeating: "支", count: 20_000)
        #expect(SafeText.cell(wide) == wide)
        let cut = SafeText.cell(String(repeating: "支", count: 40_000))
        #expect(cut.utf16.count == SafeText.maxCellCharacters && cut.hasSuffix("…"))
        let ascii = String(repeating: "a", count: SafeText.maxCellCharacters - 1)
        #expect(SafeText.cell(ascii) == ascii)
        #expect(SafeText.cell(ascii + "b").utf16.count == SafeText.maxCellCharacters)
    }

    @Test func excelDatesRoundTripIncludingThe1900LeapBug() {
        #expect(ExcelDate.iso8601(serial: 1) == "1900-01-01")
        #expect(ExcelDate.iso8601(serial: 60) == "1900-02-29")
        #expect(ExcelDate.iso8601(serial: 61) == "1900-03-01")
        #expect(ExcelDate.iso8601(serial: 45352.3541666667) == "2024-03-01T08:30:00")
        #expect(ExcelDate.iso8601(serial: 0.5) == "12:00:00")
        #expect(ExcelDate.serial(iso8601: "2023-12-31") == 45291)
        #expect(ExcelDate.serial(iso8601: "1900-01-01") == 1)
    }

    @Test func cellReferencesParseAndPrint() {
        #expect(CellReference("A1") == CellReference(row: 0, column: 0))
        #expect(CellReference("$AB$12") == CellReference(row: 11, column: 27))
        #expect(CellReference(row: 1_048_575, column: 16_383).description == "XFD1048576")
        // Beyond three letters and seven digits the text no longer fits a small string.
        #expect(CellReference(row: 9_999_999, column: 18_277).description == "ZZZ10000000")
        #expect(CellReference(row: 123_456_788, column: 18_278).description == "AAAA123456789")
        #expect(CellReference(row: 0, column: 0).description == "A1")
        #expect(CellRange("C3:A1")?.description == "A1:C3")
    }
}

import Foundation
