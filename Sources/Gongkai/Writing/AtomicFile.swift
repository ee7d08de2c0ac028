import Foundation
import XLSX

/// Writes a whole file or nothing: to a temporary file beside the target, then renamed.
public enum AtomicFile {
    /// Writes `data` to `path` atomically; a failure names the path in Chinese.
    public static func write(_ data: Data, to path: String) throws {
        let temporary = TemporaryPath.beside(path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw XLSXError.writeFailed(path: path, detail: LibraryErrorText.system(errno)) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw XLSXError.writeFailed(path: path, detail: LibraryErrorText.system(failure))
        }
    }
}
