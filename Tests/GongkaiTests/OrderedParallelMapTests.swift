import Testing
@testable import Gongkai

@Suite struct OrderedParallelMapTests {
    @Test func deliversEveryResultInJobOrder() {
        var delivered: [Int] = []
        OrderedParallelMap.run(count: 200, window: 16) { index in
            index * index
        } deliver: { index, result in
            #expect(result == index * index)
            delivered.append(index)
        }
        #expect(delivered == Array(0..<200))
    }
}
