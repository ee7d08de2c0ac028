import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts: the field name, the file name
/// when the part is a file, and the bytes. Browsers send file names as raw UTF-8; the RFC 5987
/// form `filename*=UTF-8''…` is read too.
struct MultipartForm {
    struct Part {
        let name: String
        let fileName: String?
        let data: Data
    }

    let parts: [Part]

    /// Why a body is not a form the API can read.
    enum Failure: Error {
        case notMultipart
        case malformed
    }

    /// Splits `body`, whose `Content-Type` header is `contentType`.
    init(body: Data, contentType: String) throws {
        guard contentType.lowercased().hasPrefix("multipart/form-data"), let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty else {
            throw Failure.notMultipart
        }
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n\r\n".utf8)
        guard var cursor = body.range(of: delimiter)?.upperBound else { throw Failure.malformed }
        var parts: [Part] = []
        while true {
            let rest = body[cursor...]
            if rest.starts(with: Data("--".utf8)) { break }
            guard rest.starts(with: Data("\r\n".utf8)), let headerEnd = body.range(of: separator, in: cursor..<body.endIndex),
                  let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<body.endIndex) else {
                throw Failure.malformed
            }
            let headers = String(decoding: body[(cursor + 2)..<headerEnd.lowerBound], as: UTF8.self)
            if let disposition = headers.components(separatedBy: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
               let name = Self.parameter("name", in: disposition) {
                let fileName = Self.parameter("filename*", in: disposition).flatMap(Self.extendedValue) ?? Self.parameter("filename", in: disposition)
                parts.append(Part(name: name, fileName: fileName, data: Data(body[headerEnd.upperBound..<next.lowerBound])))
            }
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// `value` of `key=value` or `key="value"` in a header's parameters; a quoted value may hold
    /// `;` and `\"`.
    private static func parameter(_ key: String, in header: String) -> String? {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in header {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted && character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        for piece in pieces.dropFirst() {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard let equals = pair.firstIndex(of: "="), pair[..<equals].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            return String(pair[pair.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// `UTF-8''%E5%85%AC…` decoded.
    private static func extendedValue(_ value: String) -> String? {
        guard let quote = value.range(of: "''") else { return nil }
        return String(value[quote.upperBound...]).removingPercentEncoding
    }
}
