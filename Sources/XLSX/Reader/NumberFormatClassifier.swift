import Foundation

/// Decides, in one place, whether a number format shows dates, percentages, text or plain numbers.
public enum NumberFormatClassifier {
    /// The kind of a built-in format id (ECMA-376 Part 1, 18.8.30, plus the
    /// East Asian date ids 27–36 and 50–58 that Chinese Excel and WPS use).
    public static func kind(builtIn id: Int) -> NumberFormatKind {
        switch id {
        case 9, 10: return .percent
        case 14...22, 27...36, 45...47, 50...58: return .date
        case 49: return .text
        default: return .general
        }
    }

    /// The kind of a format code such as `yyyy-mm-dd`, `0.00%` or `@`.
    ///
    /// Quoted text, escaped characters, colours and conditions in brackets are
    /// ignored; `[h]`, `[mm]` and `[ss]` count as time. Only the first section
    /// (positive numbers) is looked at. The keyword `General` and the scientific
    /// exponent `E+` are not date parts.
    public static func kind(code: String) -> NumberFormatKind {
        let code = code.replacingGeneralKeyword()
        var sawDatePart = false
        var sawPercent = false
        var sawText = false
        var iterator = code.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case ";":
                return decide(date: sawDatePart, percent: sawPercent, text: sawText)
            case "\"":
                while let inner = iterator.next(), inner != "\"" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "[":
                var bracket = ""
                while let inner = iterator.next(), inner != "]" { bracket.unicodeScalars.append(inner) }
                let lowered = bracket.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ "hms".contains($0) }) { sawDatePart = true }
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                sawDatePart = true
            case "%":
                sawPercent = true
            case "@":
                sawText = true
            default:
                continue
            }
        }
        return decide(date: sawDatePart, percent: sawPercent, text: sawText)
    }

    private static func decide(date: Bool, percent: Bool, text: Bool) -> NumberFormatKind {
        if date { return .date }
        if percent { return .percent }
        if text { return .text }
        return .general
    }
}

private extension String {
    /// The code with every `General` (any case) removed.
    func replacingGeneralKeyword() -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: "general", options: .caseInsensitive) {
            result += rest[..<range.lowerBound]
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
