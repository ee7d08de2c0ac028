import XLSX

/// The cell styles of the standard tables.
enum TableStyles {
    static let title = CellStyle().with { $0.bold = true; $0.fontSize = 16; $0.alignment = .center }
    /// A title that may take more than one line (a listing's, naming its files).
    static let wrappedTitle = title.with { $0.wraps = true }
    static let right = CellStyle().with { $0.alignment = .right }
    static let left = CellStyle().with { $0.alignment = .left }
    static let header = CellStyle().with { $0.bold = true; $0.alignment = .center; $0.bordered = true; $0.wraps = true }
    static let columnNumber = CellStyle().with { $0.alignment = .center; $0.bordered = true }
    static let label = CellStyle().with { $0.alignment = .left; $0.bordered = true; $0.indent = 1 }
    /// A line that is part of the line above it (年初财政拨款结转和结余's three funds).
    static let partLabel = CellStyle().with { $0.alignment = .left; $0.bordered = true; $0.indent = 3 }
    static let wrappedLabel = CellStyle().with { $0.alignment = .left; $0.bordered = true; $0.wraps = true }
    static let centeredLabel = CellStyle().with { $0.alignment = .center; $0.bordered = true }
    static let code = CellStyle().with { $0.alignment = .left; $0.bordered = true; $0.numberFormat = "@" }
    static let amount = CellStyle().with { $0.alignment = .right; $0.bordered = true; $0.numberFormat = "#,##0.00"; $0.indent = 1 }
    static let year = CellStyle().with { $0.alignment = .left; $0.bordered = true; $0.indent = 1; $0.numberFormat = "0" }
    static let note = CellStyle().with { $0.alignment = .left; $0.wraps = true; $0.verticallyCentered = false }

    /// The light fill of a cell a department fills in.
    static let inputFill: UInt32 = 0xFFF2CC

    /// `style` as an unlocked, shaded input cell.
    static func input(_ style: CellStyle) -> CellStyle {
        style.with { $0.locked = false; $0.fill = inputFill }
    }
}
