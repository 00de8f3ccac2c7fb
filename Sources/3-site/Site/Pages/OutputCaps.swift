import Foundation

/// Bounds on what one cell puts into its page and into the search index, so that a page stays
/// readable whatever a cell's source holds (a 10 MB cell once gave a 115 MB page). Each cut is
/// made at a line (or character) boundary and says, in the page, how much was left out.
enum OutputCaps {
    /// Most bytes of a cell's code shown in its page.
    static let codeBytes = 64 << 10
    /// Most bytes of a cell's error report shown in its page.
    static let errorBytes = 16 << 10
    /// Most bytes of a printed output shown (the interpreter already stops at 1 MiB).
    static let textBytes = 1 << 20
    /// Most bytes of a displayed value shown (`Array(0..<10_000_000)` as a cell's last line).
    static let valueBytes = 64 << 10
    /// Most rows of a table shown.
    static let tableRows = 1000
    /// Most bytes of one search section's text (a page's text between two headings); the
    /// longest section of the course holds about 7 KB.
    static let searchSectionBytes = 16 << 10

    /// `text` cut to whole lines within `limit` UTF-8 bytes (a first line longer than that is cut
    /// at a character boundary), and what was left out: (lines, bytes); nil when nothing was cut.
    static func prefix(of text: String, limit: Int) -> (kept: String, omitted: (lines: Int, bytes: Int)?) {
        let utf8 = text.utf8
        guard utf8.count > limit else { return (text, nil) }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        if let newline = utf8[..<end].lastIndex(of: 0x0A) {
            end = utf8.index(after: newline)
        } else {
            while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        }
        let kept = String(decoding: utf8[..<end], as: UTF8.self)
        let rest = utf8[end...]
        let lines = rest.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + (rest.last == 0x0A ? 0 : 1)
        return (kept, (lines, rest.count))
    }

    /// "1.2 MB", "34 KB", "120 B".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) B"
    }
}

extension CodeHighlighting {
    /// The cell's code as shown in its page: highlighted, cut at `OutputCaps.codeBytes` with a
    /// note saying how much is not shown.
    static func capped(_ code: String) -> (code: HTMLNode, note: HTMLNode?) {
        let (kept, omitted) = OutputCaps.prefix(of: code, limit: OutputCaps.codeBytes)
        guard let omitted else { return (html(code), nil) }
        let note = "单元格代码过长：后面还有 \(omitted.lines) 行（\(OutputCaps.size(omitted.bytes))）未显示，页面最多显示 \(OutputCaps.size(OutputCaps.codeBytes))。"
        return (html(kept), .el("p", [("class", "cell-note")], [.text(note)]))
    }
}
