import ArgumentParser

/// A usage error in Chinese: what ArgumentParser says in English, translated for the common
/// cases, with the command's usage line and a pointer to its help.
enum UsageError {
    /// The Chinese message for `error`, a parse or validation error.
    static func message(for error: Error) -> String {
        let english = GongkaiCommand.message(for: error)
        return "用法错误：\(translated(english))\n\(usage(for: error))"
    }

    private static func usage(for error: Error) -> String {
        let full = GongkaiCommand.fullMessage(for: error)
        let usageLine = full.split(separator: "\n").first { $0.hasPrefix("Usage:") }
            .map { "用法：" + $0.dropFirst("Usage:".count).trimmingCharacters(in: .whitespaces) } ?? ""
        return usageLine + (usageLine.isEmpty ? "" : "\n") + "用 gongkai --help 或 gongkai 子命令 --help 查看完整说明和示例。"
    }

    /// ArgumentParser's English phrases in Chinese; text already in Chinese passes unchanged.
    static func translated(_ english: String) -> String {
        let phrases: [(String, String)] = [
            ("Missing expected argument ", "缺少参数 "),
            ("Unknown option ", "没有这个选项 "),
            ("Missing value for ", "这个选项缺少取值："),
            ("Unexpected argument ", "多余的参数 "),
            ("Unexpected arguments ", "多余的参数 "),
            ("The value ", "取值 "),
            (" is invalid for ", " 不适用于 "),
            ("Please provide one of ", "可选的取值："),
            ("Unknown subcommand ", "没有这个子命令 "),
            ("Error: ", ""),
            ("' or '", "'、'"),
            ("'. ", "'。"),
        ]
        var text = english
        for (english, chinese) in phrases { text = text.replacingOccurrences(of: english, with: chinese) }
        return text
    }
}
