import Foundation

/// The file name of a department's standard workbook in a batch's output folder: safe on every
/// system (no control characters, no path separators, no leading dot, a bounded length with a
/// stable short form), and never the name of an input, of the summary or of another output.
public struct OutputName {
    /// Names already taken: other outputs, the summary files, inputs in the output folder.
    var taken: Set<String>

    /// The longest department part of a name, in characters.
    static let maxCharacters = 60

    /// `<department>.xlsx`, or `<department>（<file>）.xlsx` when that is taken, then numbered.
    mutating func make(department: String, file: String) -> String {
        let safe = Self.safe(department).isEmpty ? "未命名单位" : Self.safe(department)
        let stem = Self.safe(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        let used = taken
        let free = { (name: String) in !used.contains(name.lowercased()) }
        let numbered = (2...10_001).lazy.map { "\(safe)（\(stem)-\($0)）.xlsx" }
        let name = ["\(safe).xlsx", "\(safe)（\(stem)）.xlsx"].first(where: free) ?? numbered.first(where: free)
            ?? "\(safe)-\(UUID().uuidString).xlsx"
        taken.insert(name.lowercased())
        return name
    }

    /// `text` as a file-name part: control characters removed, path and reserved characters
    /// replaced, no leading dots or spaces, at most `maxCharacters` (a longer name keeps its
    /// start and a hash of the whole, so the same name always gives the same short form).
    public static func safe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) { continue }
            scalars.append("/\\:*?\"<>|".unicodeScalars.contains(scalar) ? "_" : scalar)
        }
        var result = String(scalars).trimmingCharacters(in: .whitespaces)
        while result.hasPrefix(".") { result = String(result.dropFirst()).trimmingCharacters(in: .whitespaces) }
        while result.hasSuffix(".") { result = String(result.dropLast()) }
        guard result.count > maxCharacters else { return result }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return String(result.prefix(maxCharacters - 9)) + "-" + String(String(hash, radix: 16).prefix(8))
    }
}
