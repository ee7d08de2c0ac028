/// Whether a sheet is shown in the workbook's tab bar.
public enum SheetVisibility: String, Sendable, Codable {
    /// Shown.
    case visible
    /// Hidden, but the user can unhide it.
    case hidden
    /// Hidden so that only a program can unhide it.
    case veryHidden
}
