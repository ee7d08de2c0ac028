import CDeflate
import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A raw-deflate decompressor for zip entries, with its buffer of compressed input.
///
/// zlib's state (about 7 KiB, and a 32 KiB window once an entry needs one) and the input
/// buffer are allocated once and reset between entries, instead of once for each of the some
/// fifteen parts of every workbook. ``InflaterPool`` lends them out across archives and threads.
///
/// An entry held whole, whose output fits where it is wanted, is first decompressed in one
/// call by libdeflate, about twice as fast as zlib on the few-kilobyte parts of a submission
/// (Benchmarks/README.md); zlib streams everything else, and diagnoses an entry libdeflate refuses.
final class Inflater {
    /// What one call to ``inflate(into:finish:)`` did.
    struct Step {
        /// Bytes written to the output.
        var produced: Int
        /// Compressed bytes taken from the input.
        var consumed: Int
        /// Whether the deflate stream ended.
        var ended: Bool
    }

    /// Why inflating stopped, in words for the finance officer.
    struct Failure: Error {
        let detail: String
    }

    /// The most compressed input held at once: a part whose compressed size fits is read in
    /// one piece, and decompressed whole by libdeflate when the output has room.
    static let maxInputChunk = 1 << 20

    private let stream: UnsafeMutablePointer<z_stream>
    private var input: UnsafeMutableRawPointer
    private var inputCapacity: Int
    /// libdeflate's decompressor, allocated for the first entry held whole.
    private var wholeDecompressor: OpaquePointer?

    /// A fresh decompressor; nil when zlib or the buffer cannot be allocated.
    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        inputCapacity = 1 << 16
        guard let buffer = malloc(inputCapacity) else {
            stream.deallocate()
            return nil
        }
        input = buffer
        guard gongkai_inflate_init_raw(stream) == Z_OK else {
            free(buffer)
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        free(input)
        wholeDecompressor.map(libdeflate_free_decompressor)
    }

    /// Forgets the entry being inflated, keeping the allocations.
    func reset() {
        inflateReset(stream)
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
    }

    /// Whether every compressed byte handed over has been consumed.
    var inputIsEmpty: Bool { stream.pointee.avail_in == 0 }

    /// Hands over the next compressed bytes: up to `count` (at most ``maxInputChunk``) are
    /// copied in by `fill`, which returns how many it wrote. Call only when ``inputIsEmpty``.
    func refill(upTo count: Int, from fill: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Int {
        let wanted = min(count, Self.maxInputChunk)
        if wanted > inputCapacity {
            guard let grown = realloc(input, wanted) else { throw Failure(detail: "内存不足") }
            input = grown
            inputCapacity = wanted
        }
        let filled = try fill(UnsafeMutableRawBufferPointer(start: input, count: wanted))
        stream.pointee.next_in = input.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = uInt(max(filled, 0))
        return filled
    }

    /// Decompresses the held input, the whole of an entry, into `output` in one call and
    /// returns how many bytes it made; nil when libdeflate refuses it (damaged, cut, larger
    /// than `output`), leaving the input to ``inflate(into:finish:)``, whose zlib says why.
    func inflateWhole(into output: UnsafeMutableRawBufferPointer) -> Int? {
        guard let address = output.baseAddress, let compressed = stream.pointee.next_in else { return nil }
        if wholeDecompressor == nil { wholeDecompressor = libdeflate_alloc_decompressor() }
        guard let decompressor = wholeDecompressor else { return nil }
        var produced = 0
        let status = libdeflate_deflate_decompress(decompressor, compressed, Int(stream.pointee.avail_in), address, output.count, &produced)
        return status == LIBDEFLATE_SUCCESS ? produced : nil
    }

    /// Inflates as much of the held input as fits in `output`. `finish` says no more input
    /// will follow, so that an entry inflated in one call never fills zlib's window.
    func inflate(into output: UnsafeMutableRawBufferPointer, finish: Bool) throws -> Step {
        guard let address = output.baseAddress, output.count > 0 else { return Step(produced: 0, consumed: 0, ended: false) }
        let room = uInt(min(output.count, Int(UInt32.max)))
        let available = stream.pointee.avail_in
        stream.pointee.next_out = address.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = room
        let status = CZlib.inflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
        let step = Step(
            produced: Int(room - stream.pointee.avail_out),
            consumed: Int(available - stream.pointee.avail_in),
            ended: status == Z_STREAM_END)
        switch status {
        case Z_OK, Z_STREAM_END, Z_BUF_ERROR:
            return step
        case Z_MEM_ERROR:
            throw Failure(detail: "内存不足")
        default:
            throw Failure(detail: "压缩数据损坏")
        }
    }
}
