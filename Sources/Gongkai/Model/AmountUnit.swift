/// The unit a submission states its amounts in.
public enum AmountUnit: String, Codable, Sendable, CaseIterable {
    /// 元.
    case yuan = "元"
    /// 千元.
    case thousandYuan = "千元"
    /// 万元, the unit of the published tables.
    case tenThousandYuan = "万元"

    /// How many decimal places a figure moves when converted to 万元.
    public var digitsToTenThousand: Int {
        switch self {
        case .yuan: return 4
        case .thousandYuan: return 1
        case .tenThousandYuan: return 0
        }
    }

    /// `number` in this unit, converted to 万元 and rounded once to six decimals; nil when
    /// out of range. `rounded` tells whether a non-zero digit was dropped.
    public func toTenThousandYuan(_ number: DecimalNumber) -> (amount: Amount, rounded: Bool)? {
        Amount.converting(number, shift: digitsToTenThousand)
    }

    /// `amount` (in 万元) as the submission stated it: `1.00 元` for a 元 submission, where
    /// 0.0001 万元 would print as 0.00, else in 千元 or 万元.
    public func stating(_ amount: Amount) -> String {
        switch self {
        case .yuan: return "\(amount.times(10_000)) 元"
        case .thousandYuan: return "\(amount.times(10)) 千元"
        case .tenThousandYuan: return "\(amount.published) 万元"
        }
    }
}
