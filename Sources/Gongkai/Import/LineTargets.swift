/// For each fixed-line table of the output profile: the lines that a label known from any
/// profile may mean on each side, worked out once per recognizer rather than for every row
/// (``LineSide/line(withMeaningOf:)`` compares labels line by line).
struct LineTargets: Sendable {
    private let targets: [TableKind: [SideKey: [LabelKey: [LineEntry]]]]

    /// The targets in `profile` of the line labels in `known`.
    init(known: KnownLabels, output profile: Profile) {
        var targets: [TableKind: [SideKey: [LabelKey: [LineEntry]]]] = [:]
        for template in profile.tables {
            for side in template.lines?.sides ?? [] {
                for (label, meanings) in known.lineLabels[template.kind]?[side.key.rawValue] ?? [:] {
                    targets[template.kind, default: [:]][side.key, default: [:]][label] = meanings.compactMap(side.line(withMeaningOf:))
                }
            }
        }
        self.targets = targets
    }

    /// Side → normalised label → the lines of the `kind` table it may mean; a label no profile
    /// knows on that side is absent.
    func sides(of kind: TableKind) -> [SideKey: [LabelKey: [LineEntry]]] {
        targets[kind] ?? [:]
    }
}
