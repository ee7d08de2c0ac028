/// Matches the columns of a submission's header to the model's column keys by their
/// header paths, whatever the layout: the best-scoring pairs are taken first.
enum ColumnMatcher {
    /// Header words that mean the same.
    private static let synonyms: [String: String] = [
        "小计": "合计", "决算数": "金额", "本年决算数": "金额", "本年数": "金额", "决算金额": "金额",
        "财政拨款": "财政拨款收入", "收入合计": "本年收入合计", "支出合计": "本年支出合计",
        "本年收入": "本年收入合计", "本年支出": "本年支出合计", "年初结转结余": "年初结转和结余", "年末结转结余": "年末结转和结余",
        "公务用车购置及运行费": "公务用车购置及运行维护费", "公务用车运行费": "公务用车运行维护费",
        "因公出国(境)费用": "因公出国(境)费",
    ]

    static func canonical(_ label: String) -> String {
        synonyms[label] ?? label
    }

    /// Column key → sheet column, for the columns in `paths` (by sheet column) not in `excluded`;
    /// `candidates` are header paths already made ``canonical(_:)`` (``KnownLabels`` does it once).
    static func match(paths: [Int: [String]], candidates: [String: [[String]]], excluded: Set<Int>) -> [String: Int] {
        var scored: [(score: Int, key: String, column: Int)] = []
        let columns = paths.filter { !excluded.contains($0.key) && !$0.value.isEmpty }
            .map { (column: $0.key, path: $0.value, have: distinct($0.value.map(canonical))) }
        for (key, keyPaths) in candidates {
            for (column, path, have) in columns {
                let best = keyPaths.compactMap { wanted -> Int? in
                    guard let last = wanted.last, contains(have, last) else { return nil }
                    let missing = wanted.filter { !contains(have, $0) }.count
                    let extra = have.filter { !contains(wanted, $0) }.count
                    guard missing == 0 || path.count < wanted.count else { return nil }
                    return (wanted.count - missing) * 10 - missing * 3 - extra
                }.max()
                if let best { scored.append((best, key, column)) }
            }
        }
        var result: [String: Int] = [:]
        var taken: Set<Int> = []
        for entry in scored.sorted(by: { ($0.score, -$0.column) > ($1.score, -$1.column) })
        where result[entry.key] == nil && !taken.contains(entry.column) {
            result[entry.key] = entry.column
            taken.insert(entry.column)
        }
        return result
    }

    /// Header paths are a few words long: arrays compared by bytes beat hashing Chinese text.
    private static func contains(_ words: [String], _ word: String) -> Bool {
        words.contains { LabelBytes.equal($0, word) }
    }

    private static func distinct(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words where !contains(result, word) { result.append(word) }
        return result
    }
}
