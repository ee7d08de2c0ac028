import ArgumentParser
import Gongkai

/// The options that choose the table layout.
struct ProfileOptions: ParsableArguments {
    @Option(name: .long, help: "报表格式：2023-national（全国通用）、2024-shanghai 或 2025-shanghai（上海）。转换时默认沿用输入注明的格式，否则 2023-national。")
    var profile: String?

    @Option(name: .long, help: "使用这个文件夹中的报表格式（与 templates/ 结构相同），代替程序内置的格式。")
    var templates: String?

    /// Where to load profiles from.
    var store: ProfileStore {
        templates.map(ProfileStore.directory) ?? .builtIn
    }
}
