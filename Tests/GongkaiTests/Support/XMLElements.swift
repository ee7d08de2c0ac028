import Foundation
@testable import XLSX

/// XML parts as lists of elements, for comparing written parts with reference parts
/// element by element (attribute order and insignificant whitespace ignored).
enum XMLElements {
    /// `<name a="1" b="2">`, `</name>` and `"text"` items of `xml`, in order.
    static func items(_ xml: [UInt8], part: String) throws -> [String] {
        var scanner = XMLScanner(source: MemoryByteSource(xml), part: part, limits: .standard)
        var items: [String] = []
        while true {
            switch try scanner.next() {
            case .startElement:
                var attributes: [String] = []
                for index in 0..<scanner.attributeCount {
                    let name = try scanner.decode(scanner.attributeName(at: index), mayHaveReferences: false)
                    let value = try scanner.decode(scanner.attributeValue(at: index), mayHaveReferences: true)
                    attributes.append("\(name)=\"\(value)\"")
                }
                items.append("<" + ([try scanner.decode(scanner.name, mayHaveReferences: false)] + attributes.sorted()).joined(separator: " ") + ">")
            case .endElement:
                items.append("</\(try scanner.decode(scanner.name, mayHaveReferences: false))>")
            case .text:
                let text = try scanner.text()
                if !text.allSatisfy(\.isWhitespace) { items.append("\"\(text)\"") }
            case .endOfDocument:
                return items
            }
        }
    }

    /// nil when equal, else a description of the first differing element.
    static func firstDifference(_ actual: [String], _ expected: [String]) -> String? {
        for index in 0..<max(actual.count, expected.count) {
            let left = index < actual.count ? actual[index] : "(结束)"
            let right = index < expected.count ? expected[index] : "(结束)"
            if left != right { return "element \(index): got \(left), expected \(right)" }
        }
        return nil
    }
}
