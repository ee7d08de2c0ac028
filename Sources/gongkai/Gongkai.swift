import ArgumentParser

/// The `gongkai` command: subcommands for reading, converting and checking final accounts.
@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "公开：把部门决算报送工作簿转换为标准的公开01–09表，并核对勾稽关系。",
        discussion: """
            示例：
              gongkai dump 报送.xlsx                 查看工作簿中每个可见工作表的全部单元格
              gongkai dump 报送.xlsx --sheet 2 --format json
            """,
        subcommands: [ConvertCommand.self, TemplateCommand.self, DumpCommand.self])
}
