/// Conversion between Excel serial day numbers (1900 date system) and calendar dates.
///
/// Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so
/// serials from 61 on are one day ahead of the real calendar count.
public enum ExcelDate {
    /// Days from the 1900 system's epoch to the 1904 system's epoch.
    public static let offset1904 = 1462.0

    /// The ISO 8601 text of `serial`: `2023-12-31` for whole days, else `2023-12-31T08:30:00`
    /// (with milliseconds when present); a time alone (serial below 1) is `08:30:00`.
    public static func iso8601(serial: Double) -> String {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return String(serial) }
        var days = Int(serial.rounded(.down))
        var milliseconds = Int(((serial - Double(days)) * 86_400_000).rounded())
        if milliseconds >= 86_400_000 {
            days += 1
            milliseconds -= 86_400_000
        }
        let time = timeText(milliseconds)
        if days == 0 { return time }
        let date = dateText(days: days)
        return milliseconds == 0 ? date : "\(date)T\(time)"
    }

    /// The serial of an ISO 8601 date or date-time (`2023-12-31`, `2023-12-31T08:30:00`), or nil.
    public static func serial(iso8601 text: String) -> Double? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first else { return nil }
        let fields = datePart.split(separator: "-").compactMap { Int($0) }
        guard fields.count == 3 else { return nil }
        var serial = Double(daysFromCivil(year: fields[0], month: fields[1], day: fields[2]) - daysFromCivil(year: 1899, month: 12, day: 30))
        if serial < 61 { serial -= 1 }
        if parts.count == 2 {
            let clock = parts[1].prefix { $0 != "Z" && $0 != "+" }.split(separator: ":").compactMap { Double($0) }
            guard clock.count >= 2 else { return nil }
            serial += (clock[0] * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0)) / 86_400
        }
        return serial
    }

    private static func dateText(days serial: Int) -> String {
        let adjusted = serial < 61 ? serial + 1 : serial
        let (year, month, day) = civilFromDays(adjusted + daysFromCivil(year: 1899, month: 12, day: 30))
        if serial == 60 { return "1900-02-29" }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func timeText(_ milliseconds: Int) -> String {
        let seconds = milliseconds / 1000
        let base = "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
        let fraction = milliseconds % 1000
        return fraction == 0 ? base : "\(base).\(pad(fraction, 3))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
