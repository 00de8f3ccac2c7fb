import Foundation

/// One searchable section: a page's text between two headings.
public struct SearchSection: Sendable, Equatable {
    public var url: String
    public var pageTitle: String
    public var heading: String
    public var text: String
}

/// The prebuilt search index, shipped as `search-index.js` so the search works from `file://`
/// (a script tag needs no `fetch`). Format:
/// `window.GANBOOK_SEARCH = {"docs": [[url, pageTitle, heading, text], …], "postings": {token: [doc, …]}}`.
public struct SearchIndex: Sendable {
    public private(set) var sections: [SearchSection] = []

    public init() {}

    /// Adds a page: its body HTML is cut at `<h2>`/`<h3>` headings into sections.
    public mutating func addPage(url: String, title: String, bodyHTML: String) {
        for part in HTMLText.sections(of: bodyHTML) {
            let text = part.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty || !part.heading.isEmpty else { continue }
            let anchor = part.id.map { "\(url)#\($0)" } ?? url
            sections.append(SearchSection(url: anchor, pageTitle: title, heading: part.heading.isEmpty ? title : part.heading, text: text))
        }
    }

    /// Token → sorted ids of the sections holding it (in heading or text).
    func postings() -> [String: [Int]] {
        var postings: [String: [Int]] = [:]
        for (id, section) in sections.enumerated() {
            for token in Set(SearchTokenizer.tokens(section.heading + " " + section.text)) {
                postings[token, default: []].append(id)
            }
        }
        return postings
    }

    /// The JavaScript file's content, deterministic (sorted keys).
    public func javascript() -> String {
        let docs = sections.map { [$0.url, $0.pageTitle, $0.heading, $0.text] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        struct Payload: Encodable { var docs: [[String]]; var postings: [String: [Int]] }
        let data = (try? encoder.encode(Payload(docs: docs, postings: postings()))) ?? Data("{}".utf8)
        return "window.GANBOOK_SEARCH = " + String(decoding: data, as: UTF8.self) + ";\n"
    }
}
