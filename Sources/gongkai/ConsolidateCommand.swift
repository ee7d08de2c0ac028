import ArgumentParser
import Foundation
import Gongkai
import XLSX

/// `gongkai consolidate`: units added into a department, departments into a district.
struct ConsolidateCommand: ManyOperands {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "汇总：把所属单位汇总为部门、把部门汇总为地区，输出标准公开表和汇总明细。",
        discussion: """
            每个单位先按报送识别、审核，再相加：功能科目表（02、03、05、07、08）按科目代码逐级相加，
            01、04 按行相加，06 按经济科目，09 按列。以元报送的单位按元精确相加、只舍入一次，与各单位
            公开数（万元两位小数）之和的尾差列为提示。汇总结果按全部规则审核，并写出“汇总明细”工作簿
            （每个数字的汇总数和各单位数），可逐个追溯。
            年度或报表格式不同的单位拒绝汇总；同一单位出现两次（名称相同或各表数字完全相同）为错误，
            后一份不计入；自身审核有错误的单位列出（--strict 时不汇总）。单位之间的上级补助收入与
            对附属单位补助支出、附属单位上缴收入与上缴上级支出列出金额，部门决算按各单位相加，默认不剔除；
            --eliminate-internal 按功能科目剔除双方都有的部分，作为调整口径（见 docs/consolidation.md）。
            --tree 单位树.csv（列：单位,上级单位,文件）一次汇总多级，-o 为输出文件夹，每个单位写一份标准表。
            退出码：0 已输出且没有错误；1 已输出但有错误（或 --strict 时有单位审核未通过）；
            2 有文件无法读取、单位不能汇总或用法有误（不输出文件）。

            示例：
              gongkai consolidate 本级.xlsx 所属单位/ -o 教育局.xlsx --department 某区教育局
              gongkai consolidate 各部门/ -o 全区.xlsx --department 某区 --report 汇总报告.json
              gongkai consolidate --tree 单位树.csv -o 汇总结果/
            """)

    @Argument(help: "各单位的报送文件或文件夹（文件夹中的全部报送）；用 --tree 时不给出。")
    var inputs: [String] = []

    var operands: [String] {
        get { inputs }
        set { inputs = newValue }
    }

    @Option(name: .shortAndLong, help: "输出的标准公开表（.xlsx）；用 --tree 时为输出文件夹。")
    var output: String

    @Option(name: .long, help: "汇总后的部门或地区名称（不用 --tree 时必须给出）。")
    var department: String?

    @Option(name: .long, help: "汇总明细工作簿（.xlsx）；默认在输出旁，名为“<输出名>-汇总明细.xlsx”。")
    var detail: String?

    @Option(name: .long, help: "同时输出汇总后的规范 JSON。")
    var json: String?

    @Option(name: .long, help: "汇总报告（JSON）：各单位、全部问题和每个数字的明细。")
    var report: String?

    @Option(name: .long, help: "单位树 CSV（列：单位,上级单位,文件），一次汇总多级。")
    var tree: String?

    @Flag(name: .long, help: "有单位自身审核有错误时不汇总。")
    var strict = false

    @Flag(name: .customLong("eliminate-internal"), help: "剔除单位之间双方都有的内部往来（调整口径）。")
    var eliminateInternal = false

    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var readingOptions: ReadingOptions

    func validate() throws {
        if tree == nil {
            guard !inputs.isEmpty else { throw ValidationError("请给出要汇总的报送文件或文件夹，或用 --tree 给出单位树。") }
            guard department?.isEmpty == false else { throw ValidationError("请用 --department 给出汇总后的部门或地区名称。") }
            try OutputPath.requireExtension(output, "xlsx", option: "-o", kind: "标准公开表 Excel 工作簿")
            try OutputPath.validate([output, detailPath] + [json, report].compactMap { $0 }, inputs: inputs)
        } else {
            guard inputs.isEmpty else { throw ValidationError("用 --tree 时各单位的文件写在单位树中，不要再给出输入文件。") }
        }
        try OutputPath.requireExtension(json, "json", option: "--json", kind: " JSON")
        try OutputPath.requireExtension(report, "json", option: "--report", kind: " JSON")
    }

    private var detailPath: String {
        detail ?? ((output as NSString).deletingPathExtension + "-汇总明细.xlsx")
    }

    func run() throws {
        let store = profileOptions.store
        let loader = UnitLoader(importer: AccountsLoader.importer(store: store, profileOptions: profileOptions, reading: readingOptions),
                                codeLists: readingOptions.codeLists)
        if let tree {
            try ConsolidationTreeRun(command: self, loader: loader, store: store).run(tree)
            return
        }
        let (files, skipped) = UnitLoader.files(inputs)
        for (path, reason) in skipped { FailureReport.printError("未处理：\(path)：\(reason)") }
        guard !files.isEmpty else { throw FailureReport.unreadable(inputs.joined(separator: "、"), "没有可汇总的报送文件") }
        let units = try Self.loaded(loader.load(files))
        let result = try consolidate(units, department: department ?? "", store: store)
        var outputs = StagedOutputs()
        do {
            try outputs.stage(output) { try DisclosureWriter(profile: store.profile(result.accounts.profile)).write(result.accounts, to: $0) }
            try outputs.stage(detailPath) { try result.trail.writeWorkbook(to: $0, department: result.accounts.department) }
            if let json { try outputs.stage(json) { try AtomicFile.write(CanonicalJSON.encode(result.accounts), to: $0) } }
            if let report { try outputs.stage(report) { try AtomicFile.write(ConsolidationReport.encode([result]), to: $0) } }
            try outputs.commit()
        } catch {
            throw FailureReport.unreadable(output, "\(error)；本次的输出文件均未写出，原有文件未改动")
        }
        Self.printSummary(result)
        FailureReport.printError("已写出：\(([output, detailPath] + [json, report].compactMap { $0 }).joined(separator: "、"))")
        if result.findings.contains(where: { $0.severity == .error }) {
            FailureReport.printError("汇总结果有错误：核对之前不得直接公开。")
            throw ExitCode(1)
        }
    }

    /// The consolidation of `units` named `department`, with the command's options; a refusal
    /// ends the run (exit 1 for --strict, 2 otherwise).
    func consolidate(_ units: [ConsolidationUnit], department: String, store: ProfileStore) throws -> ConsolidationResult {
        do {
            var consolidation = Consolidation(department: department, profile: try store.profile(units.first?.accounts.profile ?? Profile.defaultID))
            consolidation.strict = strict
            consolidation.eliminateInternal = eliminateInternal
            consolidation.codeLists = readingOptions.codeLists
            return try consolidation.run(units)
        } catch let error as ConsolidationError {
            FailureReport.printError("错误：\(department)：\(error)")
            if case .unitsWithErrors = error { throw ExitCode(1) }
            throw ExitCode(2)
        }
    }

    /// The units read, or exit 2 naming every file that could not be read.
    static func loaded(_ results: [Result<ConsolidationUnit, UnitLoader.Failure>]) throws -> [ConsolidationUnit] {
        var units: [ConsolidationUnit] = []
        var failed = false
        for result in results {
            switch result {
            case .success(let unit): units.append(unit)
            case .failure(let failure):
                FailureReport.printError("错误：\(failure.path)：\(failure.reason)")
                failed = true
            }
        }
        if failed {
            FailureReport.printError("有单位的文件无法读取，汇总结果会缺少这些单位，未汇总。")
            throw ExitCode(2)
        }
        return units
    }

    /// One line per consolidation and its errors and warnings.
    static func printSummary(_ result: ConsolidationResult) {
        let count = { (severity: Finding.Severity) in result.findings.filter { $0.severity == severity }.count }
        FailureReport.printError("\(result.accounts.department) \(result.accounts.year) 年度：汇总 \(result.units.count) 个单位（\(result.units.map(\.name).joined(separator: "、"))）；"
            + "错误 \(count(.error)) 条，警告 \(count(.warning)) 条，提示 \(count(.notice)) 条")
        for finding in result.findings where finding.severity != .notice {
            FailureReport.printError("  [\(finding.severity == .error ? "错误" : "警告")] \(finding.message)")
        }
    }
}
