import Testing
@testable import Gongkai

@Suite struct ChangeTextTests {
    private func amount(_ text: String) -> Amount { Amount(text)! }

    @Test func amountsHaveThousandsSeparatorsAndTwoDecimals() {
        #expect(ChangeText.amount(amount("1376.7")) == "1,376.70")
        #expect(ChangeText.amount(amount("0")) == "0.00")
        #expect(ChangeText.amount(amount("-1234567.891")) == "-1,234,567.89")
        #expect(ChangeText.amount(amount("999.995")) == "1,000.00")
    }

    @Test func changesAreStatedAsTheSeedStatesThem() {
        #expect(ChangeText.change(amount("1376.70"), from: amount("1657.04")) == "比上年决算数减少280.34万元，下降16.92%")
        #expect(ChangeText.change(amount("78.24"), from: amount("76.53")) == "比上年决算数增加1.71万元，增长2.23%")
        #expect(ChangeText.change(amount("1298.46"), from: amount("1588.01")) == "比上年决算数减少289.55万元，下降18.23%")
    }

    @Test func zeroChangeIsLevelAndZeroLastYearHasNoPercentage() {
        #expect(ChangeText.change(amount("5.00"), from: amount("5.004")) == "与上年决算数持平")
        #expect(ChangeText.change(amount("5.00"), from: .zero) == "比上年决算数增加5.00万元")
        #expect(ChangeText.change(.zero, from: amount("5.00")) == "比上年决算数减少5.00万元，下降100.00%")
    }

    @Test func percentagesRoundHalfUp() {
        #expect(ChangeText.percent(amount("1"), of: amount("8")) == "12.50%")
        #expect(ChangeText.percent(amount("2"), of: amount("3")) == "66.67%")
        #expect(ChangeText.percent(amount("0.00125"), of: amount("1")) == "0.13%")
        #expect(ChangeText.percent(amount("1"), of: .zero) == nil)
        #expect(Glossary.entries.count == 14)
    }
}
