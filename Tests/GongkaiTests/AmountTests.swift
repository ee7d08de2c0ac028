import Testing
@testable import Gongkai

@Suite struct AmountTests {
    @Test(arguments: [
        ("12250.00", "1.23"), ("10050.00", "1.01"), ("50", "0.01"), ("49.99", "0.00"),
        ("-12250.00", "-1.23"), ("13767000", "1376.70"), ("0", "0.00"),
    ])
    func yuanToPublishedTenThousandYuanRoundsHalfUp(_ yuan: String, _ published: String) throws {
        let number = try #require(DecimalNumber(yuan))
        #expect(AmountUnit.yuan.toTenThousandYuan(number)?.amount.published.description == published)
    }

    @Test func keepsTheExactSourceAmount() throws {
        let number = try #require(DecimalNumber("12250.00"))
        let exact = try #require(AmountUnit.yuan.toTenThousandYuan(number)?.amount)
        #expect(exact.description == "1.225")
        #expect(exact == Amount("1.2250"))
        #expect(exact != exact.published)
    }

    @Test func arithmeticIsExact() throws {
        let a = try #require(Amount("0.1")), b = try #require(Amount("0.2"))
        #expect(a + b == Amount("0.3"))
        #expect((a - b).description == "-0.10")
        #expect(Amount("1376.70")! > Amount("1376.69")!)
        #expect(Set([Amount("1.5")!, Amount("1.50")!]).count == 1)
    }

    @Test(arguments: ["", "-", "1.2.3", "1,000", "abc", "1e5", "99999999999999999999"])
    func rejectsAnythingButPlainDecimals(_ text: String) {
        #expect(Amount(text) == nil)
    }

    @Test func roundsLongFractionsOnceAndRefusesAbsurdMagnitudes() throws {
        let third = try #require(DecimalNumber(1000.0 / 3))
        let converted = try #require(AmountUnit.yuan.toTenThousandYuan(third))
        #expect(converted.amount.description == "0.033333")
        #expect(converted.rounded)
        #expect(AmountUnit.yuan.toTenThousandYuan(try #require(DecimalNumber("20000000000")))?.amount.description == "2000000.00")
        let huge = try #require(DecimalNumber(9.3e15))
        #expect(AmountUnit.yuan.toTenThousandYuan(huge) == nil)
        let tiny = try #require(DecimalNumber("0.000050"))
        #expect(AmountUnit.yuan.toTenThousandYuan(tiny)?.amount == .zero)
        #expect(AmountUnit.yuan.toTenThousandYuan(tiny)?.rounded == true)
        #expect(DecimalNumber(1e300) == nil || Amount(1e300) == nil)
        #expect(Amount(-1e300) == nil)
        #expect(Amount.maximumMagnitude + Amount.maximumMagnitude > Amount.maximumMagnitude)
        #expect(Amount(micros: .max) + Amount(micros: 1) == Amount(micros: .max))
        #expect((-Amount(micros: .min)).micros == .max)
    }

    @Test(arguments: ["1e-05", "3.333333333333333e-05", "1.5E+3", "0.1234567890123456789012345"])
    func parsesDoubleTextWithExponents(_ text: String) throws {
        #expect(DecimalNumber(text, allowsExponent: true) != nil)
        #expect(DecimalNumber(text.contains("e") || text.contains("E") ? text : text + "e", allowsExponent: false) == nil)
    }

    @Test func convertsDoublesThroughTheirShortestText() {
        #expect(Amount(1376.7)?.description == "1376.70")
        #expect(Amount(0.1 + 0.2)?.published.description == "0.30")
        #expect(Amount(Double.nan) == nil)
    }

    @Test(arguments: [(0, "0.00"), (1, "0.000001"), (-1, "-0.000001"), (10_000, "0.01"), (-10_000, "-0.01"), (1_000_000, "1.00"),
                      (1_225_000, "1.225"), (123_456_789, "123.456789"), (100_100, "0.1001"), (Int64.max, "9223372036854.775807"),
                      (Int64.min, "-9223372036854.775808"), (-20_000_000_000_000, "-20000000.00"), (990_000, "0.99")])
    func textHasTwoDecimalsAndNoTrailingZeroBeyond(_ micros: Int64, _ text: String) {
        #expect(Amount(micros: micros).description == text)
    }
}
