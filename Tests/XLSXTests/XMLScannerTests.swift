import Testing
@testable import XLSX

/// A source that hands out one byte at a time, to exercise every refill boundary.
private struct TrickleSource: ByteSource {
    var bytes: [UInt8]
    var offset = 0

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset < bytes.count, buffer.count > 0 else { return 0 }
        buffer[0] = bytes[offset]
        offset += 1
        return 1
    }
}

private func events<S: ByteSource>(_ source: S, limits: ReadLimits = .standard) throws -> [String] {
    var scanner = XMLScanner(source: source, part: "test.xml", limits: limits)
    var result: [String] = []
    while true {
        switch try scanner.next() {
        case .startElement:
            var text = "<" + (try scanner.decode(scanner.name, mayHaveReferences: false))
            if let value = try scanner.attributeString("v") { text += " v=\(value)" }
            result.append(text)
        case .endElement:
            result.append("/" + (try scanner.decode(scanner.name, mayHaveReferences: false)))
        case .text:
            result.append("'" + (try scanner.text()) + "'")
        case .endOfDocument:
            return result
        }
    }
}

@Suite struct XMLScannerTests {
    let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment -->
        <x:root xmlns:x="urn:x"><x:a v='1 &amp; 2'>甲&lt;乙&#x4E19;&#19969;</x:a><b v="q"/><![CDATA[<raw&>]]></x:root>
        """

    @Test func reportsElementsTextAndAttributesWithPrefixesStripped() throws {
        let expected = ["<root", "<a v=1 & 2", "'甲<乙丙丁'", "/a", "<b v=q", "/b", "'<raw&>'", "/root"]
        let actual = try events(MemoryByteSource(document))
        #expect(actual == expected)
    }

    @Test func givesTheSameEventsWhenDataArrivesOneByteAtATime() throws {
        let whole = try events(MemoryByteSource(document))
        let trickled = try events(TrickleSource(bytes: Array(document.utf8)))
        #expect(whole == trickled)
    }

    @Test func refusesADoctype() {
        let billionLaughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>
            """
        #expect(throws: XLSXError.doctypeNotAllowed(part: "test.xml")) { try events(MemoryByteSource(billionLaughs)) }
    }

    @Test func refusesUndeclaredEntities() {
        #expect {
            try events(MemoryByteSource("<a>&ext;</a>"))
        } throws: { error in
            if case .malformedXML = error as? XLSXError { return true }
            return false
        }
    }

    @Test func capsNestingDepth() {
        let deep = String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
        #expect(throws: XLSXError.nestingTooDeep(part: "test.xml", limit: 128)) { try events(MemoryByteSource(deep)) }
    }

    @Test func capsTokenSize() {
        let limits = ReadLimits(maxTokenBytes: 1024)
        let long = "<a>" + String(repeating: "x", count: 5000) + "</a>"
        #expect(throws: XLSXError.tokenTooLarge(part: "test.xml", limit: 1024)) { try events(MemoryByteSource(long), limits: limits) }
    }

    @Test(arguments: ["<a><b></a>", "<a", "<a x=1/>", "</a>", "<a>text"])
    func rejectsMalformedXML(_ text: String) {
        #expect {
            try events(MemoryByteSource(text))
        } throws: { error in
            if case .malformedXML = error as? XLSXError { return true }
            return false
        }
    }
}
