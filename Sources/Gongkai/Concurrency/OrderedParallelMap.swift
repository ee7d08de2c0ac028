import Dispatch
import Foundation

/// Runs independent jobs on every core (or on `width` threads) and delivers their results in job order.
///
/// Jobs run in windows: a window's results are delivered, in order, before the
/// next window starts, so memory holds at most one window of results.
public enum OrderedParallelMap {
    /// Computes `work(i)` for every `i` in `0..<count` in parallel, at most `width` at a time
    /// (every core when nil), and passes each result to `deliver` in increasing order of `i`.
    public static func run<Result: Sendable>(
        count: Int, window: Int = 64, width: Int? = nil,
        work: @Sendable (Int) -> Result,
        deliver: (Int, Result) throws -> Void
    ) rethrows {
        var start = 0
        while start < count {
            let size = min(window, count - start)
            let slots = ResultSlots<Result>(count: size)
            let offset = start
            if let width, width < size {
                let lanes = max(1, width)
                DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                    for index in stride(from: lane, to: size, by: lanes) { slots.store(work(offset + index), at: index) }
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: size) { index in
                    slots.store(work(offset + index), at: index)
                }
            }
            for (index, result) in slots.take().enumerated() {
                try deliver(offset + index, result)
            }
            start += size
        }
    }
}

/// Result storage written from several threads, one slot each.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ result: Result, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func take() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return results.compactMap { $0 }
    }
}
