import Foundation

/// A ``ByteSource`` that inflates ahead on a second thread.
///
/// For a large worksheet, inflating takes about as long as scanning; running
/// the two on separate cores overlaps them. The wrapped source is used only by
/// the producer thread. At most four chunks wait between the two threads, so
/// memory stays bounded whatever the part's size; dropping the source stops
/// the producer.
final class PrefetchingByteSource: ByteSource {
    private let channel: ChunkChannel
    private var current: [UInt8] = []
    private var currentOffset = 0

    /// Starts inflating `source` on a new thread in chunks of `chunkSize` bytes.
    init(_ source: ZipEntrySource, chunkSize: Int = 1 << 18) {
        let channel = ChunkChannel(depth: 4)
        self.channel = channel
        let producer = Producer(source: source, channel: channel, chunkSize: chunkSize)
        let thread = Thread { producer.run() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        channel.cancel()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if currentOffset == current.count {
            guard let next = try channel.take() else { return 0 }
            current = next
            currentOffset = 0
        }
        let count = min(buffer.count, current.count - currentOffset)
        current.withUnsafeBytes { bytes in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[currentOffset..<currentOffset + count]))
        }
        currentOffset += count
        return count
    }
}

/// The bounded hand-over between the producer thread and the reader.
private final class ChunkChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var ready: [[UInt8]] = []
    private var finished = false
    private var cancelled = false
    private var failure: Error?

    init(depth: Int) {
        self.depth = depth
    }

    /// The next chunk, nil at the end; rethrows the producer's error.
    func take() throws -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished {
            condition.wait()
        }
        if !ready.isEmpty {
            condition.broadcast()
            return ready.removeFirst()
        }
        guard !cancelled else { return nil }
        if let failure { throw failure }
        return nil
    }

    /// Hands over a chunk, waiting while the channel is full; false once the reader has gone.
    func put(_ chunk: [UInt8]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= depth && !cancelled {
            condition.wait()
        }
        guard !cancelled else { return false }
        ready.append(chunk)
        condition.broadcast()
        return true
    }

    /// Marks the end, with the producer's error if any.
    func finish(_ error: Error?) {
        condition.lock()
        failure = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the producer the reader has gone, and waits until it has stopped using its source.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished {
            condition.wait()
        }
        condition.unlock()
    }
}

/// The producer thread's state: the wrapped source, used from that thread only.
private final class Producer: @unchecked Sendable {
    private let source: ZipEntrySource
    private let channel: ChunkChannel
    private let chunkSize: Int

    init(source: ZipEntrySource, channel: ChunkChannel, chunkSize: Int) {
        self.source = source
        self.channel = channel
        self.chunkSize = chunkSize
    }

    func run() {
        do {
            while true {
                var chunk = [UInt8](repeating: 0, count: chunkSize)
                let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
                if count == 0 { break }
                chunk.removeLast(chunkSize - count)
                guard channel.put(chunk) else { break }
            }
            channel.finish(nil)
        } catch {
            channel.finish(error)
        }
    }
}
