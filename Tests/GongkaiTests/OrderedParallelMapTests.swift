import Foundation
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

    /// With a width, no more than that many jobs run at once, and the order is kept.
    @Test(arguments: [1, 2, 3])
    func aWidthBoundsTheJobsAtOnce(_ width: Int) {
        let gauge = Gauge()
        var delivered: [Int] = []
        OrderedParallelMap.run(count: 50, window: 16, width: width) { index in
            gauge.enter()
            defer { gauge.leave() }
            usleep(500)
            return index
        } deliver: { index, result in
            #expect(result == index)
            delivered.append(index)
        }
        #expect(delivered == Array(0..<50))
        #expect(gauge.highest <= width && gauge.highest >= 1)
    }
}

/// The most jobs seen running at once.
private final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private(set) var highest = 0

    func enter() {
        lock.lock()
        running += 1
        highest = max(highest, running)
        lock.unlock()
    }

    func leave() {
        lock.lock()
        running -= 1
        lock.unlock()
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
