/// An OLE compound file (the container of .xls workbooks) read from memory and checked
/// before anything else touches it: the header, every FAT, mini-FAT and directory chain
/// (no loop, no sector outside the file, no chain shorter than its stream), so that a
/// crafted file is refused here with a clear error rather than inside a C library.
struct CompoundFile {
    private let bytes: [UInt8]
    private let sectorShift: Int
    private let fat: [UInt32]
    private let miniFAT: [UInt32]
    private let miniStream: [UInt8]
    private let miniCutoff: Int
    private let sectorCount: Int
    /// The streams of the root storage and its storages, by name.
    private(set) var entries: [Entry] = []

    /// A directory entry.
    struct Entry {
        let name: String
        let isStream: Bool
        let start: UInt32
        let size: Int
    }

    private static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    private static let freeSector: UInt32 = 0xFFFF_FFFF

    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        guard bytes.count >= 512, bytes.prefix(8).elementsEqual(Self.signature) else { throw Self.corrupt("文件头不是 OLE 复合文档") }
        let header = LittleEndian(bytes: bytes, offset: 0)
        sectorShift = Int(header.u16(30))
        guard sectorShift == 9 || sectorShift == 12, header.u16(32) == 6, header.u16(28) == 0xFFFE else {
            throw Self.corrupt("扇区大小或字节序无效")
        }
        let sectorSize = 1 << sectorShift
        sectorCount = (bytes.count - sectorSize + sectorSize - 1) / sectorSize
        guard sectorCount > 0 else { throw Self.corrupt("文件没有任何扇区") }
        miniCutoff = Int(header.u32(56))
        guard miniCutoff == 4096 else { throw Self.corrupt("小流界限不是 4096") }
        let fatSectorCount = Int(header.u32(44))
        guard fatSectorCount <= sectorCount else { throw Self.corrupt("FAT 扇区数 \(fatSectorCount) 超过文件扇区数 \(sectorCount)") }

        // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
        var fatSectors: [UInt32] = []
        for index in 0..<109 where fatSectors.count < fatSectorCount {
            fatSectors.append(header.u32(76 + 4 * index))
        }
        var difat = header.u32(68)
        var difatVisited = Set<UInt32>()
        let perDIFAT = sectorSize / 4 - 1
        // FreeXL follows as many DIFAT sectors as the header states: the count must be the one the FAT needs.
        guard Int(header.u32(72)) == (max(0, fatSectorCount - 109) + perDIFAT - 1) / perDIFAT else {
            throw Self.corrupt("DIFAT 扇区数 \(header.u32(72)) 与 FAT 扇区数 \(fatSectorCount) 不符")
        }
        while fatSectors.count < fatSectorCount {
            guard Int(difat) < sectorCount, difatVisited.insert(difat).inserted else { throw Self.corrupt("DIFAT 链断开或成环") }
            let sector = LittleEndian(bytes: bytes, offset: (Int(difat) + 1) << sectorShift)
            for index in 0..<perDIFAT where fatSectors.count < fatSectorCount {
                fatSectors.append(sector.u32(4 * index))
            }
            difat = sector.u32(4 * perDIFAT)
        }
        var fat: [UInt32] = []
        fat.reserveCapacity(fatSectorCount * sectorSize / 4)
        for sector in fatSectors {
            guard Int(sector) < sectorCount else { throw Self.corrupt("FAT 扇区 \(sector) 超出文件范围") }
            let reader = LittleEndian(bytes: bytes, offset: (Int(sector) + 1) << sectorShift)
            for index in 0..<(sectorSize / 4) { fat.append(reader.u32(4 * index)) }
        }
        self.fat = fat

        let directory = try Self.chain(from: header.u32(48), table: fat, sectorCount: sectorCount, what: "目录")
        let directoryBytes = Self.concatenate(directory, bytes: bytes, shift: sectorShift)
        var entries: [Entry] = []
        var rootStart: UInt32 = Self.endOfChain
        var rootSize = 0
        for index in 0..<(directoryBytes.count / 128) {
            let entry = LittleEndian(bytes: directoryBytes, offset: index * 128)
            let type = entry.u8(66)
            let nameLength = Int(entry.u16(64))
            guard type == 1 || type == 2 || type == 5, (2...64).contains(nameLength), nameLength % 2 == 0 else { continue }
            let units = (0..<(nameLength / 2 - 1)).map { entry.u16(2 * $0) }
            let name = String(decoding: units, as: UTF16.self)
            let size = sectorShift == 9 ? Int(entry.u32(120)) : Int(min(entry.u64(120), UInt64(Int.max)))
            if type == 5 {
                rootStart = entry.u32(116)
                rootSize = size
            } else {
                entries.append(Entry(name: name, isStream: type == 2, start: entry.u32(116), size: size))
            }
        }
        self.entries = entries

        // The mini stream (in the root entry's chain) and the mini FAT hold the small streams.
        let miniSectors = rootStart == Self.endOfChain ? [] : try Self.chain(from: rootStart, table: fat, sectorCount: sectorCount, what: "小流")
        guard miniSectors.count << sectorShift >= rootSize else { throw Self.corrupt("小流比声明的短") }
        miniStream = Array(Self.concatenate(miniSectors, bytes: bytes, shift: sectorShift).prefix(rootSize))
        let miniFATStart = header.u32(60)
        let miniFATSectors = miniFATStart == Self.endOfChain || miniFATStart == Self.freeSector
            ? [] : try Self.chain(from: miniFATStart, table: fat, sectorCount: sectorCount, what: "小 FAT")
        let miniFATBytes = Self.concatenate(miniFATSectors, bytes: bytes, shift: sectorShift)
        miniFAT = (0..<(miniFATBytes.count / 4)).map { LittleEndian(bytes: miniFATBytes, offset: 0).u32(4 * $0) }
    }

    /// The bytes of the stream named `name` (first match, case-insensitive), nil when there is none;
    /// refused when larger than `limit`.
    func stream(named name: String, limit: Int) throws -> [UInt8]? {
        guard let entry = entries.first(where: { $0.isStream && $0.name.lowercased() == name.lowercased() }) else { return nil }
        guard entry.size <= bytes.count else { throw Self.corrupt("流 \(name) 声明的大小 \(entry.size) 字节超过整个文件") }
        guard entry.size <= limit else { throw XLSXError.partTooLarge(part: name, limit: limit) }
        if entry.size < miniCutoff {
            let chain = try Self.chain(from: entry.start, table: miniFAT, sectorCount: miniStream.count / 64, what: name)
            guard chain.count * 64 >= entry.size else { throw Self.corrupt("流 \(name) 比声明的短") }
            var out: [UInt8] = []
            out.reserveCapacity(entry.size)
            for sector in chain { out.append(contentsOf: miniStream[(Int(sector) * 64)..<(Int(sector) * 64 + 64)]) }
            return Array(out.prefix(entry.size))
        }
        let chain = try Self.chain(from: entry.start, table: fat, sectorCount: sectorCount, what: name)
        guard chain.count << sectorShift >= entry.size else { throw Self.corrupt("流 \(name) 比声明的短") }
        return Array(Self.concatenate(chain, bytes: bytes, shift: sectorShift).prefix(entry.size))
    }

    /// The sectors of the chain starting at `start` in `table` (the FAT or the mini FAT): each
    /// one of the `sectorCount` that exist, none twice.
    private static func chain(from start: UInt32, table: [UInt32], sectorCount: Int, what: String) throws -> [UInt32] {
        var sectors: [UInt32] = []
        var visited = Set<UInt32>()
        var current = start
        while current != endOfChain {
            guard Int(current) < sectorCount, Int(current) < table.count, visited.insert(current).inserted else {
                throw corrupt("\(what)的扇区链断开或成环（扇区 \(current)）")
            }
            sectors.append(current)
            current = table[Int(current)]
        }
        return sectors
    }

    private static func concatenate(_ sectors: [UInt32], bytes: [UInt8], shift: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sectors.count << shift)
        for sector in sectors {
            let start = (Int(sector) + 1) << shift
            let end = min(start + (1 << shift), bytes.count)
            if start < end { out.append(contentsOf: bytes[start..<end]) }
            if end - start < 1 << shift { out.append(contentsOf: repeatElement(0, count: (1 << shift) - max(0, end - start))) }
        }
        return out
    }

    private static func corrupt(_ detail: String) -> XLSXError {
        .corruptXLS(detail: detail)
    }
}

/// Little-endian reads at an offset, zero beyond the end.
struct LittleEndian {
    let bytes: [UInt8]
    let offset: Int

    func u8(_ at: Int) -> UInt8 {
        let index = offset + at
        return index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    func u16(_ at: Int) -> UInt16 { UInt16(u8(at)) | UInt16(u8(at + 1)) << 8 }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
    func u64(_ at: Int) -> UInt64 { UInt64(u32(at)) | UInt64(u32(at + 4)) << 32 }
}
