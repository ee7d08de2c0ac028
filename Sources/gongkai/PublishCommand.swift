import ArgumentParser
import Foundation
import Gongkai
import XLSX

/// `gongkai publish`: the 部门决算公开说明 as a Word document.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "生成部门决算公开说明（Word 文档）：封面、目录、部门概况、九张公开表、情况说明和名词解释。",
        discussion: """
            情况说明中的每个金额、增减额和增减百分比都由公开表计算（万元保留两位小数，百分比四舍五入到两位，
            减少/下降、为零时“持平”，上年为零时不写百分比），不会与表中数字不一致；--previous 给出上年的报送
            或标准公开表时，与上年比较，否则比较处留【待填写】。表中没有的事项（单位职责、机构设置、机关运行经费、
            政府采购、国有资产、绩效评价、变动原因）留有醒目的【待填写：…】并逐项提示，可先据公开表生成初稿。
            --pdf 另存一份 PDF（需要安装 LibreOffice）；--html 文件夹 写出可直接放到部门网站的网页（index.html，样式内嵌，不依赖外部资源）。
            退出码：0 已输出且报送没有错误；1 已输出但报送有错误（修正前不得公开）；2 无法读取或用法有误。

            示例：
              gongkai publish 报送.xlsx -o 公开说明.docx
              gongkai publish 报送.xlsx -o 公开说明.docx --previous 上年公开表.xlsx --pdf
              gongkai publish 报送.xlsx -o 公开说明.docx --html 网页/
            """)

    @Argument(help: "报送文件（.xlsx、.xls、.json 或 .txt）。")
    var input: String

    @Option(name: .shortAndLong, help: "输出的公开说明（.docx）。")
    var output: String

    @Option(name: .long, help: "上年的报送或标准公开表，情况说明据此写出增减变化。")
    var previous: String?

    @Flag(name: .long, help: "同时在输出旁另存 PDF（通过 LibreOffice）。")
    var pdf = false

    @Option(name: .long, help: "同时把公开说明写成网页（index.html，不依赖外部资源），放在这个文件夹中。")
    var html: String?

    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var readingOptions: ReadingOptions

    func validate() throws {
        try OutputPath.requireExtension(output, "docx", option: "-o", kind: "公开说明 Word 文档")
        try OutputPath.validate([output], inputs: [input] + [previous].compactMap { $0 })
    }

    func run() throws {
        let store = profileOptions.store
        let (result, profile) = try AccountsLoader.load(input, store: store, profileOptions: profileOptions, reading: readingOptions, year: nil)
        let findings = Checker(profile: profile, codeLists: readingOptions.codeLists).findings(for: result)
        var last: FinalAccounts?
        if let previous {
            var options = profileOptions
            options.profile = profile.id
            last = try AccountsLoader.load(previous, store: store, profileOptions: options, reading: readingOptions, year: nil).0.accounts
            if let last, last.year != result.accounts.year - 1 {
                FailureReport.printError("警告：上年文件的年度是 \(last.year)，不是 \(result.accounts.year - 1)")
            }
        }
        let built: (document: WordDocument, findings: [Finding])
        var outputs = StagedOutputs()
        do {
            built = try PublicationDocument(accounts: result.accounts, previous: last, profile: profile).build()
            try outputs.stage(output) { try DocxWriter.write(built.document, to: $0) }
            if let html {
                try FileManager.default.createDirectory(atPath: html, withIntermediateDirectories: true)
                try outputs.stage((html as NSString).appendingPathComponent("index.html")) { try AtomicFile.write(Data(HtmlWriter.page(built.document).utf8), to: $0) }
            }
            try outputs.commit()
        } catch {
            throw FailureReport.unreadable(output, "\(error)；公开说明未写出，原有文件未改动")
        }
        FindingsSummary.print(result, findings: findings, input: input, report: nil)
        for finding in built.findings { FailureReport.printError("  [\(finding.severity == .error ? "错误" : "警告")] \(finding.message)") }
        FailureReport.printError("已写出：\(([output] + [html.map { ($0 as NSString).appendingPathComponent("index.html") }].compactMap { $0 }).joined(separator: "、"))")
        if pdf { convertToPDF() }
        if (findings + built.findings).contains(where: { $0.severity == .error }) {
            FailureReport.printError("报送或公开说明有错误：修正并重新生成之前，公开说明不得公开。")
            throw ExitCode(1)
        }
    }

    private func convertToPDF() {
        let folder = (output as NSString).deletingLastPathComponent
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/soffice" }
        guard let soffice = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            FailureReport.printError("未安装 LibreOffice（soffice），没有生成 PDF；可在 Word 或 WPS 中打开 \(output) 另存为 PDF")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--convert-to", "pdf", "--outdir", folder.isEmpty ? "." : folder, output]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            FailureReport.printError("LibreOffice 无法启动，没有生成 PDF：\(error)")
            return
        }
        let pdf = (output as NSString).deletingPathExtension + ".pdf"
        FailureReport.printError(process.terminationStatus == 0 && FileManager.default.fileExists(atPath: pdf)
                                 ? "已写出：\(pdf)" : "LibreOffice 转换失败，没有生成 PDF")
    }
}
