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

@Suite struct OrderedParallelMapFailureTests {
    struct Stop: Error {}

    @Test func aThrowingDeliveryStopsTheRestAndRethrows() {
        var delivered = 0
        #expect(throws: Stop.self) {
            try OrderedParallelMap.run(count: 10_000) { index in index } deliver: { index, _ in
                delivered += 1
                if index == 5 { throw Stop() }
            }
        }
        #expect(delivered == 6)
    }
}
