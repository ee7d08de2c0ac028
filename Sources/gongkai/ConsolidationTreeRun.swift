import ArgumentParser
import Foundation
import Gongkai

/// `gongkai consolidate --tree`: every level of a unit tree, bottom up, one standard workbook
/// and one 汇总明细 per unit with subordinates into the output folder.
struct ConsolidationTreeRun {
    let command: ConsolidateCommand
    let loader: UnitLoader
    let store: ProfileStore

    func run(_ csv: String) throws {
        let tree: UnitTree
        do {
            tree = try UnitTree(csv: csv)
        } catch let error as UnitTreeError {
            throw FailureReport.unreadable(csv, error)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: command.output, isDirectory: &isFolder), isFolder.boolValue else {
            throw FailureReport.unreadable(command.output, "用 --tree 时 -o 应为已存在的输出文件夹")
        }
        let files = tree.nodes.compactMap(\.file)
        let loaded = try ConsolidateCommand.loaded(loader.load(files))
        var own: [String: ConsolidationUnit] = [:]
        for (file, unit) in zip(files, loaded) { own[file] = unit }
        var results: [String: ConsolidationResult] = [:]
        var outputs = StagedOutputs()
        var written: [String] = []
        for node in tree.bottomUp {
            var units = node.file.flatMap { own[$0] }.map { [$0] } ?? []
            for child in tree.children(of: node.name) {
                guard let result = results[child.name] else { continue }
                units.append(ConsolidationUnit(source: "（汇总）\(child.name)", inputProfile: result.units.first?.inputProfile ?? result.accounts.profile,
                                               accounts: result.accounts, findings: result.findings))
            }
            guard !units.isEmpty else {
                throw FailureReport.unreadable(csv, "单位“\(node.name)”既没有文件，也没有下级单位")
            }
            let result = try command.consolidate(units, department: node.name, store: store)
            results[node.name] = result
            let base = (command.output as NSString).appendingPathComponent(OutputName.safe(node.name).isEmpty ? "未命名单位" : OutputName.safe(node.name))
            do {
                try outputs.stage(base + ".xlsx") { try DisclosureWriter(profile: store.profile(result.accounts.profile)).write(result.accounts, to: $0) }
                try outputs.stage(base + "-汇总明细.xlsx") { try result.trail.writeWorkbook(to: $0, department: node.name) }
            } catch {
                throw FailureReport.unreadable(base, "\(error)；本次的输出文件均未写出")
            }
            written.append(base + ".xlsx")
            ConsolidateCommand.printSummary(result)
        }
        let ordered = tree.bottomUp.compactMap { results[$0.name] }
        do {
            if let report = command.report { try outputs.stage(report) { try AtomicFile.write(ConsolidationReport.encode(ordered), to: $0) } }
            try outputs.commit()
        } catch {
            throw FailureReport.unreadable(command.output, "\(error)；本次的输出文件均未写出，原有文件未改动")
        }
        FailureReport.printError("已写出 \(written.count) 个单位的标准公开表和汇总明细到 \(command.output)")
        if ordered.contains(where: { $0.findings.contains { $0.severity == .error } }) {
            FailureReport.printError("汇总结果有错误：核对之前不得直接公开。")
            throw ExitCode(1)
        }
    }
}
