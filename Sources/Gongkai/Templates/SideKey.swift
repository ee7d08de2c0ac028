/// The side of a fixed-line table: 收入 on the left, 支出 on the right.
public enum SideKey: String, Codable, Sendable, CaseIterable {
    /// 收入.
    case income
    /// 支出.
    case expenditure
}
