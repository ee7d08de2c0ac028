import Foundation

// libFuzzer entry point: arbitrary bytes go through the reader, the recognizer and the
// checker, as a workbook and as disclosure text. Nothing may trap; every failure must be a
// typed error. Built by Fuzz/run together with the XLSX and Gongkai sources as one module.

private let limits = ReadLimits(maxPartBytes: 64 << 20, maxTotalBytes: 128 << 20, maxTokenBytes: 1 << 20, maxFileBytes: 64 << 20)
private let profiles: [Profile] = ProfileStore.builtIn.profileIDs.compactMap { try? ProfileStore.builtIn.profile($0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let profile = profiles.first else { return 0 }
    let recognizer = SubmissionRecognizer(profile: profile, recognising: profiles)
    var sheets: [(grid: SheetGrid, visibility: SheetVisibility)] = []
    if let workbook = try? Workbook(bytes: bytes, limits: limits) {
        for sheet in workbook.sheets {
            if let grid = try? workbook.readSheet(sheet) { sheets.append((grid, sheet.visibility)) }
        }
    } else if let text = String(bytes: bytes, encoding: .utf8) {
        sheets = [(DelimitedTextGrid.grid(text, name: "fuzz.txt"), .visible)]
    }
    if let result = try? recognizer.recognise(sheets, hints: .init(fileName: "fuzz.xlsx")) {
        _ = Checker(profile: profile).check(result.accounts, sources: result.sources)
        _ = try? CanonicalJSON.decode(CanonicalJSON.encode(result.accounts))
    }
    _ = try? CanonicalJSON.decode(Data(bytes))
    return 0
}
