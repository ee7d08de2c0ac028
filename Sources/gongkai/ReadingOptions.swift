import ArgumentParser
import Foundation
import Gongkai
import XLSX

/// The options that say how a submission is read: units given for tables, extra code lists,
/// and larger read limits.
struct ReadingOptions: ParsableArguments {
    @Option(name: .customLong("table-unit"), help: ArgumentHelp(
        "指定某张表的金额单位，覆盖表上注明的单位，可重复，如 --table-unit 06=元；all=元 指所有表。",
        valueName: "表号=单位"))
    var tableUnitTexts: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "补充科目表（CSV：代码,名称[,起始年度,截止年度]），加在内置科目表之上；以 3 开头的为经济分类，其余为功能分类。",
        valueName: "科目表.csv"))
    var codes: String?

    @Flag(name: .long, help: "放宽读取上限十倍（解压大小、单元格数、共享字符串数），用于异常大的工作簿。")
    var large = false

    /// The read limits: the defaults, or ten times them with --large.
    var limits: ReadLimits { large ? ReadLimits.standard.raised(by: 10) : .standard }

    /// The built-in code lists with the --codes file added.
    var codeLists: CodeLists {
        guard let codes, let text = try? String(contentsOfFile: codes, encoding: .utf8) else { return .builtIn }
        return CodeLists.builtIn.adding(text)
    }

    /// The units given with --table-unit, by table number or `all`.
    var tableUnits: [String: AmountUnit] {
        Dictionary(tableUnitTexts.compactMap(Self.tableUnit), uniquingKeysWith: { _, last in last })
    }

    func validate() throws {
        if let codes, (try? String(contentsOfFile: codes, encoding: .utf8)) == nil {
            throw ValidationError("--codes 文件“\(codes)”不存在、无权读取或不是 UTF-8 文本。")
        }
        if let bad = tableUnitTexts.first(where: { Self.tableUnit($0) == nil }) {
            throw ValidationError("--table-unit “\(bad)”应为 表号=单位，如 06=元（单位为元、千元或万元，表号为 01–09 或 all）。")
        }
    }

    private static func tableUnit(_ text: String) -> (String, AmountUnit)? {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let unit = AmountUnit(rawValue: parts[1]) else { return nil }
        let number = parts[0].count == 1 ? "0" + parts[0] : parts[0]
        guard number == "all" || (number.count == 2 && number.allSatisfy(\.isNumber)) else { return nil }
        return (number, unit)
    }

}
