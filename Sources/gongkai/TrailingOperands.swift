import ArgumentParser

/// A command that takes a list of operands that may run into the thousands
/// (`gongkai dump 各单位/*.xlsx`).
protocol ManyOperands: ParsableCommand {
    /// The operands, in the order given.
    var operands: [String] { get set }
}

/// Holds back most of a long trailing run of operands from swift-argument-parser.
///
/// The parser's time grows with the square of the number of values of a repeating argument
/// (each value copies the list so far and merges the set of input positions it came from):
/// 1,000 file names cost about 330 M instructions, 5,000 would cost seconds. The parser sees
/// the first few operands of the trailing run (the first may be an option's value) and the
/// rest are appended to the parsed command, which is then validated again as a whole.
enum TrailingOperands {
    /// How many operands of the run the parser still sees.
    static let kept = 2
    /// Runs up to this long go to the parser whole.
    static let threshold = 16

    /// `arguments` (without the program name) split into what the parser sees and the operands
    /// held back; nothing is held back unless the first argument names one of `commands`, the
    /// arguments hold no `--`, and the trailing run is long.
    static func split(_ arguments: [String], commands: [any ManyOperands.Type]) -> (parsed: [String], held: [String]) {
        guard let name = arguments.first, commands.contains(where: { $0.configuration.commandName == name }),
              !arguments.contains("--") else { return (arguments, []) }
        var start = arguments.endIndex
        while start > arguments.startIndex + 1, !arguments[start - 1].hasPrefix("-") { start -= 1 }
        guard arguments.endIndex - start > threshold else { return (arguments, []) }
        return (Array(arguments[..<(start + kept)]), Array(arguments[(start + kept)...]))
    }

    /// The command `arguments` name, parsed by `parser` with a long trailing run of operands
    /// held back and appended afterwards; the whole command is then validated again, so checks
    /// that look at every operand (an output that is also an input) see them all.
    static func parse(_ arguments: [String], commands: [any ManyOperands.Type],
                      with parser: ([String]) throws -> ParsableCommand) throws -> ParsableCommand {
        let (shown, held) = split(arguments, commands: commands)
        let command = try parser(shown)
        guard !held.isEmpty else { return command }
        // The first argument named a ManyOperands command, so the parser returned one; should it
        // not, the whole list is parsed as given rather than an operand being dropped.
        guard var many = command as? any ManyOperands else { return try parser(arguments) }
        many.operands += held
        try many.validate()
        return many
    }
}
