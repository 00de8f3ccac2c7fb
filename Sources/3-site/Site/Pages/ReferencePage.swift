import CellScript
import Course

/// What the reference page lists: the cell language's standard library and the course builtins,
/// each in registration order. The build reads them from the registry cells run against.
public struct ReferenceEntries: Sendable {
    public var standard: [HostRegistry.Entry]
    public var course: [HostRegistry.Entry]
    /// The Chinese description of each entry (the page shows it, with the English doc line
    /// beneath in small type); an entry without one shows its English doc alone.
    public var chinese: [HostRegistry.Entry: String]

    public init(standard: [HostRegistry.Entry], course: [HostRegistry.Entry], chinese: [HostRegistry.Entry: String] = [:]) {
        self.standard = standard
        self.course = course
        self.chinese = chinese
    }
}

/// "单元格参考": every builtin a cell can call, generated from the registry the cells run
/// against. Types whose members are the same (every layer has the model members) share one
/// section.
struct ReferencePage {
    static let slug = "reference"
    static let title = "单元格参考"

    let standard: [HostRegistry.Entry]
    let course: [HostRegistry.Entry]
    var chinese: [HostRegistry.Entry: String] = [:]

    /// A page-shaped lesson so the layout can place it in the sidebar (after the lessons).
    func lesson(headings: [Heading]) -> Lesson {
        Lesson(slug: Self.slug, path: "<builtin registry>", title: Self.title, order: nil, summary: "单元格可用的全部函数与类型",
               seed: nil, document: LessonDocument(html: "", headings: headings, cells: [], math: [], references: []), source: "")
    }

    /// The body HTML and its section headings.
    func body() -> (html: String, headings: [Heading]) {
        var headings: [Heading] = []
        var nodes: [HTMLNode] = [
            .el("h1", [("id", "单元格参考")], [.text(Self.title)]),
            .el("p", [], [.text("课程中的 swift 单元格可以调用下面列出的函数、类型与方法。本页由 ganbook 在构建时从单元格实际使用的注册表生成，与代码始终一致。")]),
        ]
        let language = LanguageSection()
        headings.append(language.heading)
        nodes += language.nodes()
        for (title, id, entries) in [("课程内建", "course-builtins", course), ("标准库", "standard-library", standard)] {
            headings.append(Heading(level: 2, text: title, id: id, line: 0))
            nodes.append(.el("h2", [("id", id)], [.text(title)]))
            for section in sections(entries) {
                let sectionID = id + "-" + section.id
                headings.append(Heading(level: 3, text: section.title, id: sectionID, line: 0))
                nodes.append(.el("h3", [("id", sectionID)], [.text(section.title)]))
                nodes.append(table(section.entries))
            }
        }
        return (HTMLNode.fragment(nodes).html, headings)
    }

    private struct Section {
        var title: String
        var id: String
        var entries: [HostRegistry.Entry]
    }

    /// Free functions first, then one section per type, merging types with identical members.
    private func sections(_ entries: [HostRegistry.Entry]) -> [Section] {
        var owners: [String] = []
        var byOwner: [String: [HostRegistry.Entry]] = [:]
        for entry in entries {
            let owner = entry.owner ?? (entry.kind == .type ? entry.signature : "")
            if byOwner[owner] == nil { owners.append(owner) }
            byOwner[owner, default: []].append(entry)
        }
        var sections: [Section] = []
        if let functions = byOwner[""], !functions.isEmpty {
            sections.append(Section(title: "函数", id: "functions", entries: functions))
        }
        var merged: [(names: [String], entries: [HostRegistry.Entry])] = []
        for owner in owners where !owner.isEmpty {
            let entries = byOwner[owner] ?? []
            let members = entries.filter { $0.kind != .type && $0.kind != .initializer }.map { "\($0.signature)|\($0.doc)" }
            if let index = merged.firstIndex(where: { group in
                group.entries.filter { $0.kind != .type && $0.kind != .initializer }.map { "\($0.signature)|\($0.doc)" } == members && members.count > 3
            }) {
                merged[index].names.append(owner)
                merged[index].entries += entries.filter { $0.kind == .type || $0.kind == .initializer }
            } else {
                merged.append(([owner], entries))
            }
        }
        for group in merged {
            let types = group.entries.filter { $0.kind == .type || $0.kind == .initializer }
            let members = group.entries.filter { $0.kind != .type && $0.kind != .initializer }
            sections.append(Section(title: group.names.joined(separator: "、"), id: group.names[0].lowercased(), entries: types + members))
        }
        return sections
    }

    private func table(_ entries: [HostRegistry.Entry]) -> HTMLNode {
        .el("table", [("class", "reference")], [
            .el("tbody", [], entries.map { entry in
                .el("tr", [], [
                    .el("td", [("class", "kind")], [.text(kindName(entry.kind))]),
                    .el("td", [], [.el("code", [], [.text(display(entry))])]),
                    .el("td", [], description(entry)),
                ])
            }),
        ])
    }

    /// The Chinese description (backticks become `<code>`) and the English doc line beneath it,
    /// or the English doc alone when there is no Chinese text.
    private func description(_ entry: HostRegistry.Entry) -> [HTMLNode] {
        guard let text = chinese[entry] else { return [.text(entry.doc)] }
        return inlineCode(text) + [.el("span", [("class", "doc-en"), ("lang", "en")], inlineCode(entry.doc))]
    }

    /// Text with its `backticked` spans as `<code>` (an unpaired backtick stays as text).
    private func inlineCode(_ text: String) -> [HTMLNode] {
        let pieces = text.components(separatedBy: "`")
        guard pieces.count % 2 == 1 else { return [.text(text)] }
        return pieces.enumerated().compactMap { index, piece in
            piece.isEmpty ? nil : index % 2 == 1 ? .el("code", [], [.text(piece)]) : .text(piece)
        }
    }

    private func display(_ entry: HostRegistry.Entry) -> String {
        switch entry.kind {
        case .method, .property: return "." + entry.signature
        case .staticMethod, .staticProperty: return (entry.owner.map { $0 + "." } ?? "") + entry.signature
        default: return entry.signature
        }
    }

    private func kindName(_ kind: HostRegistry.Entry.Kind) -> String {
        switch kind {
        case .type: return "类型"
        case .function: return "函数"
        case .initializer: return "构造"
        case .method, .staticMethod: return "方法"
        case .property, .staticProperty: return "属性"
        case .infixOperator, .prefixOperator: return "运算符"
        }
    }
}
