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
            let text = Self.capped(part.text.trimmingCharacters(in: .whitespacesAndNewlines))
            guard !text.isEmpty || !part.heading.isEmpty else { continue }
            let anchor = part.id.map { "\(url)#\($0)" } ?? url
            sections.append(SearchSection(url: anchor, pageTitle: title, heading: part.heading.isEmpty ? title : part.heading, text: text))
        }
    }

    /// A section's text cut at `OutputCaps.searchSectionBytes` (at a character boundary), so the
    /// index stays bounded whatever a cell prints.
    static func capped(_ text: String) -> String {
        let (kept, omitted) = OutputCaps.prefix(of: text, limit: OutputCaps.searchSectionBytes)
        return omitted == nil ? text : kept + "…"
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

    /// The JavaScript file's content, deterministic (postings in sorted key order). Written by
    /// hand rather than with JSONEncoder: it is three arrays of strings and ints, and the encoder
    /// was a sixth of the whole site render.
    public func javascript() -> String {
        var out = "window.GANBOOK_SEARCH = {\"docs\":["
        for (index, section) in sections.enumerated() {
            if index > 0 { out += "," }
            out += "[" + [section.url, section.pageTitle, section.heading, section.text].map(Self.json).joined(separator: ",") + "]"
        }
        out += "],\"postings\":{"
        for (index, (token, ids)) in postings().sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out += "," }
            out += Self.json(token) + ":[" + ids.map(String.init).joined(separator: ",") + "]"
        }
        return out + "}};\n"
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        if !needsEscaping(text) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// True when `text` holds a quote, a backslash, a control character or U+2028/U+2029 (whose
    /// UTF-8 starts E2 80 A8/A9), i.e. when ``json(_:)`` must escape something.
    static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
