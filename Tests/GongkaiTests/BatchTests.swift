import Testing
@testable import Gongkai

@Suite struct BatchTests {
    @Test func shardsSplitEveryPathExactlyOnce() throws {
        let paths = (0..<500).map { "部门\($0)/报送.xlsx" }
        let shards = try (1...4).map { try #require(Shard("\($0)/4")) }
        for path in paths {
            #expect(shards.filter { $0.contains(path) }.count == 1)
        }
        #expect(shards.allSatisfy { shard in paths.contains { shard.contains($0) } })
        #expect(Shard("0/4") == nil && Shard("5/4") == nil && Shard("x") == nil)
    }

    @Test func outputNamesFollowTheDepartmentAndResolveClashes() {
        var used: Set<String> = []
        #expect(BatchConverter.outputName(department: "某局", file: "a/1.xlsx", used: &used) == "某局.xlsx")
        #expect(BatchConverter.outputName(department: "某局", file: "b/2.xlsx", used: &used) == "某局（2）.xlsx")
        #expect(BatchConverter.outputName(department: "某局", file: "c/2.xlsx", used: &used) == "某局（2-2）.xlsx")
        #expect(BatchConverter.outputName(department: "A/B", file: "x.json", used: &used) == "A_B.xlsx")
    }
}
