import Foundation

/// A year's and region's set of the nine table templates, e.g. `2023-national`.
public struct Profile: Sendable, Equatable {
    /// The identifier, the folder name under `templates/`.
    public var id: String
    /// A human-readable name.
    public var name: String
    /// The year of accounts the profile is for.
    public var year: Int
    /// The region, e.g. `national`, `shanghai`.
    public var region: String
    /// The tables in number order.
    public var tables: [TableTemplate]

    /// The template of `kind`.
    public func template(_ kind: TableKind) -> TableTemplate? {
        tables.first { $0.kind == kind }
    }

    /// The profile used when none is named.
    public static let defaultID = "2023-national"
}

/// What `profile.json` holds.
struct ProfileManifest: Codable {
    var id: String
    var name: String
    var year: Int
    var region: String
    var source: String
    var tables: [String]
}
