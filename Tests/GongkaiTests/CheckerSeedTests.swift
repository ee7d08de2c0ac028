import Testing
@testable import Gongkai

@Suite struct CheckerSeedTests {
    @Test func seedHasNoErrorsAndItsKnownRoundingDifferences() throws {
        let seed = try SampleAccounts.seed()
        let findings = Checker(profile: try ProfileStore.builtIn.profile(seed.profile)).check(seed)
        for finding in findings { print("FINDING", finding.rule, finding.severity, finding.message) }
        #expect(!findings.contains { $0.severity == .error })
    }
}
