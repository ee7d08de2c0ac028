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
    public var tables: [TableTemplate] {
        didSet { derived = ProfileDerived() }
    }
    /// Lookups worked out from the tables once (figure labels), dropped when they change.
    private var derived = ProfileDerived()

    /// Creates a profile.
    public init(id: String, name: String, year: Int, region: String, tables: [TableTemplate]) {
        self.id = id
        self.name = name
        self.year = year
        self.region = region
        self.tables = tables
    }

    public static func == (lhs: Profile, rhs: Profile) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.year == rhs.year && lhs.region == rhs.region && lhs.tables == rhs.tables
    }

    /// The words a person reads for each figure, worked out on first use and shared by every
    /// copy of this profile.
    var figureLabels: FigureLabels {
        derived.figureLabels { FigureLabels(building: self) }
    }

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
