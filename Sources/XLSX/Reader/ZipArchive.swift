import CZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only zip archive opened through libzip, with inflation limits.
///
/// Sizes declared in the zip headers are never trusted: each entry is counted
/// while it is inflated, against the per-part and whole-archive limits.
final class ZipArchive {
    private let handle: OpaquePointer
    let limits: ReadLimits
    /// Bytes inflated so far from every entry of this archive.
    private(set) var totalInflated = 0

    /// Opens the archive held in `bytes`.
    init(bytes: [UInt8], limits: ReadLimits) throws {
        self.limits = limits
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let copy = malloc(max(bytes.count, 1)) else { throw XLSXError.notZip(detail: "内存不足") }
        bytes.withUnsafeBytes { source in
            if let address = source.baseAddress { memcpy(copy, address, source.count) }
        }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw XLSXError.notZip(detail: LibraryErrorText.zip(&error))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw XLSXError.notZip(detail: LibraryErrorText.zip(&error))
        }
        handle = archive
    }

    /// Opens the archive at `path`.
    init(path: String, limits: ReadLimits) throws {
        self.limits = limits
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw XLSXError.notZip(detail: LibraryErrorText.zip(&error))
        }
        handle = archive
    }

    deinit {
        zip_discard(handle)
    }

    /// Whether an entry named `part` exists (case-insensitively).
    func contains(_ part: String) -> Bool {
        locate(part) != nil
    }

    /// A byte source that inflates the entry `part`, counting against the limits.
    ///
    /// A deflated entry is read raw and inflated by a pooled ``Inflater``, its CRC and size
    /// checked at the end; stored and other entries go through libzip, which checks them.
    func open(_ part: String) throws -> ZipEntrySource {
        guard let index = locate(part) else { throw XLSXError.missingPart(part: part) }
        func failure() -> XLSXError { .corruptPart(part: part, detail: LibraryErrorText.zip(&zip_get_error(handle).pointee)) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(handle, zip_uint64_t(index), 0, &stat) == 0 else { throw failure() }
        let entry = ZipEntrySource.Entry(stat)
        let raw = entry.deflated == nil ? nil : InflaterPool.shared.take()
        guard let file = zip_fopen_index(handle, zip_uint64_t(index), raw == nil ? 0 : ZIP_FL_COMPRESSED) else {
            raw.map(InflaterPool.shared.give)
            throw failure()
        }
        return ZipEntrySource(archive: self, file: file, part: part, entry: entry, inflater: raw)
    }

    /// Inflates the whole entry `part` into memory (for small parts only).
    func readAll(_ part: String) throws -> [UInt8] {
        let source = try open(part)
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private func locate(_ part: String) -> Int64? {
        let trimmed = part.hasPrefix("/") ? String(part.dropFirst()) : part
        let index = zip_name_locate(handle, trimmed, ZIP_FL_NOCASE)
        return index >= 0 ? index : nil
    }

    /// Counts `count` more inflated bytes against the whole-archive limit.
    func account(_ count: Int) throws {
        totalInflated += count
        if totalInflated > limits.maxTotalBytes {
            throw XLSXError.workbookTooLarge(limit: limits.maxTotalBytes)
        }
    }
}
