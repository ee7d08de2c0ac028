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
        var names = OutputName(taken: ["汇总.xlsx", "汇总.json"])
        #expect(names.make(department: "某局", file: "a/1.xlsx") == "某局.xlsx")
        #expect(names.make(department: "某局", file: "b/2.xlsx") == "某局（2）.xlsx")
        #expect(names.make(department: "某局", file: "c/2.xlsx") == "某局（2-2）.xlsx")
        #expect(names.make(department: "A/B", file: "x.json") == "A_B.xlsx")
        #expect(names.make(department: "汇总", file: "汇总.xlsx") == "汇总（汇总）.xlsx")
    }

    @Test(arguments: [("某\u{1}单位\u{0}", "某单位"), ("..bashrc", "bashrc"), (".", ""), ("..", ""), (" .x. ", "x"), ("a:b*c?", "a_b_c_")])
    func namesAreSafeOnEverySystem(_ department: String, _ safe: String) {
        #expect(OutputName.safe(department) == safe)
    }

    @Test func longNamesHaveAStableShortForm() {
        let long = String(repeating: "很长的单位名称", count: 50)
        let short = OutputName.safe(long)
        #expect(short.count == OutputName.maxCharacters)
        #expect(short == OutputName.safe(long))
        #expect(short != OutputName.safe(long + "二"))
        var names = OutputName(taken: [])
        #expect(names.make(department: "", file: "x.xlsx") == "未命名单位.xlsx")
    }
}
