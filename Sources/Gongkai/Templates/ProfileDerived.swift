import Foundation

/// What is worked out from a profile's templates once and then shared by every submission
/// checked in that profile, instead of being rebuilt per file; safe across threads.
final class ProfileDerived: @unchecked Sendable {
    private let lock = NSLock()
    private var labels: FigureLabels?

    /// The figure labels, made by `make` on first use.
    func figureLabels(_ make: () -> FigureLabels) -> FigureLabels {
        lock.lock()
        defer { lock.unlock() }
        if let labels { return labels }
        let made = make()
        labels = made
        return made
    }
}
