import ArgumentParser
import Gongkai

/// `gongkai diff`: the figure-level differences between two versions of a department's accounts.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "比较同一单位的两个版本（重报、或公开表与原报送），逐个列出不同的数字。",
        discussion: """
            两个输入都可以是工作簿、规范 JSON 或公开说明文本。按公开表显示的两位小数比较，
            空白与 0 视为相同。有差异时退出码为 1，相同时为 0，无法读取时为 2。

            示例：
              gongkai diff 第一次报送.xlsx 第二次报送.xlsx
              gongkai diff 报送.xlsx 公开表.xlsx
            """)

    @Argument(help: "第一个版本。")
    var first: String

    @Argument(help: "第二个版本。")
    var second: String

    @OptionGroup var profileOptions: ProfileOptions

    func run() throws {
        let store = profileOptions.store
        let (old, profile) = try AccountsLoader.load(first, store: store, profileOptions: profileOptions, year: nil)
        var options = profileOptions
        options.profile = profile.id
        let (new, _) = try AccountsLoader.load(second, store: store, profileOptions: options, year: nil)
        let diff = FigureDiff(old: old.accounts, new: new.accounts)
        guard !diff.isEmpty else {
            print("两个版本的数字完全相同。")
            return
        }
        print(diff.text(profile: profile))
        print("共 \(diff.changes.count) 处不同。")
        throw ExitCode(1)
    }
}
