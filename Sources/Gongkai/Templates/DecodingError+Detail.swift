extension DecodingError {
    /// What is wrong, in Chinese, with the key path where it is (`lines.sides[0].lines[26].role`).
    var chineseDetail: String {
        func path(_ keys: [CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "（根）" : text)
        }
        switch self {
        case .dataCorrupted(let context):
            let allowed: [String]
            switch context.codingPath.last?.stringValue {
            case "role": allowed = LineRole.allCases.map(\.rawValue)
            case "key" where context.codingPath.contains { $0.stringValue == "valueColumns" }: allowed = ColumnKey.allCases.map(\.rawValue)
            case "key": allowed = SideKey.allCases.map(\.rawValue)
            default: allowed = []
            }
            return "键 \(path(context.codingPath)) 的值无效" + (allowed.isEmpty ? "" : "，应为以下之一：\(allowed.joined(separator: "、"))")
        case .keyNotFound(let key, let context):
            return "缺少键 \(path(context.codingPath + [key]))"
        case .typeMismatch(let type, let context):
            return "键 \(path(context.codingPath)) 的类型不对，应为 \(type)"
        case .valueNotFound(let type, let context):
            return "键 \(path(context.codingPath)) 没有值，应为 \(type)"
        @unknown default:
            return "\(self)"
        }
    }
}
