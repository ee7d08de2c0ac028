/// A table the submission did not contain is an error, whatever the input was (a workbook, a
/// standard workbook that says 本表未报送, canonical JSON): it is never published as an empty table.
enum MissingTableRule {
    static func check(_ context: inout CheckContext) {
        for template in context.profile.tables where context.accounts.missingTables.contains(template.kind) {
            context.report(RuleInfo(id: "missing-table", description: ""), .error,
                           "报送中没有“\(template.title)”（公开\(template.number)表）：标准表中注明“本表未报送”，不作为空表公开；如确无数据，请报送填 0 或空白的该表", [])
        }
    }
}
