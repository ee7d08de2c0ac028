import Foundation
@testable import Gongkai

/// Consistent departments made from a seed, for round-trip tests.
enum SampleAccounts {
    /// The seed department (examples/seed-2023.json).
    static func seed() throws -> FinalAccounts {
        try CanonicalJSON.decode(Data(contentsOf: URL(fileURLWithPath: Repository.path("examples/seed-2023.json"))))
    }

    /// A department whose every table holds figures that add up, following `profile`.
    static func generated(profile: Profile, seed: UInt64) -> FinalAccounts {
        var random = SplitMix(state: seed)
        func amount() -> Amount { Amount(micros: Int64(random.next() % 10_000_000) * 10_000) }
        var accounts = FinalAccounts(department: "测试单位\(seed)", year: profile.year, profile: profile.id)
        for template in profile.tables {
            switch template.layout {
            case .lines:
                var table = LineTable()
                for side in template.lines?.sides ?? [] {
                    for entry in side.lines where entry.holdsValue {
                        table.lines[entry.line] = Dictionary(uniqueKeysWithValues: side.valueColumns.map { ($0.key.rawValue, amount()) })
                    }
                }
                accounts[lines: template.kind] = table
            case .coded:
                let keys = template.coded?.valueColumns.map(\.key.rawValue) ?? []
                let codes = ["201", "20103", "2010350", "208", "20805", "2080505"]
                let rows = codes.map { code in
                    CodedRow(code: code, name: "科目\(code)", values: Dictionary(uniqueKeysWithValues: keys.map { ($0, amount()) }))
                }
                accounts[coded: template.kind] = CodedTable(total: Dictionary(uniqueKeysWithValues: keys.map { ($0, amount()) }), rows: rows)
            case .economic:
                let rows = (template.economic?.groups ?? []).flatMap(\.codes).map { EconomicRow(code: $0.code, name: $0.name, amount: amount()) }
                accounts.generalBudgetBasic = EconomicTable(rows: rows, personnelTotal: amount(), publicTotal: amount())
            case .singleRow:
                accounts.threePublicExpenses = SingleRowTable(values: Dictionary(uniqueKeysWithValues: (template.singleRow?.valueColumns ?? []).map { ($0.key.rawValue, amount()) }))
            }
        }
        return accounts
    }
}

/// A small deterministic random generator.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
