import XLSX

// Writes the 200,000 × 10 benchmark sheet through Gongkai's writer:
// a 7-digit code string, a name from 500 strings, eight two-decimal amounts per row.
// Usage: gongkai-writer-benchmark OUT.xlsx [--constant-memory]
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: gongkai-writer-benchmark OUT.xlsx [--constant-memory]")
    exit(64)
}
let names = (0..<500).map { "科目名称\($0)号测试" }
let workbook = try WorkbookWriter(path: arguments[1], constantMemory: arguments.contains("--constant-memory"))
let sheet = try workbook.addSheet("数据")
let text = CellStyle()
let amount = CellStyle().with { $0.numberFormat = "#,##0.00" }
var state: UInt64 = 2023
func next(_ state: inout UInt64) -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
}
for row in 0..<200_000 {
    try sheet.write(String(1_000_000 + next(&state) % 9_000_000), at: CellReference(row: row, column: 0), style: text)
    try sheet.write(names[Int(next(&state) % 500)], at: CellReference(row: row, column: 1), style: text)
    for column in 2..<10 {
        try sheet.write(Double(next(&state) % 100_000_000) / 100, at: CellReference(row: row, column: column), style: amount)
    }
}
try workbook.close()

#if canImport(Glibc)
import Glibc
#endif
