import Foundation
import Testing
@testable import XLSX

/// The zip reader's own inflation: every entry kind reads the same, and a damaged entry is
/// refused with the part named, whatever the central directory claims.
@Suite struct ZipEntryTests {
    private let sheetPart = "xl/worksheets/sheet1.xml"

    private func texts(_ bytes: [UInt8]) throws -> [String] {
        let workbook = try Workbook(bytes: bytes)
        return try workbook.sheets.map(workbook.readSheet).flatMap { grid in
            (0..<grid.rowExtent).flatMap { row in grid.cells(inRow: row).map { "\(row),\($0.column):\($0.value)" } }
        }
    }

    /// A sheet of `rows` rows of random 15-digit numbers, which compress poorly.
    private func randomSheet(rows: Int) -> (xml: String, sum: Double) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var sum = 0.0
        var data = ""
        data.reserveCapacity(rows * 48)
        for row in 1...rows {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = (state >> 14) % 1_000_000_000_000_000
            sum += Double(value)
            data += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(value)</v></c></row>"
        }
        return (MinimalWorkbook.sheet(data), sum)
    }

    /// Where the zip record with `signature` (its last two bytes) naming `name` at `nameOffset` starts.
    private func record(_ bytes: [UInt8], signature: (UInt8, UInt8), nameAt nameOffset: Int, _ name: String) throws -> Int {
        let nameBytes = Array(name.utf8)
        let found = (0..<max(0, bytes.count - nameOffset - nameBytes.count)).first { position in
            bytes[position] == 0x50 && bytes[position + 1] == 0x4B && bytes[position + 2] == signature.0 && bytes[position + 3] == signature.1
                && Array(bytes[(position + nameOffset)..<(position + nameOffset + nameBytes.count)]) == nameBytes
        }
        guard let found else { throw ZipBuilder.BuildError.failed("no record for \(name)") }
        return found
    }

    /// `bytes` with the central-directory record of `name` changed at `offset` (from the record's start).
    private func patchCentralRecord(_ bytes: [UInt8], of name: String, at offset: Int, _ change: (inout UInt32) -> Void) throws -> [UInt8] {
        let start = try record(bytes, signature: (1, 2), nameAt: 46, name) + offset
        var value = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * $1) }
        change(&value)
        var patched = bytes
        for byte in 0..<4 { patched[start + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
        return patched
    }

    @Test func storedAndDeflatedEntriesReadTheSame() throws {
        let parts = MinimalWorkbook.parts()
        let deflated = try texts(ZipBuilder.zip(parts))
        #expect(deflated == ["0,0:text(\"甲\")"])
        #expect(try texts(ZipBuilder.zip(parts, stored: true)) == deflated)
    }

    @Test func aWrongChecksumIsRefused() throws {
        let bytes = try patchCentralRecord(MinimalWorkbook.bytes(), of: sheetPart, at: 16) { $0 ^= 1 }
        #expect(throws: XLSXError.corruptPart(part: sheetPart, detail: "校验和错误")) { try texts(bytes) }
    }

    @Test func aWrongDeclaredSizeIsRefused() throws {
        let bytes = try patchCentralRecord(MinimalWorkbook.bytes(), of: sheetPart, at: 24) { $0 += 1 }
        #expect(throws: XLSXError.corruptPart(part: sheetPart, detail: "解压后的大小与压缩包记录不符")) { try texts(bytes) }
    }

    @Test func aCutCompressedStreamIsRefused() throws {
        let bytes = try patchCentralRecord(MinimalWorkbook.bytes(), of: sheetPart, at: 20) { $0 /= 2 }
        #expect(throws: XLSXError.corruptPart(part: sheetPart, detail: "文件意外结束（可能不完整）")) { try texts(bytes) }
    }

    @Test func damagedDeflateDataIsRefused() throws {
        let bytes = try MinimalWorkbook.bytes(sheet: randomSheet(rows: 200).xml)
        let local = try record(bytes, signature: (3, 4), nameAt: 30, sheetPart)
        var damaged = bytes
        let dataStart = local + 30 + sheetPart.utf8.count + Int(bytes[local + 28]) + Int(bytes[local + 29]) << 8
        for offset in dataStart..<(dataStart + 64) { damaged[offset] = 0xFF }
        #expect {
            try texts(damaged)
        } throws: { error in
            guard case .corruptPart(let part, _) = error as? XLSXError else { return false }
            return part == sheetPart
        }
    }

    /// A worksheet compressed larger than one input chunk, and declared large enough to be
    /// inflated ahead on a second thread, reads whole.
    @Test func aPartLargerThanOneInputChunkReadsWhole() throws {
        let (xml, sum) = randomSheet(rows: 150_000)
        let bytes = try MinimalWorkbook.bytes(sheet: xml)
        #expect(bytes.count > Inflater.maxInputChunk)
        let workbook = try Workbook(bytes: bytes)
        let grid = try workbook.readSheet(workbook.sheets[0])
        #expect(grid.cellCount == 150_000)
        var total = 0.0
        for row in 0..<grid.rowExtent {
            for cell in grid.cells(inRow: row) {
                if case .number(let value) = cell.value { total += value }
            }
        }
        #expect(total == sum)
    }

    /// Inflaters go back to a pool shared by every thread: reading the same workbooks on
    /// several threads at once gives each the bytes of its own parts.
    @Test func workbooksReadOnManyThreadsAtOnceStayApart() throws {
        let books = try (0..<8).map { index in
            try MinimalWorkbook.bytes(sheet: MinimalWorkbook.sheet("<row r=\"1\"><c r=\"A1\"><v>\(index)</v></c></row>"))
        }
        let expected = try books.map(texts)
        let results = ResultBox(count: books.count * 8)
        DispatchQueue.concurrentPerform(iterations: books.count * 8) { index in
            results.set(index, (try? texts(books[index % books.count])) ?? [])
        }
        #expect(results.values.enumerated().allSatisfy { $0.element == expected[$0.offset % books.count] })
    }
}

/// Results written from several threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [[String]]

    init(count: Int) {
        values = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ value: [String]) {
        lock.withLock { values[index] = value }
    }
}
