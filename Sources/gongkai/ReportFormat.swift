import ArgumentParser
import Foundation

/// The format of a report (`check`, `diff`): as given with --format, else by the output file's
/// extension, else text; an unknown extension or one that contradicts --format is refused.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, xlsx

    /// The format of `output` by its extension (.txt, .json, .xlsx).
    static func ofExtension(_ output: String) -> ReportFormat? {
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "xlsx": return .xlsx
        case "json": return .json
        case "txt": return .text
        default: return nil
        }
    }

    /// The format to write: `option`, else the extension of `output`, else text.
    static func resolve(_ option: ReportFormat?, output: String?) -> ReportFormat {
        option ?? output.flatMap(ofExtension) ?? .text
    }

    /// Refuses an output whose extension says nothing or contradicts `option`, and xlsx to the screen.
    static func validate(_ option: ReportFormat?, output: String?) throws {
        if resolve(option, output: output) == .xlsx && output == nil { throw ValidationError("xlsx 格式需要用 -o 指定输出文件。") }
        guard let output else { return }
        let stated = ofExtension(output)
        if stated == nil && option == nil {
            throw ValidationError("不知道“\(output)”应写成哪种格式：请用 .txt、.json 或 .xlsx 作扩展名，或用 --format 指定。")
        }
        if let stated, let option, stated != option {
            throw ValidationError("--format \(option.rawValue) 与输出文件“\(output)”的扩展名不一致。")
        }
    }
}
