/// Computes a formula that a workbook stored without its result, when it is simple arithmetic:
/// numbers, cell references and ranges of this sheet, `+ - * /`, parentheses and `SUM`. Anything
/// else (other functions, other sheets, text, division by zero) gives nil: the caller must say so
/// rather than guess. Evaluated in doubles, as Excel does.
public struct FormulaEvaluator {
    private let grid: SheetGrid
    private var depth: Int

    /// An evaluator for formulas of `grid`.
    public init(grid: SheetGrid) {
        self.grid = grid
        depth = 0
    }

    /// The value of the formula stored at `reference`, nil when it cannot be computed here.
    public func value(at reference: CellReference) -> Double? {
        guard depth < 32, let formula = grid.formulas[reference] else { return nil }
        var parser = Parser(text: Array(formula.utf8), evaluator: FormulaEvaluator(grid: grid, depth: depth + 1))
        guard let value = parser.expression(), parser.atEnd, value.isFinite else { return nil }
        return value
    }

    private init(grid: SheetGrid, depth: Int) {
        self.grid = grid
        self.depth = depth
    }

    /// A referenced cell as a number: blank is 0, a number is itself, an uncached formula is
    /// computed; text and anything else cannot be added.
    fileprivate func number(at reference: CellReference) -> Double? {
        switch grid.value(at: reference) {
        case nil: return grid.formulas[reference] == nil ? 0 : value(at: reference)
        case .number(let number): return number
        default: return nil
        }
    }

    /// The numbers of a range for SUM: blanks and text are skipped, as Excel does.
    fileprivate func numbers(in range: CellRange) -> [Double]? {
        guard (range.last.row - range.first.row + 1) * (range.last.column - range.first.column + 1) <= 100_000 else { return nil }
        var result: [Double] = []
        for row in range.first.row...range.last.row {
            for column in range.first.column...range.last.column {
                let reference = CellReference(row: row, column: column)
                switch grid.value(at: reference) {
                case .number(let number): result.append(number)
                case nil where grid.formulas[reference] != nil:
                    guard let computed = value(at: reference) else { return nil }
                    result.append(computed)
                default: continue
                }
            }
        }
        return result
    }

    /// A recursive-descent parser over the formula's bytes.
    private struct Parser {
        let text: [UInt8]
        let evaluator: FormulaEvaluator
        var index = 0

        init(text: [UInt8], evaluator: FormulaEvaluator) {
            self.text = text.first == UInt8(ascii: "=") ? Array(text.dropFirst()) : text
            self.evaluator = evaluator
        }

        var atEnd: Bool {
            mutating get {
                skipSpaces()
                return index == text.count
            }
        }

        mutating func expression() -> Double? {
            guard var value = term() else { return nil }
            while let symbol = peek(), symbol == UInt8(ascii: "+") || symbol == UInt8(ascii: "-") {
                index += 1
                guard let next = term() else { return nil }
                value = symbol == UInt8(ascii: "+") ? value + next : value - next
            }
            return value
        }

        private mutating func term() -> Double? {
            guard var value = factor() else { return nil }
            while let symbol = peek(), symbol == UInt8(ascii: "*") || symbol == UInt8(ascii: "/") {
                index += 1
                guard let next = factor() else { return nil }
                if symbol == UInt8(ascii: "/") {
                    guard next != 0 else { return nil }
                    value /= next
                } else {
                    value *= next
                }
            }
            return value
        }

        private mutating func factor() -> Double? {
            guard let symbol = peek() else { return nil }
            switch symbol {
            case UInt8(ascii: "-"):
                index += 1
                return factor().map { -$0 }
            case UInt8(ascii: "+"):
                index += 1
                return factor()
            case UInt8(ascii: "("):
                index += 1
                guard let value = expression(), peek() == UInt8(ascii: ")") else { return nil }
                index += 1
                return value
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
                return numberLiteral()
            default:
                return referenceOrSum()
            }
        }

        private mutating func numberLiteral() -> Double? {
            let start = index
            while index < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[index]) || text[index] == UInt8(ascii: ".") {
                index += 1
            }
            return Double(String(decoding: text[start..<index], as: UTF8.self))
        }

        private mutating func word() -> String {
            skipSpaces()
            let start = index
            while index < text.count, isWordByte(text[index]) { index += 1 }
            return String(decoding: text[start..<index].filter { $0 != UInt8(ascii: "$") }, as: UTF8.self).uppercased()
        }

        private func isWordByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "$")
        }

        private mutating func referenceOrSum() -> Double? {
            let name = word()
            if name == "SUM" {
                guard peek() == UInt8(ascii: "(") else { return nil }
                index += 1
                var total = 0.0
                repeat {
                    if peek() == UInt8(ascii: ",") { index += 1 }
                    guard let part = sumArgument() else { return nil }
                    total += part
                } while peek() == UInt8(ascii: ",")
                guard peek() == UInt8(ascii: ")") else { return nil }
                index += 1
                return total
            }
            guard let first = CellReference(name) else { return nil }
            return evaluator.number(at: first)
        }

        private mutating func sumArgument() -> Double? {
            let saved = index
            let name = word()
            if let first = CellReference(name), peek() == UInt8(ascii: ":") {
                index += 1
                guard let last = CellReference(word()) else { return nil }
                let range = CellRange(first: CellReference(row: min(first.row, last.row), column: min(first.column, last.column)),
                                      last: CellReference(row: max(first.row, last.row), column: max(first.column, last.column)))
                return evaluator.numbers(in: range)?.reduce(0, +)
            }
            index = saved
            return expression()
        }

        private mutating func peek() -> UInt8? {
            skipSpaces()
            return index < text.count ? text[index] : nil
        }

        private mutating func skipSpaces() {
            while index < text.count, text[index] == 0x20 { index += 1 }
        }
    }
}
