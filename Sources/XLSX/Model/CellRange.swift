/// A rectangle of cells such as a merged range, inclusive at both ends.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// Top-left cell.
    public var first: CellReference
    /// Bottom-right cell.
    public var last: CellReference

    /// Creates a range; the corners are normalised so `first` is top-left.
    public init(first: CellReference, last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:D3` (or a single cell `A1`); nil when malformed.
    public init?(_ text: some StringProtocol) {
        let bytes = text.utf8
        let colon = UInt8(ascii: ":")
        guard let separator = bytes.firstIndex(of: colon) else {
            guard let cell = CellReference(utf8: bytes) else { return nil }
            self.init(first: cell, last: cell)
            return
        }
        let rest = bytes[bytes.index(after: separator)...]
        guard !rest.contains(colon), let first = CellReference(utf8: bytes[..<separator]), let last = CellReference(utf8: rest) else { return nil }
        self.init(first: first, last: last)
    }

    /// Whether `reference` lies inside the range.
    public func contains(_ reference: CellReference) -> Bool {
        (first.row...last.row).contains(reference.row) && (first.column...last.column).contains(reference.column)
    }

    /// `A1:D3` notation.
    public var description: String {
        first == last ? first.description : "\(first):\(last)"
    }
}
