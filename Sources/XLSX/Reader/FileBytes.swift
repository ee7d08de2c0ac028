#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

/// Reading whole files or their first bytes, with typed errors.
enum FileBytes {
    /// What ``sample(_:headCount:wholeUpTo:limit:)`` read of a file.
    struct Sample {
        /// The whole file, or only its first bytes.
        var bytes: [UInt8]
        /// Whether ``bytes`` is the whole file.
        var isWhole: Bool
        /// The file's size in bytes.
        var size: Int
        /// Whether the path names a regular file, which can be opened again by path (a pipe cannot).
        var isRegularFile: Bool
    }

    /// The whole file at `path`; fails beyond `limit` bytes.
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        try withDescriptor(path) { descriptor, status in
            try readAll(descriptor, path: path, limit: limit, expected: status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0)
        }
    }

    /// The whole file at `path` when it is a regular file of at most `wholeLimit` bytes or not a
    /// regular file at all (a pipe has no size to go by), otherwise its first `headCount` bytes.
    ///
    /// One open and one read for a small file: a zip read from memory needs no seeks.
    static func sample(_ path: String, headCount: Int, wholeUpTo wholeLimit: Int, limit: Int) throws -> Sample {
        try withDescriptor(path) { descriptor, status in
            let isRegular = status.st_mode & S_IFMT == S_IFREG
            let size = Int(status.st_size)
            if isRegular && size > wholeLimit {
                var head = [UInt8](repeating: 0, count: headCount)
                let count = try head.withUnsafeMutableBytes { try fill($0, from: descriptor, path: path) }
                return Sample(bytes: Array(head[0..<count]), isWhole: false, size: size, isRegularFile: true)
            }
            let bytes = try readAll(descriptor, path: path, limit: limit, expected: isRegular ? size : 0)
            return Sample(bytes: bytes, isWhole: true, size: bytes.count, isRegularFile: isRegular)
        }
    }

    private static func withDescriptor<R>(_ path: String, _ body: (Int32, stat) throws -> R) throws -> R {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw XLSXError.fileUnreadable(path: path, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw XLSXError.fileUnreadable(path: path, errno: errno) }
        if status.st_mode & S_IFMT == S_IFDIR { throw XLSXError.fileUnreadable(path: path, errno: EISDIR) }
        return try body(descriptor, status)
    }

    /// Everything left in `descriptor`, read into a buffer sized for `expected` bytes (plus one, to
    /// see the end) when the size is known, growing from 64 KiB when it is not.
    private static func readAll(_ descriptor: Int32, path: String, limit: Int, expected: Int = 0) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: min(expected > 0 ? expected + 1 : 1 << 16, limit + 1))
        var count = 0
        while true {
            let read = try bytes.withUnsafeMutableBytes { buffer in
                try fill(UnsafeMutableRawBufferPointer(rebasing: buffer[count...]), from: descriptor, path: path)
            }
            count += read
            if count > limit { throw XLSXError.fileTooLarge(limit: limit) }
            if count < bytes.count { break }
            bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Reads until `buffer` is full or the file ends; returns how many bytes were read.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, path: String) throws -> Int {
        var count = 0
        while count < buffer.count {
            let read = systemRead(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            if read < 0 {
                if errno == EINTR { continue }
                throw XLSXError.fileUnreadable(path: path, errno: errno)
            }
            if read == 0 { break }
            count += read
        }
        return count
    }
}
