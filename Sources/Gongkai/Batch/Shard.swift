/// A deterministic share of a batch, so several machines can split one: `K/N` takes the
/// files whose stable hash of their path relative to the batch folder is `K-1` modulo `N`.
/// The shards are disjoint and their union is the whole batch, whatever files exist.
public struct Shard: Sendable, Equatable {
    /// Which shard, 1-based.
    public let index: Int
    /// How many shards.
    public let count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.index = index
        self.count = count
    }

    /// The whole batch.
    public static let all = Shard(index: 1, count: 1)

    private init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Whether the file at `relativePath` belongs to this shard.
    public func contains(_ relativePath: String) -> Bool {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in relativePath.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return Int(hash % UInt64(count)) == index - 1
    }
}
