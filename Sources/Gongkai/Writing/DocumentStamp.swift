import XLSX

/// What a standard workbook says about itself in its document properties, so that
/// reading it back restores the year, profile and source unit.
///
/// Stored in the keywords as `gongkai profile=2023-national year=2023 unit=万元`.
public struct DocumentStamp: Equatable, Sendable {
    /// The profile the tables follow.
    public var profile: String
    /// The year of the accounts.
    public var year: Int
    /// The unit the submission stated its amounts in.
    public var sourceUnit: AmountUnit

    /// The stamp of `accounts`.
    public init(_ accounts: FinalAccounts) {
        profile = accounts.profile
        year = accounts.year
        sourceUnit = accounts.sourceUnit
    }

    /// Reads the stamp from document properties; nil when they carry none.
    public init?(_ properties: CoreProperties) {
        guard let keywords = properties.keywords, keywords.hasPrefix("gongkai ") else { return nil }
        var fields: [String: String] = [:]
        for pair in keywords.split(separator: " ").dropFirst() {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let profile = fields["profile"], let year = fields["year"].flatMap({ Int($0) }),
              let unit = fields["unit"].flatMap(AmountUnit.init(rawValue:)) else { return nil }
        self.profile = profile
        self.year = year
        sourceUnit = unit
    }

    /// The document properties of a standard workbook for `department`.
    public func properties(department: String) -> CoreProperties {
        var properties = CoreProperties()
        properties.title = "\(department) \(year)年度部门决算公开报表"
        properties.subject = "部门决算公开"
        properties.keywords = "gongkai profile=\(profile) year=\(year) unit=\(sourceUnit.rawValue)"
        properties.creator = "Gongkai"
        return properties
    }
}
