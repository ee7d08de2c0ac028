import Foundation
import XLSX

/// The 部门决算公开说明 of a department, in the seed's structure: a cover, a 目录, 第一部分
/// 部门概况, 第二部分 the nine tables (on landscape pages), 第三部分 情况说明 written from the
/// tables, 第四部分 名词解释.
public struct PublicationDocument {
    /// The accounts published.
    public let accounts: FinalAccounts
    /// Last year's accounts (same profile), for the changes the 情况说明 states.
    public let previous: FinalAccounts?
    /// The profile the tables follow.
    public let profile: Profile

    /// Creates the document of `accounts`, comparing with `previous` when given.
    public init(accounts: FinalAccounts, previous: FinalAccounts?, profile: Profile) {
        self.accounts = accounts
        self.previous = previous
        self.profile = profile
    }

    /// The document, and the warnings for the facts left to be filled in.
    public func build() throws -> (document: WordDocument, findings: [Finding]) {
        let year = accounts.year
        var document = WordDocument(title: "\(accounts.department)\(year)年度部门决算")
        func add(_ paragraph: WordDocument.Paragraph) { document.blocks.append(.paragraph(paragraph)) }
        add(WordDocument.Paragraph(.title, "\(accounts.department)\(year)年度部门决算"))
        var contents = WordDocument.Paragraph(.heading1, "目录")
        contents.pageBreakBefore = true
        add(contents)
        let tableTitles = profile.tables.enumerated().map { "\(ChineseNumerals.ordinal($0.offset + 1))、\($0.element.title)" }
        for entry in ["第一部分 部门概况", "一、单位职责", "二、机构设置", "第二部分 \(year)年度部门决算表"] + tableTitles
            + ["第三部分 \(year)年度部门决算情况说明", "第四部分 名词解释"] {
            add(WordDocument.Paragraph(entry.hasPrefix("第") ? .heading3 : .body, entry))
        }
        var overview = WordDocument.Paragraph(.heading1, "第一部分 部门概况")
        overview.pageBreakBefore = true
        add(overview)
        var findings: [Finding] = []
        for (heading, fact, text) in [("一、单位职责", "单位职责", accounts.facts.duties), ("二、机构设置", "机构设置", accounts.facts.organisation)] {
            add(WordDocument.Paragraph(.heading2, heading))
            if let text {
                for line in text.components(separatedBy: .newlines) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    add(WordDocument.Paragraph(.body, line.trimmingCharacters(in: .whitespaces)))
                }
                continue
            }
            add(WordDocument.Paragraph(.body, runs: [WordDocument.Run("【待填写：\(fact)】", placeholder: true)]))
            findings.append(Finding(rule: "publish.fact-missing", severity: .warning, message: "公开说明中“\(fact)”未提供，文中留有【待填写】，公开前须补全"))
        }
        document.blocks.append(.sectionEnd(landscape: false))
        add(WordDocument.Paragraph(.heading1, "第二部分 \(year)年度部门决算表"))
        document.blocks += try StandardTableText(profile: profile).blocks(for: accounts)
        document.blocks.append(.sectionEnd(landscape: true))
        let narrative = Narrative(accounts: accounts, previous: previous, profile: profile)
        document.blocks += narrative.blocks
        findings += narrative.findings
        var glossary = WordDocument.Paragraph(.heading1, "第四部分 名词解释")
        glossary.pageBreakBefore = true
        add(glossary)
        for entry in Glossary.entries {
            add(WordDocument.Paragraph(.body, runs: [WordDocument.Run("\(entry.term)：", bold: true), WordDocument.Run(entry.text)]))
        }
        return (document, findings)
    }
}

/// The 名词解释 of 第四部分 (templates/glossary.json).
enum Glossary {
    struct Entry: Decodable {
        let term: String
        let text: String
    }

    static let entries: [Entry] = {
        struct File: Decodable { let entries: [Entry] }
        guard let text = EmbeddedTemplates.files["glossary.json"],
              let file = try? JSONDecoder().decode(File.self, from: Data(text.utf8)) else { return [] }
        return file.entries
    }()
}
