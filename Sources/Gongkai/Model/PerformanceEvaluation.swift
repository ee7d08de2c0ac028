/// The figures of a department's 预算绩效评价 as its 公开说明 states them: the projects it
/// evaluated itself, those the department evaluated, the self-evaluation of the whole budget and
/// of the key projects. Amounts are in 万元; scores are points out of 100. The completion rates
/// (执行数 of 预算数) and the share of 一般公共预算项目支出 are not entered: they are computed.
public struct PerformanceEvaluation: Codable, Sendable, Equatable {
    /// 绩效自评: 一级项目 and the funds they involve.
    public var selfProjects: Int?
    public var selfAmount: Amount?
    /// 部门评价: projects and the 一般公共预算支出 they involve.
    public var departmentProjects: Int?
    public var departmentAmount: Amount?
    /// 部门预算整体支出自评: 预算数, 执行数, 得分.
    public var overallBudget: Amount?
    public var overallExecuted: Amount?
    public var overallScore: Amount?
    /// 重点项目支出绩效自评: projects, 全年预算数, 执行数, 平均得分.
    public var keyProjects: Int?
    public var keyBudget: Amount?
    public var keyExecuted: Amount?
    public var keyScore: Amount?

    /// Nothing entered.
    public init() {}

    /// The labelled rows of the fill-in workbook for these figures, in order.
    static let fields: [(label: String, field: DisclosureFacts.Field)] = [
        ("绩效自评一级项目数（个）", .count(\.evaluation.selfProjects)), ("绩效自评涉及资金（万元）", .amount(\.evaluation.selfAmount)),
        ("部门评价项目数（个）", .count(\.evaluation.departmentProjects)), ("部门评价涉及资金（万元）", .amount(\.evaluation.departmentAmount)),
        ("整体支出自评预算数（万元）", .amount(\.evaluation.overallBudget)), ("整体支出自评执行数（万元）", .amount(\.evaluation.overallExecuted)),
        ("整体支出自评得分（分）", .amount(\.evaluation.overallScore)),
        ("重点项目自评项目数（个）", .count(\.evaluation.keyProjects)), ("重点项目全年预算数（万元）", .amount(\.evaluation.keyBudget)),
        ("重点项目执行数（万元）", .amount(\.evaluation.keyExecuted)), ("重点项目平均得分（分）", .amount(\.evaluation.keyScore)),
    ]

    enum CodingKeys: String, CodingKey {
        case selfProjects = "self_projects", selfAmount = "self_amount"
        case departmentProjects = "department_projects", departmentAmount = "department_amount"
        case overallBudget = "overall_budget", overallExecuted = "overall_executed", overallScore = "overall_score"
        case keyProjects = "key_projects", keyBudget = "key_budget", keyExecuted = "key_executed", keyScore = "key_score"
    }
}
