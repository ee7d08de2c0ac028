#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files or their first bytes, with typed errors.
enum FileBytes {
    /// The whole file at `path`; fails beyond `limit` bytes.
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw XLSXError.fileUnreadable(path: path, errno: errno) }
        defer { fclose(file) }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 {
                if ferror(file) != 0 { throw XLSXError.fileUnreadable(path: path, errno: errno) }
                return bytes
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw XLSXError.fileTooLarge(limit: limit) }
        }
    }

    /// Up to `count` first bytes of the file at `path`, and the file's size.
    static func prefix(_ path: String, count: Int) throws -> (bytes: [UInt8], size: Int) {
        guard let file = fopen(path, "rb") else { throw XLSXError.fileUnreadable(path: path, errno: errno) }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, file) }
        fseek(file, 0, SEEK_END)
        let size = ftell(file)
        return (Array(bytes[0..<read]), size)
    }
}
