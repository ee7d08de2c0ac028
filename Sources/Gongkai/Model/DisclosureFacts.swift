/// What a 公开说明 states that the nine tables do not hold, as the department enters it (the
/// 情况说明 sheet of the fill-in workbook, `facts` in the canonical JSON). Amounts are in 万元.
/// Anything left nil stays a visible 【待填写】 in the document.
public struct DisclosureFacts: Codable, Sendable, Equatable {
    /// 单位职责.
    public var duties: String?
    /// 机构设置.
    public var organisation: String?
    /// 机关运行经费, this year and last.
    public var operatingCosts: Amount?
    public var operatingCostsLastYear: Amount?
    /// 政府采购 by 货物, 工程, 服务; what went to small and medium, and to small and micro enterprises.
    public var procurementGoods: Amount?
    public var procurementWorks: Amount?
    public var procurementServices: Amount?
    public var procurementSME: Amount?
    public var procurementSmallMicro: Amount?
    /// 国有资产: vehicles in all and by kind (``vehicleKinds``), equipment of 100 万元 or more a
    /// unit, floor area in 平方米, and any further text.
    public var vehicles: Int?
    public var vehiclesByKind: [String: Int] = [:]
    public var largeEquipment: Int?
    public var floorArea: Amount?
    public var assets: String?
    /// 预算绩效评价: the figures of the self-evaluation, and any further text.
    public var evaluation = PerformanceEvaluation()
    public var performance: String?
    /// 主要变动原因 by item (一般公共预算财政拨款收入, 基本支出 …).
    public var reasons: [String: String] = [:]
    /// 政府采购合同: the list the 公开说明 prints under 政府采购.
    public var contracts: [Contract] = []

    /// A procurement contract.
    public struct Contract: Codable, Sendable, Equatable {
        public var name: String
        public var amount: Amount

        public init(name: String, amount: Amount) {
            self.name = name
            self.amount = amount
        }
    }

    /// The kinds of vehicle a 国有资产占用情况 counts, in the order it names them.
    public static let vehicleKinds = ["岗位保障用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "其他用车"]

    /// The header of the contract list in the 情况说明 sheet: `合同名称 | 合同金额（万元）`.
    public static let contractHeader = ("合同名称", "合同金额（万元）")

    /// No facts.
    public init() {}

    /// Whether nothing was entered.
    public var isEmpty: Bool { self == DisclosureFacts() }

    /// What the fill-in workbook asks for, row by row, and where each answer goes.
    public enum Field: Sendable {
        case text(WritableKeyPath<DisclosureFacts, String?> & Sendable)
        case amount(WritableKeyPath<DisclosureFacts, Amount?> & Sendable)
        case count(WritableKeyPath<DisclosureFacts, Int?> & Sendable)
        /// The number of vehicles of one kind (``vehicleKinds``).
        case vehicleCount(kind: String)
    }

    /// The labelled fields, in the order the fill-in workbook lists them.
    public static let fields: [(label: String, field: Field)] = [
        ("单位职责", .text(\.duties)), ("机构设置", .text(\.organisation)),
        ("机关运行经费（万元）", .amount(\.operatingCosts)), ("上年机关运行经费（万元）", .amount(\.operatingCostsLastYear)),
        ("政府采购货物支出（万元）", .amount(\.procurementGoods)), ("政府采购工程支出（万元）", .amount(\.procurementWorks)),
        ("政府采购服务支出（万元）", .amount(\.procurementServices)), ("授予中小企业合同金额（万元）", .amount(\.procurementSME)),
        ("授予小微企业合同金额（万元）", .amount(\.procurementSmallMicro)),
        ("车辆（辆）", .count(\.vehicles)),
    ] + vehicleKinds.map { kind in ("其中：\(kind)（辆）", Field.vehicleCount(kind: kind)) } + [
        ("单价100万元以上设备（台、套）", .count(\.largeEquipment)), ("房屋面积（平方米）", .amount(\.floorArea)),
        ("国有资产占用其他情况", .text(\.assets)),
    ] + PerformanceEvaluation.fields.map { ($0.label, $0.field) } + [
        ("预算绩效评价其他情况", .text(\.performance)),
    ]

    /// The prefix of a 主要变动原因 row: `主要变动原因：基本支出`.
    public static let reasonPrefix = "主要变动原因："

    enum CodingKeys: String, CodingKey {
        case duties, organisation, reasons, vehicles, assets, evaluation, performance, contracts
        case operatingCosts = "operating_costs", operatingCostsLastYear = "operating_costs_last_year"
        case procurementGoods = "procurement_goods", procurementWorks = "procurement_works", procurementServices = "procurement_services"
        case procurementSME = "procurement_sme", procurementSmallMicro = "procurement_small_micro"
        case largeEquipment = "large_equipment", vehiclesByKind = "vehicles_by_kind", floorArea = "floor_area"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        duties = try container.decodeIfPresent(String.self, forKey: .duties)
        organisation = try container.decodeIfPresent(String.self, forKey: .organisation)
        operatingCosts = try container.decodeIfPresent(Amount.self, forKey: .operatingCosts)
        operatingCostsLastYear = try container.decodeIfPresent(Amount.self, forKey: .operatingCostsLastYear)
        procurementGoods = try container.decodeIfPresent(Amount.self, forKey: .procurementGoods)
        procurementWorks = try container.decodeIfPresent(Amount.self, forKey: .procurementWorks)
        procurementServices = try container.decodeIfPresent(Amount.self, forKey: .procurementServices)
        procurementSME = try container.decodeIfPresent(Amount.self, forKey: .procurementSME)
        procurementSmallMicro = try container.decodeIfPresent(Amount.self, forKey: .procurementSmallMicro)
        vehicles = try container.decodeIfPresent(Int.self, forKey: .vehicles)
        vehiclesByKind = try container.decodeIfPresent([String: Int].self, forKey: .vehiclesByKind) ?? [:]
        largeEquipment = try container.decodeIfPresent(Int.self, forKey: .largeEquipment)
        floorArea = try container.decodeIfPresent(Amount.self, forKey: .floorArea)
        evaluation = try container.decodeIfPresent(PerformanceEvaluation.self, forKey: .evaluation) ?? PerformanceEvaluation()
        assets = try container.decodeIfPresent(String.self, forKey: .assets)
        performance = try container.decodeIfPresent(String.self, forKey: .performance)
        reasons = try container.decodeIfPresent([String: String].self, forKey: .reasons) ?? [:]
        contracts = try container.decodeIfPresent([Contract].self, forKey: .contracts) ?? []
    }
}
