#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// A buffered writer of bytes to a file descriptor or to memory.
///
/// The buffer and its fill count live behind pointers so that the hot write
/// path is a bounds check and a copy, with no dynamic exclusivity checks.
public final class ByteSink {
    private let descriptor: Int32?
    /// Everything written, for a sink made with ``init()``, once flushed.
    public private(set) var collected: [UInt8] = []
    private let capacity = 1 << 16
    private let base: UnsafeMutablePointer<UInt8>
    private let fill: UnsafeMutablePointer<Int>

    /// Writes to `descriptor` (1 for standard output); the descriptor is not closed.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        fill = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        fill.initialize(to: 0)
    }

    /// Collects what is written in ``collected``.
    public init() {
        self.descriptor = nil
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        fill = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        fill.initialize(to: 0)
    }

    deinit {
        base.deallocate()
        fill.deallocate()
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: $0) }
    }

    /// Appends raw bytes.
    @inline(__always)
    public func write(bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let source = bytes.baseAddress else { return }
        if fill.pointee + bytes.count > capacity {
            try flush()
            if bytes.count > capacity {
                try writeOut(UnsafeRawBufferPointer(bytes))
                return
            }
        }
        (base + fill.pointee).update(from: source, count: bytes.count)
        fill.pointee += bytes.count
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) throws {
        if fill.pointee == capacity {
            try flush()
        }
        base[fill.pointee] = byte
        fill.pointee += 1
    }

    /// Appends the shortest text of `number` (see ``NumberText/shortest(_:)``).
    public func writeNumber(_ number: Double) throws {
        if fill.pointee + NumberText.maximumDecimalLength > capacity {
            try flush()
        }
        guard let count = NumberText.writeDecimal(number, into: base + fill.pointee) else {
            try write(number.description)
            return
        }
        fill.pointee += count
    }

    /// Appends `text` as a delimited-text field, quoted with doubled quotes when it holds the
    /// delimiter, a quote or a line break.
    public func writeQuotedIfNeeded(_ text: String, delimiter: UInt8) throws {
        var text = text
        try text.withUTF8 { bytes in
            var needsQuotes = false
            for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                needsQuotes = true
                break
            }
            guard needsQuotes else {
                try write(bytes: bytes)
                return
            }
            try write(byte: 0x22)
            for byte in bytes {
                if byte == 0x22 { try write(byte: 0x22) }
                try write(byte: byte)
            }
            try write(byte: 0x22)
        }
    }

    /// Writes out everything buffered.
    public func flush() throws {
        try writeOut(UnsafeRawBufferPointer(start: base, count: fill.pointee))
        fill.pointee = 0
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) throws {
        guard let descriptor else {
            collected.append(contentsOf: bytes)
            return
        }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw XLSXError.writeFailed(path: descriptor == 1 ? "标准输出" : "文件描述符 \(descriptor)", detail: LibraryErrorText.system(errno))
            }
            offset += written
        }
    }
}
