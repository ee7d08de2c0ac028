import Testing
@testable import Gongkai

@Suite struct AmountTests {
    @Test(arguments: [
        ("12250.00", "1.23"), ("10050.00", "1.01"), ("50", "0.01"), ("49.99", "0.00"),
        ("-12250.00", "-1.23"), ("13767000", "1376.70"), ("0", "0.00"),
    ])
    func yuanToPublishedTenThousandYuanRoundsHalfUp(_ yuan: String, _ published: String) throws {
        let amount = try #require(Amount(yuan))
        #expect(AmountUnit.yuan.toTenThousandYuan(amount).published.description == published)
    }

    @Test func keepsTheExactSourceAmount() throws {
        let exact = AmountUnit.yuan.toTenThousandYuan(try #require(Amount("12250.00")))
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

    @Test func convertsDoublesThroughTheirShortestText() {
        #expect(Amount(1376.7)?.description == "1376.70")
        #expect(Amount(0.1 + 0.2)?.published.description == "0.30")
        #expect(Amount(Double.nan) == nil)
    }
}
