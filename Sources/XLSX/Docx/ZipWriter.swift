import CZip
import Foundation

/// Writes a zip package with libzip: parts added in order, written out on ``close()``.
final class ZipWriter {
    private var archive: OpaquePointer?
    private let path: String

    init(path: String) throws {
        self.path = path
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw XLSXError.writeFailed(path: path, detail: LibraryErrorText.zip(&error))
        }
        self.archive = archive
    }

    /// Adds the part `name` holding `text` as UTF-8.
    func add(_ name: String, _ text: String) throws {
        guard let archive else { return }
        let bytes = Array(text.utf8)
        guard let buffer = malloc(max(bytes.count, 1)) else { throw XLSXError.writeFailed(path: path, detail: "内存不足") }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { buffer.copyMemory(from: base, byteCount: bytes.count) }
        }
        guard let source = zip_source_buffer(archive, buffer, zip_uint64_t(bytes.count), 1) else {
            free(buffer)
            throw XLSXError.writeFailed(path: path, detail: String(cString: zip_strerror(archive)))
        }
        guard zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8)) >= 0 else {
            zip_source_free(source)
            throw XLSXError.writeFailed(path: path, detail: String(cString: zip_strerror(archive)))
        }
    }

    /// Writes the package out.
    func close() throws {
        guard let archive else { return }
        self.archive = nil
        guard zip_close(archive) == 0 else {
            let detail = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw XLSXError.writeFailed(path: path, detail: detail)
        }
    }

    deinit {
        if let archive { zip_discard(archive) }
    }
}
