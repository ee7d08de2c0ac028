import Dispatch

/// Runs conversions off the server's threads, at most `width` at a time: the rest wait their
/// turn, so a burst of uploads neither starves the event loops nor exhausts memory.
actor ConversionPool {
    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) {
        available = max(1, width)
    }

    /// Runs `work` on a worker thread when a place is free and returns its result.
    nonisolated func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await acquire()
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
        await release()
        return result
    }

    private func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
