import Foundation

/// A tree of units for consolidating several levels at once (units → departments → district),
/// read from a CSV of 单位, 上级单位, 文件: a unit's file holds its own level (本级) and may be
/// empty for a level that only adds up its subordinates.
public struct UnitTree: Sendable {
    /// One unit of the tree.
    public struct Node: Sendable, Equatable {
        /// The unit's name.
        public var name: String
        /// Its superior, nil for a root.
        public var parent: String?
        /// Its own submission, if any (a path resolved against the CSV's folder).
        public var file: String?
    }

    /// The nodes in CSV order.
    public let nodes: [Node]

    /// Reads the CSV at `path` (UTF-8, optional BOM, a header row naming the three columns).
    public init(csv path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw UnitTreeError.unreadable(path)
        }
        let folder = (path as NSString).deletingLastPathComponent
        var lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: .newlines).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard !lines.isEmpty else { throw UnitTreeError.empty(path) }
        let header = Self.fields(lines.removeFirst())
        guard let nameColumn = header.firstIndex(of: "单位"), let parentColumn = header.firstIndex(of: "上级单位"),
              let fileColumn = header.firstIndex(of: "文件") else {
            throw UnitTreeError.header(path, header.joined(separator: ","))
        }
        var nodes: [Node] = []
        for (number, line) in lines.enumerated() {
            let fields = Self.fields(line)
            let field = { (column: Int) in fields.indices.contains(column) ? fields[column] : "" }
            let name = field(nameColumn)
            guard !name.isEmpty else { throw UnitTreeError.row(number + 2, "没有单位名称") }
            guard !nodes.contains(where: { $0.name == name }) else { throw UnitTreeError.row(number + 2, "单位“\(name)”出现两次") }
            let file = field(fileColumn)
            nodes.append(Node(name: name, parent: field(parentColumn).isEmpty ? nil : field(parentColumn),
                              file: file.isEmpty ? nil : (file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file))))
        }
        try self.init(nodes: nodes)
    }

    /// A tree of `nodes`; every parent must be a node, and there must be no cycle.
    public init(nodes: [Node]) throws {
        let names = Set(nodes.map(\.name))
        for node in nodes {
            if let parent = node.parent, !names.contains(parent) { throw UnitTreeError.unknownParent(node.name, parent) }
        }
        for node in nodes {
            var seen: Set<String> = [node.name]
            var current = node.parent
            while let name = current {
                guard seen.insert(name).inserted else { throw UnitTreeError.cycle(node.name) }
                current = nodes.first { $0.name == name }?.parent
            }
        }
        self.nodes = nodes
    }

    /// The direct subordinates of `name`.
    public func children(of name: String) -> [Node] {
        nodes.filter { $0.parent == name }
    }

    /// Every node after all its subordinates (the order to consolidate in).
    public var bottomUp: [Node] {
        var order: [Node] = []
        func visit(_ node: Node) {
            for child in children(of: node.name) { visit(child) }
            order.append(node)
        }
        for root in nodes where root.parent == nil { visit(root) }
        return order
    }

    /// Comma-separated fields; a field in double quotes may hold commas and doubled quotes.
    private static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for character in line {
            if character == "\"" {
                if quoted, previous == "\"" { field.append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append(field.trimmingCharacters(in: .whitespaces))
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        fields.append(field.trimmingCharacters(in: .whitespaces))
        return fields
    }
}

/// Why a unit tree cannot be used.
public enum UnitTreeError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case empty(String)
    case header(String, String)
    case row(Int, String)
    case unknownParent(String, String)
    case cycle(String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "无法读取单位树文件 \(path)（须为 UTF-8 编码的 CSV）"
        case .empty(let path): return "单位树文件 \(path) 是空的"
        case .header(let path, let header): return "单位树文件 \(path) 的第一行应有“单位,上级单位,文件”三列，实际为“\(header)”"
        case .row(let line, let problem): return "单位树第 \(line) 行：\(problem)"
        case .unknownParent(let unit, let parent): return "单位树中“\(unit)”的上级单位“\(parent)”不在表中"
        case .cycle(let unit): return "单位树中“\(unit)”的上级关系成环"
        }
    }
}
