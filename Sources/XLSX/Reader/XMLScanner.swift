#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What ``XMLScanner/next()`` found.
enum XMLEvent: Equatable {
    /// A start tag; a self-closing tag is reported as a start then an end.
    case startElement
    /// An end tag.
    case endElement
    /// Character data (possibly with references still to decode) or a CDATA section.
    case text
    /// The end of the part.
    case endOfDocument
}

/// A byte range inside the scanner's buffer, valid until the next call to `next()`.
struct ByteSpan {
    var start: Int
    var count: Int
}

/// A pull scanner for the XML of one package part, over a refillable buffer.
///
/// It never builds a tree: each call to ``next()`` reports one tag or one run of
/// text, and the caller reads the element's local name, its attributes or the
/// text from the scanner before calling `next()` again. Namespace prefixes are
/// stripped from names (`x:c` is `c`). Processing instructions and comments are
/// skipped; a DOCTYPE is refused, so no entity beyond the five predefined ones
/// and character references can ever be expanded.
struct XMLScanner<Source: ByteSource>: ~Copyable {
    private var source: Source
    let part: String
    private let limits: ReadLimits
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var position = 0
    private var end = 0
    private var atEndOfSource = false
    private var consumedBefore = 0
    private var pendingEnd = false
    /// How far a text run that spans refills has been scanned, so it is never scanned twice.
    private var textScanned = 0
    private var textSawReference = false
    private(set) var depth = 0

    /// The local name of the current element (start or end).
    private(set) var name = ByteSpan(start: 0, count: 0)
    /// The current text run.
    private(set) var textSpan = ByteSpan(start: 0, count: 0)
    /// Whether the current text may hold entity or character references.
    private(set) var textHasReferences = false
    /// Attributes of the current start tag (local name and raw value), in a fixed store
    /// that grows when a tag has more than it holds.
    private var attributeNames: UnsafeMutablePointer<ByteSpan>
    private var attributeValues: UnsafeMutablePointer<ByteSpan>
    private var attributeCapacity = 16
    private(set) var attributeCount = 0

    /// Creates a scanner over `source`; `part` names the part in errors.
    init(source: Source, part: String, limits: ReadLimits) {
        let hint = source.sizeHint
        let preferred = hint > 0 ? min(1 << 17, max(1 << 12, hint + 1)) : 1 << 17
        self.source = source
        self.part = part
        self.limits = limits
        capacity = max(64, min(preferred, limits.maxTokenBytes))
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        attributeNames = .allocate(capacity: attributeCapacity)
        attributeValues = .allocate(capacity: attributeCapacity)
    }

    deinit {
        base.deallocate()
        attributeNames.deallocate()
        attributeValues.deallocate()
    }

    /// Byte offset of the scan position in the inflated part, for error messages.
    var offset: Int { consumedBefore + position }

    /// Reads the next event.
    mutating func next() throws -> XMLEvent {
        if pendingEnd {
            pendingEnd = false
            depth -= 1
            return .endElement
        }
        while true {
            if position >= end {
                if try !refill() {
                    if depth > 0 {
                        throw malformed("文件在元素结束前中断")
                    }
                    return .endOfDocument
                }
                continue
            }
            if base[position] != UInt8(ascii: "<") {
                guard let event = try scanText() else { continue }
                return event
            }
            guard let event = try scanMarkup() else { continue }
            return event
        }
    }

    /// Whether the current element's local name equals `literal`.
    @inline(__always)
    func nameIs(_ literal: StaticString) -> Bool {
        spanEquals(name, literal)
    }

    /// Whether `span` holds exactly the ASCII bytes of `literal`.
    @inline(__always)
    func spanEquals(_ span: ByteSpan, _ literal: StaticString) -> Bool {
        guard span.count == literal.utf8CodeUnitCount else { return false }
        let bytes = base + span.start
        let expected = literal.utf8Start
        for index in 0..<span.count where bytes[index] != expected[index] {
            return false
        }
        return true
    }

    /// The raw value span of the attribute with local name `literal`, if present.
    func attribute(_ literal: StaticString) -> ByteSpan? {
        for index in 0..<attributeCount where spanEquals(attributeNames[index], literal) {
            return attributeValues[index]
        }
        return nil
    }

    /// The local name of attribute number `index` (below ``attributeCount``).
    @inline(__always)
    func attributeName(at index: Int) -> ByteSpan {
        attributeNames[index]
    }

    /// The raw value of attribute number `index` (below ``attributeCount``).
    @inline(__always)
    func attributeValue(at index: Int) -> ByteSpan {
        attributeValues[index]
    }

    /// The first byte of `span`, or 0 when it is empty.
    @inline(__always)
    func firstByte(_ span: ByteSpan) -> UInt8 {
        span.count > 0 ? base[span.start] : 0
    }

    /// The decoded value of the attribute with local name `literal`, if present.
    func attributeString(_ literal: StaticString) throws -> String? {
        guard let span = attribute(literal) else { return nil }
        return try decode(span, mayHaveReferences: true)
    }

    /// The decoded current text.
    func text() throws -> String {
        try decode(textSpan, mayHaveReferences: textHasReferences)
    }

    /// Appends the decoded current text to `bytes`, without making a string.
    func appendText(to bytes: inout [UInt8]) throws {
        try withBytes(textSpan) { raw in
            if !textHasReferences {
                bytes.append(contentsOf: raw)
            } else if !XMLText.appendDecodingReferences(raw, to: &bytes) {
                throw malformed("无法识别的字符引用")
            }
        }
    }

    /// Calls `body` with the raw bytes of `span`.
    @inline(__always)
    func withBytes<R>(_ span: ByteSpan, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base + span.start, count: span.count))
    }

    /// Decodes the bytes of `span` as XML character data.
    func decode(_ span: ByteSpan, mayHaveReferences: Bool) throws -> String {
        try withBytes(span) { bytes in
            if !mayHaveReferences {
                return String(decoding: bytes, as: UTF8.self)
            }
            guard let decoded = XMLText.decodeReferences(bytes) else {
                throw malformed("无法识别的字符引用")
            }
            return decoded
        }
    }

    /// Right after a `<c …>` start tag: when the buffer holds exactly `<v>TEXT</v></c>` next
    /// (no prefixes, no references), consumes it up to and including `</c>` and returns the
    /// text span (also in ``textSpan``); otherwise consumes nothing and returns nil. Most cells
    /// take this path, which saves four events each.
    mutating func consumeSimpleValue() -> ByteSpan? {
        guard !pendingEnd, position + 3 <= end, base[position] == UInt8(ascii: "<"),
              base[position + 1] == UInt8(ascii: "v"), base[position + 2] == UInt8(ascii: ">") else { return nil }
        let start = position + 3
        var cursor = start
        while cursor < end {
            let byte = base[cursor]
            if byte == UInt8(ascii: "<") { break }
            if byte == UInt8(ascii: "&") { return nil }
            cursor += 1
        }
        guard matches("</v></c>", at: cursor) else { return nil }
        textSpan = ByteSpan(start: start, count: cursor - start)
        textHasReferences = false
        position = cursor + 8
        depth -= 1
        return textSpan
    }

    /// An error for this part at the current offset.
    func malformed(_ detail: String) -> XLSXError {
        .malformedXML(part: part, offset: offset, detail: detail)
    }

    // MARK: - Tokens

    /// Scans character data up to the next `<`; nil asks the caller to loop (more data was read).
    @inline(__always)
    private mutating func scanText() throws -> XMLEvent? {
        var cursor = position + textScanned
        var sawReference = textSawReference
        while cursor < end {
            let byte = base[cursor]
            if byte == UInt8(ascii: "<") { break }
            if byte == UInt8(ascii: "&") { sawReference = true }
            cursor += 1
        }
        if cursor == end, !atEndOfSource {
            textScanned = cursor - position
            textSawReference = sawReference
            try refillKeepingCurrent()
            return nil
        }
        textScanned = 0
        textSawReference = false
        textSpan = ByteSpan(start: position, count: cursor - position)
        textHasReferences = sawReference
        position = cursor
        if depth == 0 {
            return nil
        }
        return .text
    }

    /// Scans a tag, comment, processing instruction or CDATA section; nil asks the caller to loop.
    @inline(__always)
    private mutating func scanMarkup() throws -> XMLEvent? {
        guard position + 1 < end else {
            try needMore()
            return nil
        }
        let second = base[position + 1]
        switch second {
        case UInt8(ascii: "/"):
            return try scanEndTag()
        case UInt8(ascii: "?"):
            try skip(past: "?>")
            return nil
        case UInt8(ascii: "!"):
            return try scanDeclaration()
        default:
            return try scanStartTag()
        }
    }

    @inline(__always)
    private mutating func scanEndTag() throws -> XMLEvent? {
        guard let close = find(UInt8(ascii: ">"), from: position + 2) else {
            try needMore()
            return nil
        }
        var nameEnd = position + 2
        while nameEnd < close, !isSpace(base[nameEnd]) { nameEnd += 1 }
        name = localName(from: position + 2, to: nameEnd)
        guard depth > 0 else { throw malformed("多余的结束标记") }
        depth -= 1
        position = close + 1
        return .endElement
    }

    private mutating func scanDeclaration() throws -> XMLEvent? {
        guard position + 9 <= end || atEndOfSource else {
            try needMore()
            return nil
        }
        if matches("<!--", at: position) {
            try skip(past: "-->")
            return nil
        }
        if matches("<![CDATA[", at: position) {
            guard let close = find("]]>", from: position + 9) else {
                try needMore()
                return nil
            }
            textSpan = ByteSpan(start: position + 9, count: close - position - 9)
            textHasReferences = false
            position = close + 3
            return .text
        }
        if matches("<!DOCTYPE", at: position) || matches("<!doctype", at: position) {
            throw XLSXError.doctypeNotAllowed(part: part)
        }
        throw malformed("无法识别的声明")
    }

    @inline(__always)
    private mutating func scanStartTag() throws -> XMLEvent? {
        var cursor = position + 1
        while cursor < end, !isSpace(base[cursor]), base[cursor] != UInt8(ascii: ">"), base[cursor] != UInt8(ascii: "/") {
            cursor += 1
        }
        guard cursor < end else {
            try needMore()
            return nil
        }
        if cursor == position + 1 { throw malformed("元素名称为空") }
        let elementName = localName(from: position + 1, to: cursor)
        attributeCount = 0
        var selfClosing = false
        while true {
            while cursor < end, isSpace(base[cursor]) { cursor += 1 }
            guard cursor < end else {
                try needMore()
                return nil
            }
            let byte = base[cursor]
            if byte == UInt8(ascii: ">") {
                cursor += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard cursor + 1 < end else {
                    try needMore()
                    return nil
                }
                guard base[cursor + 1] == UInt8(ascii: ">") else { throw malformed("标记中出现多余的“/”") }
                selfClosing = true
                cursor += 2
                break
            }
            let nameStart = cursor
            while cursor < end, base[cursor] != UInt8(ascii: "="), !isSpace(base[cursor]), base[cursor] != UInt8(ascii: ">") {
                cursor += 1
            }
            let nameEnd = cursor
            while cursor < end, isSpace(base[cursor]) { cursor += 1 }
            guard cursor < end else {
                try needMore()
                return nil
            }
            guard base[cursor] == UInt8(ascii: "="), nameEnd > nameStart else { throw malformed("属性缺少“=”") }
            cursor += 1
            while cursor < end, isSpace(base[cursor]) { cursor += 1 }
            guard cursor < end else {
                try needMore()
                return nil
            }
            let quote = base[cursor]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw malformed("属性值缺少引号") }
            guard let close = find(quote, from: cursor + 1) else {
                try needMore()
                return nil
            }
            appendAttribute(name: localName(from: nameStart, to: nameEnd), value: ByteSpan(start: cursor + 1, count: close - cursor - 1))
            cursor = close + 1
        }
        depth += 1
        if depth > limits.maxNestingDepth {
            throw XLSXError.nestingTooDeep(part: part, limit: limits.maxNestingDepth)
        }
        name = elementName
        pendingEnd = selfClosing
        position = cursor
        return .startElement
    }

    private mutating func appendAttribute(name: ByteSpan, value: ByteSpan) {
        if attributeCount == attributeCapacity {
            let grownCapacity = attributeCapacity * 2
            let names = UnsafeMutablePointer<ByteSpan>.allocate(capacity: grownCapacity)
            let values = UnsafeMutablePointer<ByteSpan>.allocate(capacity: grownCapacity)
            names.update(from: attributeNames, count: attributeCount)
            values.update(from: attributeValues, count: attributeCount)
            attributeNames.deallocate()
            attributeValues.deallocate()
            attributeNames = names
            attributeValues = values
            attributeCapacity = grownCapacity
        }
        attributeNames[attributeCount] = name
        attributeValues[attributeCount] = value
        attributeCount += 1
    }

    // MARK: - Buffer

    /// Asks for more data for the token that starts at `position`, or fails at the end of the part.
    private mutating func needMore() throws {
        guard !atEndOfSource else { throw malformed("文件在标记中间中断") }
        try refillKeepingCurrent()
    }

    private mutating func skip(past terminator: StaticString) throws {
        while true {
            if let found = find(terminator, from: position + 2) {
                position = found + terminator.utf8CodeUnitCount
                return
            }
            try needMore()
        }
    }

    /// Reads more bytes after discarding everything before `position`; returns false at the end.
    @discardableResult
    private mutating func refill() throws -> Bool {
        guard !atEndOfSource else { return false }
        try refillKeepingCurrent()
        return end > position || !atEndOfSource
    }

    private mutating func refillKeepingCurrent() throws {
        if position > 0 {
            let remaining = end - position
            if remaining > 0 {
                memmove(base, base + position, remaining)
            }
            consumedBefore += position
            end = remaining
            position = 0
        }
        if end == capacity {
            guard capacity < limits.maxTokenBytes else {
                throw XLSXError.tokenTooLarge(part: part, limit: limits.maxTokenBytes)
            }
            let grownCapacity = min(capacity * 2, limits.maxTokenBytes)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: grownCapacity)
            memcpy(grown, base, end)
            base.deallocate()
            base = grown
            capacity = grownCapacity
        }
        let target = UnsafeMutableRawBufferPointer(start: base + end, count: capacity - end)
        let count = try source.read(into: target)
        if count == 0 {
            atEndOfSource = true
        }
        end += count
    }

    // MARK: - Byte helpers

    @inline(__always)
    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    @inline(__always)
    private func localName(from start: Int, to stop: Int) -> ByteSpan {
        var nameStart = start
        var cursor = start
        while cursor < stop {
            if base[cursor] == UInt8(ascii: ":") { nameStart = cursor + 1 }
            cursor += 1
        }
        return ByteSpan(start: nameStart, count: stop - nameStart)
    }

    @inline(__always)
    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < end else { return nil }
        let nearEnd = min(end, start + 16)
        var cursor = start
        while cursor < nearEnd {
            if base[cursor] == byte { return cursor }
            cursor += 1
        }
        guard cursor < end else { return nil }
        guard let found = memchr(base + cursor, Int32(byte), end - cursor) else { return nil }
        return UnsafeMutablePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let first = literal.utf8Start.pointee
        var cursor = start
        while let candidate = find(first, from: cursor) {
            if candidate + literal.utf8CodeUnitCount > end { return nil }
            if matches(literal, at: candidate) { return candidate }
            cursor = candidate + 1
        }
        return nil
    }

    @inline(__always)
    private func matches(_ literal: StaticString, at index: Int) -> Bool {
        guard index + literal.utf8CodeUnitCount <= end else { return false }
        return memcmp(base + index, literal.utf8Start, literal.utf8CodeUnitCount) == 0
    }
}
