import CZip
import CZlib

/// The inflated bytes of one zip entry, counted against the part and archive limits.
///
/// A deflated entry comes raw from libzip and is inflated by a pooled ``Inflater``; its CRC-32
/// and size are checked against the central directory when the stream ends. Any other entry
/// (stored, another method, encrypted) is read through libzip, which checks it the same way.
final class ZipEntrySource: ByteSource {
    /// What the central directory says of an entry.
    struct Entry {
        let size: Int?
        let compressedSize: Int?
        let crc: UInt32?
        let isPlainDeflate: Bool

        init(_ stat: zip_stat_t) {
            func has(_ field: UInt32) -> Bool { stat.valid & zip_uint64_t(field) != 0 }
            size = has(ZIP_STAT_SIZE) ? Int(clamping: stat.size) : nil
            compressedSize = has(ZIP_STAT_COMP_SIZE) ? Int(clamping: stat.comp_size) : nil
            crc = has(ZIP_STAT_CRC) ? stat.crc : nil
            isPlainDeflate = has(ZIP_STAT_COMP_METHOD) && stat.comp_method == UInt16(ZIP_CM_DEFLATE)
                && has(ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method == UInt16(ZIP_EM_NONE)
                && compressedSize != nil && crc != nil && size != nil
        }
    }

    private let archive: ZipArchive
    private let file: OpaquePointer
    private let part: String
    private let entry: Entry
    private let inflater: Inflater?
    private var inflated = 0
    private var compressedLeft: Int
    private var crc = UInt32(truncatingIfNeeded: crc32(0, nil, 0))
    private var ended = false

    /// The size the zip headers declare, for buffer sizing only.
    var sizeHint: Int { entry.size ?? 0 }

    init(archive: ZipArchive, file: OpaquePointer, part: String, entry: Entry, inflater: Inflater?) {
        self.archive = archive
        self.file = file
        self.part = part
        self.entry = entry
        self.inflater = inflater
        compressedLeft = entry.compressedSize ?? 0
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
            throw XLSXError.corruptPart(part: part, detail: LibraryErrorText.zip(&zip_file_get_error(file).pointee))
        }
        return Int(count)
    }

    private func inflate(with inflater: Inflater, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while !ended {
            if inflater.inputIsEmpty && compressedLeft > 0 {
                compressedLeft -= try refill(inflater)
            }
            let step: Inflater.Step
            do {
                step = try inflater.inflate(into: buffer, finish: compressedLeft == 0)
            } catch let failure as Inflater.Failure {
                throw XLSXError.corruptPart(part: part, detail: failure.detail)
            }
            crc = UInt32(truncatingIfNeeded: crc32(uLong(crc), buffer.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(step.produced)))
            if step.ended {
                ended = true
                try verify(size: inflated + step.produced)
            }
            if step.produced > 0 || ended { return step.produced }
            if step.consumed == 0 && (compressedLeft == 0 || !inflater.inputIsEmpty) {
                throw XLSXError.corruptPart(part: part, detail: "文件意外结束（可能不完整）")
            }
        }
        return 0
    }

    private func refill(_ inflater: Inflater) throws -> Int {
        let filled: Int
        do {
            filled = try inflater.refill(upTo: compressedLeft) { chunk in
                Int(zip_fread(file, chunk.baseAddress, zip_uint64_t(chunk.count)))
            }
        } catch let failure as Inflater.Failure {
            throw XLSXError.corruptPart(part: part, detail: failure.detail)
        }
        if filled < 0 {
            throw XLSXError.corruptPart(part: part, detail: LibraryErrorText.zip(&zip_file_get_error(file).pointee))
        }
        if filled == 0 {
            throw XLSXError.corruptPart(part: part, detail: "文件意外结束（可能不完整）")
        }
        return filled
    }

    private func verify(size: Int) throws {
        if let expected = entry.size, expected != size {
            throw XLSXError.corruptPart(part: part, detail: "解压后的大小与压缩包记录不符")
        }
        if let expected = entry.crc, expected != crc {
            throw XLSXError.corruptPart(part: part, detail: "校验和错误")
        }
    }
}
