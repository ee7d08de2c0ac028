import ArgumentParser
import XLSX

/// Reports a failure to read or write a file to the user, in Chinese, naming the file.
enum FailureReport {
    /// Prints `错误：FILE：MESSAGE` to standard error and returns exit code 2.
    static func unreadable(_ file: String, _ error: CustomStringConvertible) -> ExitCode {
        printError("错误：\(file)：\(error.description)")
        return ExitCode(2)
    }

    /// Prints one line to standard error.
    static func printError(_ line: String) {
        let sink = ByteSink(descriptor: 2)
        try? sink.write(line + "\n")
        try? sink.flush()
    }
}
