/// 五、国有资产占用情况 and 六、预算绩效评价情况: what the department entered, in the profile's
/// wording, with the totals and rates computed (vehicles from their kinds, 完成预算 from 执行数 and
/// 预算数, the share of 一般公共预算项目支出 from 公开05表).
extension Narrative {
    mutating func assets() {
        let entered = facts.vehicles != nil || !facts.vehiclesByKind.isEmpty || facts.largeEquipment != nil || facts.floorArea != nil
        guard entered || facts.assets != nil else {
            paragraph([.text("截至\(year)年12月31日，\(department)"), .missing("车辆、单价100万元以上设备及房屋面积等国有资产占用情况")])
            return
        }
        if entered {
            let kinds = DisclosureFacts.vehicleKinds.compactMap { kind in facts.vehiclesByKind[kind].map { (kind, $0) } }
            let kindsTotal = kinds.reduce(0) { $0 + $1.1 }
            let vehicles = facts.vehicles ?? (kinds.isEmpty ? nil : kindsTotal)
            if let stated = facts.vehicles, !kinds.isEmpty, stated != kindsTotal {
                findings.append(Finding(rule: "publish.vehicles-total", severity: .error,
                                        message: "情况说明中车辆共 \(stated) 辆，各类车辆合计 \(kindsTotal) 辆，两者不符，公开前须核对"))
            }
            var byKind: Piece = .text("")
            if !kinds.isEmpty {
                let list = kinds.map { wording.text("assets_vehicle_kind", ["kind": $0.0, "count": String($0.1)]) }.joined(separator: "、")
                byKind = .text(wording.text("assets_vehicle_kinds", ["kinds": list]))
            } else if (vehicles ?? 1) > 0 {
                byKind = .missing("各类车辆数（岗位保障用车、机要通信用车等）")
            }
            sentence("assets", common.merging([
                "vehicles": vehicles.map { .text(String($0)) } ?? .missing("车辆数"), "vehicle_kinds": byKind,
                "equipment": facts.largeEquipment.map { .text(String($0)) } ?? .missing("单价100万元以上设备数"),
                "floor_area": facts.floorArea.map { .text(ChangeText.quantity($0)) } ?? .missing("房屋面积"),
            ]) { $1 })
        }
        if let text = facts.assets { paragraphs(text) }
    }

    mutating func performance() {
        let evaluation = facts.evaluation
        guard evaluation != PerformanceEvaluation() || facts.performance != nil else {
            paragraph([.missing("绩效评价工作开展情况、部门预算整体支出自评结果和重点项目绩效自评结果")])
            return
        }
        func count(_ value: Int?, _ what: String) -> Piece { value.map { .text(String($0)) } ?? .missing(what) }
        func money(_ value: Amount?, _ what: String) -> Piece { value.map(amount) ?? .missing(what) }
        func score(_ value: Amount?, _ what: String) -> Piece { value.map { .text(ChangeText.quantity($0)) } ?? .missing(what) }
        func rate(_ executed: Amount?, _ budget: Amount?) -> Piece {
            guard let executed, let budget else { return .missing("预算数和执行数") }
            return .text(ChangeText.percent(executed, of: budget) ?? "—")
        }
        heading("performance_work_title", .heading3)
        var pieces = wording.render("performance_self", common.merging([
            "projects": count(evaluation.selfProjects, "绩效自评一级项目数"), "amount": money(evaluation.selfAmount, "绩效自评涉及资金"),
        ]) { $1 })
        let projectExpenditure = accounts.generalBudgetExpenditure.totalValue(ColumnKey.project.rawValue)
        if let selfAmount = evaluation.selfAmount, let share = ChangeText.percent(selfAmount, of: projectExpenditure) {
            pieces += wording.render("performance_self_share", ["share": .text(share)])
        }
        paragraph(pieces + [.text("。")])
        if evaluation.departmentProjects != nil || evaluation.departmentAmount != nil {
            sentence("performance_department", common.merging([
                "projects": count(evaluation.departmentProjects, "部门评价项目数"), "amount": money(evaluation.departmentAmount, "部门评价涉及资金"),
            ]) { $1 })
        }
        heading("performance_overall_title", .heading3)
        sentence("performance_overall", common.merging([
            "budget": money(evaluation.overallBudget, "整体支出自评预算数"), "executed": money(evaluation.overallExecuted, "整体支出自评执行数"),
            "rate": rate(evaluation.overallExecuted, evaluation.overallBudget), "score": score(evaluation.overallScore, "整体支出自评得分"),
        ]) { $1 })
        heading("performance_key_title", .heading3)
        sentence("performance_key", common.merging([
            "projects": count(evaluation.keyProjects, "重点项目自评项目数"), "budget": money(evaluation.keyBudget, "重点项目全年预算数"),
            "executed": money(evaluation.keyExecuted, "重点项目执行数"), "rate": rate(evaluation.keyExecuted, evaluation.keyBudget),
            "score": score(evaluation.keyScore, "重点项目平均得分"),
        ]) { $1 })
        if let text = facts.performance { paragraphs(text) }
    }
}
