#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decoding of XML character data and of the OOXML `_xHHHH_` escapes.
enum XMLText {
    /// Decodes the five predefined entities and character references in `bytes`.
    ///
    /// Returns nil for any other entity or a malformed reference: no entity is
    /// ever looked up elsewhere, so nothing outside the part can leak in.
    static func decodeReferences(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        guard appendDecodingReferences(bytes, to: &output) else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `bytes` to `output` with their references decoded, as ``decodeReferences(_:)``
    /// does; false (with `output` partly extended) for a reference it refuses.
    static func appendDecodingReferences(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            var semicolon = index + 1
            while semicolon < bytes.count, bytes[semicolon] != UInt8(ascii: ";"), semicolon - index < 12 {
                semicolon += 1
            }
            guard semicolon < bytes.count, bytes[semicolon] == UInt8(ascii: ";") else { return false }
            let reference = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<semicolon])
            guard let scalar = scalar(forReference: reference) else { return false }
            output.append(contentsOf: String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return true
    }

    private static func scalar(forReference reference: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: reference, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard reference.count >= 2, reference[0] == UInt8(ascii: "#") else { return nil }
        let isHex = reference[1] == UInt8(ascii: "x") || reference[1] == UInt8(ascii: "X")
        let digits = String(decoding: UnsafeBufferPointer(rebasing: reference[(isHex ? 2 : 1)...]), as: UTF8.self)
        guard let value = UInt32(digits, radix: isHex ? 16 : 10) else { return nil }
        return Unicode.Scalar(value)
    }

    /// Replaces the `_xHHHH_` escapes that OOXML uses for characters XML cannot
    /// carry (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); `_x005F_` escapes a literal underscore.
    static func unescapeOOXML(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            holdsUnderscore(bytes) ? unescapingOOXML(bytes) : nil
        } ?? text
    }

    /// The text of the UTF-8 `bytes` with their `_xHHHH_` escapes replaced (see ``unescapeOOXML(_:)``).
    static func unescapeOOXML(bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            holdsUnderscore(buffer) ? unescapingOOXML(buffer) : String(decoding: buffer, as: UTF8.self)
        }
    }

    private static func holdsUnderscore(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(UInt8(ascii: "_")), bytes.count) != nil
    }

    private static func unescapingOOXML(_ units: UnsafeBufferPointer<UInt8>) -> String {
        var output = [UInt8]()
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if units[index] == UInt8(ascii: "_"), index + 6 < units.count,
               units[index + 1] == UInt8(ascii: "x"), units[index + 6] == UInt8(ascii: "_"),
               let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: units[(index + 2)..<(index + 6)]), as: UTF8.self), radix: 16),
               let scalar = Unicode.Scalar(value) {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
