import Foundation

/// A private copy of bytes on disk, for a C library that reads only from a path (FreeXL):
/// created with mode 0600 in the temporary folder, removed by `remove()`.
struct ScratchCopy {
    let path: String

    init(_ bytes: [UInt8]) throws {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/gongkai-xls-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw XLSXError.fileUnreadable(path: folder, errno: errno) }
        defer { close(descriptor) }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            guard result > 0 else {
                let code = errno
                unlink(path)
                throw XLSXError.fileUnreadable(path: path, errno: code)
            }
            written += result
        }
    }

    func remove() {
        unlink(path)
    }
}
