import Foundation
import Testing
@testable import Gongkai

@Suite struct CanonicalJSONTests {
    @Test func amountsMustBeExactDecimalStrings() {
        let document = #"{"schema":"gongkai/final-accounts@1","department":"x","year":2023,"profile":"2023-national","source_unit":"万元","tables":{"three_public_expenses":{"values":{"final_total":1.5}}}}"#
        #expect {
            try CanonicalJSON.decode(Data(document.utf8))
        } throws: { error in
            if case .invalid(let path, _) = error as? CanonicalJSONError { return path.hasSuffix("final_total") }
            return false
        }
    }

    @Test func refusesAnotherSchema() {
        let document = #"{"schema":"other@9","department":"x","year":2023,"profile":"p","source_unit":"元","tables":{}}"#
        #expect(throws: CanonicalJSONError.unsupportedSchema("other@9")) { try CanonicalJSON.decode(Data(document.utf8)) }
    }

    @Test func encodesAmountsAsStringsWithSortedKeys() throws {
        var accounts = FinalAccounts(department: "单位", year: 2023, profile: "2023-national", sourceUnit: .yuan)
        accounts.threePublicExpenses.values = ["final_total": Amount("1.225")!, "budget_total": .zero]
        let text = String(decoding: try CanonicalJSON.encode(accounts), as: UTF8.self)
        #expect(text.contains(#""final_total" : "1.225""#))
        #expect(text.range(of: "budget_total")!.lowerBound < text.range(of: "final_total")!.lowerBound)
        #expect(text.contains(#""source_unit" : "元""#))
    }
}
