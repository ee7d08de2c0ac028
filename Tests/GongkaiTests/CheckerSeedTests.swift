import Testing
@testable import Gongkai

@Suite struct CheckerSeedTests {
    @Test func seedHasNoErrorsAndItsKnownRoundingDifferences() throws {
        let seed = try SampleAccounts.seed()
        let findings = Checker(profile: try ProfileStore.builtIn.profile(seed.profile)).check(seed)
        #expect(!findings.contains { $0.severity == .error })
    }
}
