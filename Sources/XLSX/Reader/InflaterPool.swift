import Foundation

/// Idle ``Inflater``s shared by every archive on every thread, so that reading a thousand
/// small workbooks sets up zlib a few times in all instead of once per part.
final class InflaterPool: @unchecked Sendable {
    /// The pool the zip reader draws from.
    static let shared = InflaterPool()

    /// More idle inflaters than this are freed: a batch runs a few threads at a time.
    private let maxIdle = 16
    private let lock = NSLock()
    private var idle: [Inflater] = []

    /// An idle inflater, or a new one; nil only when zlib cannot allocate its state.
    func take() -> Inflater? {
        lock.withLock { idle.popLast() } ?? Inflater()
    }

    /// Returns `inflater`, reset, for the next entry.
    func give(_ inflater: Inflater) {
        inflater.reset()
        lock.withLock {
            if idle.count < maxIdle { idle.append(inflater) }
        }
    }
}
