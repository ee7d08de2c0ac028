import Foundation

// libFuzzer entry point for values: the seed's tables (Tests/Fixtures/seed-2023.txt) with every
// amount replaced by a value the fuzzer chooses — any double bit pattern (huge, tiny, negative,
// NaN, infinities, long binary fractions), digit strings of any length, grouped or full-width text,
// parentheses, error cells, booleans — then recognised in a unit and a profile the fuzzer chooses, checked, renamed and written
// to canonical JSON; for one input in four the department is a fuzzer-chosen name (control
// characters, any length) and the standard workbook is written and read back. Nothing may trap,
// and what is written must read back. Built by Fuzz/run with the XLSX and Gongkai sources.

private let profiles: [Profile] = ProfileStore.builtIn.profileIDs.compactMap { try? ProfileStore.builtIn.profile($0) }
private let seed: SheetGrid = DelimitedTextGrid.grid(
    (try? String(contentsOfFile: "Tests/Fixtures/seed-2023.txt", encoding: .utf8)) ?? "", name: "seed.txt")

/// Reads the fuzzer's bytes one value at a time.
private struct ValueStream {
    var bytes: ArraySlice<UInt8>

    mutating func byte() -> UInt8 { bytes.popFirst() ?? 0 }

    mutating func double() -> Double {
        var bits: UInt64 = 0
        for _ in 0..<8 { bits = bits << 8 | UInt64(byte()) }
        return Double(bitPattern: bits)
    }

    mutating func name() -> String {
        let count = Int(byte()) * Int(byte() % 4 + 1)
        return String(String.UnicodeScalarView((0..<count).compactMap { _ in
            Unicode.Scalar(UInt32(byte() % 2 == 0 ? byte() : byte()) | (byte() % 3 == 0 ? 0x4E00 : 0))
        }))
    }

    mutating func digits() -> String {
        let count = Int(byte() % 40) + 1
        return String((0..<count).map { _ in Character(String(byte() % 10)) })
    }

    mutating func value() -> CellValue? {
        switch byte() % 12 {
        case 0: return nil
        case 1: return .number(double())
        case 2: return .number(Double(Int8(bitPattern: byte())) * pow(10, Double(Int(byte() % 40) - 20)))
        case 3: return .number(Double(Int32(bitPattern: UInt32(byte()) << 24 | UInt32(byte()) << 8)) / 3)
        case 4: return .text(digits())
        case 5: return .text(digits() + "." + digits())
        case 6: return .text("-" + digits() + "," + digits() + "." + digits())
        case 7: return .text("(" + digits() + ")")
        case 8: return .text(String(String.UnicodeScalarView(digits().unicodeScalars.compactMap { Unicode.Scalar($0.value + 0xFEE0) })))
        case 9: return .error(["#DIV/0!", "#VALUE!", "#REF!", "#N/A"][Int(byte() % 4)])
        case 10: return .bool(byte() % 2 == 0)
        default: return .text(String(decoding: (0..<Int(byte() % 8)).map { _ in byte() }, as: UTF8.self))
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var stream = ValueStream(bytes: ArraySlice(UnsafeBufferPointer(start: data, count: size)))
    let units = ["万元", "元", "千元"]
    let unit = units[Int(stream.byte() % 3)]
    guard !profiles.isEmpty else { return 0 }
    let profile = profiles[Int(stream.byte()) % profiles.count]
    var grid = SheetGrid(name: "values.xlsx")
    for (row, cells) in seed.rows {
        var replaced: [Cell] = []
        for cell in cells {
            guard let text = cell.value.text else { continue }
            if text.contains("单位：万元") {
                replaced.append(Cell(column: cell.column, value: .text("单位：" + unit)))
            } else if text.contains("."), Double(text.replacingOccurrences(of: ",", with: "")) != nil {
                if let value = stream.value() { replaced.append(Cell(column: cell.column, value: value)) }
            } else {
                replaced.append(cell)
            }
        }
        grid.appendRow(row, cells: replaced)
    }
    let recognizer = SubmissionRecognizer(profile: profile, recognising: profiles)
    guard var result = try? recognizer.recognise([(grid, .visible)], hints: .init(fileName: "values.xlsx")) else { return 0 }
    _ = OfficialNames.apply(to: &result.accounts, profile: profile, lists: .builtIn, sources: result.sources)
    _ = Checker(profile: profile).findings(for: result)
    _ = try? CanonicalJSON.decode(CanonicalJSON.encode(result.accounts))
    _ = result.accounts.figures.values.reduce(Amount.zero, +)
    if stream.byte() % 4 == 0 {
        result.accounts.department = stream.name()
        let path = "/tmp/gongkai-fuzz-\(getpid()).xlsx"
        defer { unlink(path) }
        do {
            try DisclosureWriter(profile: profile).write(result.accounts, to: path)
            _ = try StandardWorkbookReader(profile: profile).read(Workbook(path: path))
        } catch {
            fatalError("a workbook Gongkai wrote does not read back: \(error)")
        }
    }
    return 0
}
