import CDeflate
import CZip

/// The inflated bytes of one zip entry, counted against the part and archive limits.
///
/// A deflated entry comes raw from libzip and is inflated by a pooled ``Inflater``, in one call
/// when it fits where the first read wants it; its CRC-32 and size are checked against the
/// central directory when the stream ends. Any other entry (stored, another method,
/// encrypted) is read through libzip, which checks it the same way.
final class ZipEntrySource: ByteSource {
    /// What the central directory says of an entry.
    struct Entry {
        /// The declared uncompressed size, 0 when unknown: a hint for buffer sizes.
        let declaredSize: Int
        /// For a plain (unencrypted) deflated entry, what its stream is checked against; nil
        /// for any entry libzip reads itself.
        let deflated: Deflated?

        struct Deflated {
            let size: Int
            let compressedSize: Int
            let crc: UInt32
        }

        init(_ stat: zip_stat_t) {
            func has(_ field: UInt32) -> Bool { stat.valid & zip_uint64_t(field) != 0 }
            declaredSize = has(ZIP_STAT_SIZE) ? Int(clamping: stat.size) : 0
            let isPlainDeflate = has(ZIP_STAT_COMP_METHOD) && stat.comp_method == UInt16(ZIP_CM_DEFLATE)
                && has(ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method == UInt16(ZIP_EM_NONE)
                && has(ZIP_STAT_SIZE) && has(ZIP_STAT_COMP_SIZE) && has(ZIP_STAT_CRC)
            deflated = isPlainDeflate
                ? Deflated(size: Int(clamping: stat.size), compressedSize: Int(clamping: stat.comp_size), crc: stat.crc)
                : nil
        }
    }

    private let archive: ZipArchive
    private let file: OpaquePointer
    private let part: String
    private let entry: Entry
    private let inflater: Inflater?
    private var inflated = 0
    private var compressedLeft: Int
    private var crc: UInt32 = 0
    private var ended = false

    /// The size the zip headers declare, for buffer sizing only.
    var sizeHint: Int { entry.declaredSize }

    init(archive: ZipArchive, file: OpaquePointer, part: String, entry: Entry, inflater: Inflater?) {
        self.archive = archive
        self.file = file
        self.part = part
        self.entry = entry
        self.inflater = inflater
        compressedLeft = entry.deflated?.compressedSize ?? 0
    }

    deinit {
        zip_fclose(file)
        inflater.map(InflaterPool.shared.give)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.baseAddress != nil, buffer.count > 0 else { return 0 }
        let count = try inflater.map { try inflate(with: $0, into: buffer) } ?? readThroughLibzip(into: buffer)
        inflated += count
        if inflated > archive.limits.maxPartBytes {
            throw XLSXError.partTooLarge(part: part, limit: archive.limits.maxPartBytes)
        }
        try archive.account(count)
        return count
    }

    private func readThroughLibzip(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = zip_fread(file, buffer.baseAddress, zip_uint64_t(buffer.count))
        if count < 0 {
            throw libzipFailure()
        }
        return Int(count)
    }

    private func inflate(with inflater: Inflater, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let whole = try inflateWhole(with: inflater, into: buffer) {
            return whole
        }
        while !ended {
            if inflater.inputIsEmpty && compressedLeft > 0 {
                compressedLeft -= try refill(inflater)
            }
            let step: Inflater.Step
            do {
                step = try inflater.inflate(into: buffer, finish: compressedLeft == 0)
            } catch let failure as Inflater.Failure {
                throw corrupt(failure.detail)
            }
            crc = libdeflate_crc32(crc, buffer.baseAddress, step.produced)
            if step.ended {
                ended = true
                try verify(size: inflated + step.produced)
            }
            if step.produced > 0 || ended { return step.produced }
            if step.consumed == 0 && (compressedLeft == 0 || !inflater.inputIsEmpty) {
                throw corrupt(LibraryErrorText.truncated)
            }
        }
        return 0
    }

    /// The whole entry in one call, on the first read of an entry whose compressed bytes come in
    /// one refill and whose declared size fits `buffer`; nil when it is not such an entry, or
    /// when its output does not match the central directory: the held input is then inflated
    /// by zlib as any other, which names the fault.
    private func inflateWhole(with inflater: Inflater, into buffer: UnsafeMutableRawBufferPointer) throws -> Int? {
        guard let expected = entry.deflated, compressedLeft == expected.compressedSize, compressedLeft > 0,
              compressedLeft <= Inflater.maxInputChunk, expected.size <= buffer.count else { return nil }
        compressedLeft -= try refill(inflater)
        guard compressedLeft == 0, let produced = inflater.inflateWhole(into: buffer), produced == expected.size,
              libdeflate_crc32(0, buffer.baseAddress, produced) == expected.crc else { return nil }
        crc = expected.crc
        ended = true
        return produced
    }

    private func refill(_ inflater: Inflater) throws -> Int {
        let filled: Int
        do {
            filled = try inflater.refill(upTo: compressedLeft) { chunk in
                Int(zip_fread(file, chunk.baseAddress, zip_uint64_t(chunk.count)))
            }
        } catch let failure as Inflater.Failure {
            throw corrupt(failure.detail)
        }
        if filled < 0 { throw libzipFailure() }
        if filled == 0 { throw corrupt(LibraryErrorText.truncated) }
        return filled
    }

    private func verify(size: Int) throws {
        guard let expected = entry.deflated else { return }
        if expected.size != size { throw corrupt("解压后的大小与压缩包记录不符") }
        if expected.crc != crc { throw corrupt("校验和错误") }
    }

    private func corrupt(_ detail: String) -> XLSXError {
        .corruptPart(part: part, detail: detail)
    }

    private func libzipFailure() -> XLSXError {
        corrupt(LibraryErrorText.zip(&zip_file_get_error(file).pointee))
    }
}
