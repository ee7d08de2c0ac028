import Foundation

/// The canonical JSON form of ``FinalAccounts`` (schema `gongkai/final-accounts@1`,
/// documented in docs/canonical-json.md).
///
/// Amounts are JSON strings holding exact decimals (`"1376.70"`), never JSON
/// numbers, so no reader can turn them into binary floating point. Keys are
/// sorted, so the same accounts always give the same bytes.
public enum CanonicalJSON {
    /// The schema identifier written in every document.
    public static let schema = "gongkai/final-accounts@1"

    /// Encodes `accounts`.
    public static func encode(_ accounts: FinalAccounts) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(AccountsDocument(accounts))
        data.append(0x0A)
        return data
    }

    /// Decodes a document; throws ``CanonicalJSONError`` naming what is wrong.
    public static func decode(_ data: Data) throws -> FinalAccounts {
        let document: AccountsDocument
        do {
            document = try JSONDecoder().decode(AccountsDocument.self, from: data)
        } catch let error as CanonicalJSONError {
            throw error
        } catch let DecodingError.dataCorrupted(context) {
            let detail = context.codingPath.isEmpty ? "不是有效的 JSON 文件（可能不完整或有语法错误）" : context.debugDescription
            throw CanonicalJSONError.invalid(path: context.codingPath.jsonPath, detail: detail)
        } catch let DecodingError.keyNotFound(key, context) {
            throw CanonicalJSONError.invalid(path: (context.codingPath + [key]).jsonPath, detail: "缺少该字段")
        } catch let DecodingError.typeMismatch(_, context) {
            throw CanonicalJSONError.invalid(path: context.codingPath.jsonPath, detail: "类型不符")
        } catch let DecodingError.valueNotFound(_, context) {
            throw CanonicalJSONError.invalid(path: context.codingPath.jsonPath, detail: "值为空")
        } catch {
            throw CanonicalJSONError.invalid(path: "$", detail: "不是有效的 JSON")
        }
        guard document.schema == schema else {
            throw CanonicalJSONError.unsupportedSchema(document.schema)
        }
        return try document.accounts()
    }
}

/// Why a JSON document is not canonical final accounts.
public enum CanonicalJSONError: Error, Equatable, CustomStringConvertible {
    /// The `schema` field names another schema or version.
    case unsupportedSchema(String)
    /// A field is missing, of the wrong type, or not an exact amount; `path` says where.
    case invalid(path: String, detail: String)

    public var description: String {
        switch self {
        case .unsupportedSchema(let schema):
            return "JSON 的 schema 为“\(schema)”，本程序只接受“\(CanonicalJSON.schema)”"
        case .invalid(let path, let detail):
            return "JSON 在 \(path) 处有误：\(detail)"
        }
    }
}

extension Array where Element == CodingKey {
    var jsonPath: String {
        "$" + map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
