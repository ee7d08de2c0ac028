extension LineSide {
    /// The line of this side that means the same as `stated` (a line of any profile): the same
    /// role, else the same class code, else the same label; only lines that hold values.
    /// Line numbers differ between profiles, so meaning is what carries a figure across.
    func line(withMeaningOf stated: LineEntry) -> LineEntry? {
        lines.first { entry in
            guard entry.holdsValue else { return false }
            if let role = stated.role { return entry.role == role }
            if let code = stated.classCode { return entry.classCode == code }
            return LabelText.withoutNumbering(entry.label) == LabelText.withoutNumbering(stated.label)
        }
    }
}
