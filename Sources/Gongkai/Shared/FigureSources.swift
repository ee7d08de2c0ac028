/// The source cell of every mapped figure, held table by table.
///
/// A figure's key names its table, and a submission yields at most one table of each kind, so
/// each table's sources are recorded while it is extracted and adopted whole: joining them
/// into one dictionary rehashed every key once more for nothing.
public struct FigureSources: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// Each table kind's sources, by the kind's ordinal.
    private var tables: [[FigureKey: SourceCell]]

    /// No sources.
    public init() {
        tables = Array(repeating: [:], count: TableKind.allCases.count)
    }

    /// The sources of `sources`, whatever their tables.
    public init(_ sources: [FigureKey: SourceCell]) {
        self.init()
        for (key, source) in sources { self[key] = source }
    }

    public init(dictionaryLiteral elements: (FigureKey, SourceCell)...) {
        self.init()
        for (key, source) in elements { self[key] = source }
    }

    /// The source cell of the figure `key`.
    public subscript(key: FigureKey) -> SourceCell? {
        get { tables[key.table.ordinal][key] }
        set { tables[key.table.ordinal][key] = newValue }
    }

    /// Takes the sources one table's extraction recorded: kept whole when they all belong to
    /// one table that has none yet (as they do), else added one by one. A figure that already
    /// has a source keeps it.
    mutating func adopt(_ sources: [FigureKey: SourceCell]) {
        guard let kind = sources.first?.key.table else { return }
        if tables[kind.ordinal].isEmpty, sources.keys.allSatisfy({ $0.table == kind }) {
            tables[kind.ordinal] = sources
            return
        }
        for (key, source) in sources where self[key] == nil {
            self[key] = source
        }
    }

    /// How many figures have a source.
    public var count: Int { tables.reduce(0) { $0 + $1.count } }

    /// Whether no figure has a source.
    public var isEmpty: Bool { tables.allSatisfy(\.isEmpty) }

    /// The figures that have a source, table by table.
    public var keys: [FigureKey] { tables.flatMap(\.keys) }

    /// The source cells, table by table.
    public var values: [SourceCell] { tables.flatMap(\.values) }

    public func makeIterator() -> FlattenSequence<[[FigureKey: SourceCell]]>.Iterator {
        tables.joined().makeIterator()
    }
}
