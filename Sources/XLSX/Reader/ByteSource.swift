/// A producer of the bytes of one part, read in chunks.
///
/// The zip reader supplies inflated entry data through it; tests and callers
/// that already hold a part in memory use ``MemoryByteSource``.
public protocol ByteSource {
    /// Copies up to `buffer.count` bytes into `buffer` and returns how many were
    /// copied; 0 means the end of the part.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int

    /// The size the part is expected to have, 0 when unknown: a hint for buffer sizes only.
    var sizeHint: Int { get }
}

extension ByteSource {
    /// Unknown.
    public var sizeHint: Int { 0 }
}

/// A ``ByteSource`` over bytes already in memory.
public struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    /// Creates a source that yields `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Creates a source that yields the UTF-8 encoding of `text`.
    public init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    /// The number of bytes held.
    public var sizeHint: Int { bytes.count }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
        }
        offset += count
        return count
    }
}
