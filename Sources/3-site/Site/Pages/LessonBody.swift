import MarkupText
import Course

/// Renders a lesson's body: cmark-gfm's HTML with the placeholder tokens replaced by heading
/// anchors, math elements and cell blocks.
struct LessonBody {
    let lesson: Lesson
    let renderCell: (CellSource) -> HTMLNode
    let renderMath: (MathSpan) -> HTMLNode
    let renderReference: (CrossReference) -> HTMLNode

    /// The body HTML. Display math and cells that stand alone in a paragraph replace the whole
    /// `<p>…</p>`; heading tokens turn the enclosing `<hN>` tag into `<hN id="…">`.
    func html() -> String {
        let document = lesson.document
        var output = ""
        output.reserveCapacity(document.html.utf8.count * 2)
        var pendingParagraphClose = false
        let source = document.html
        var rest = source[...]
        while let start = rest.firstIndex(of: Placeholder.open) {
            var before = rest[..<start]
            let afterOpen = rest.index(after: start)
            guard let end = rest[afterOpen...].firstIndex(of: Placeholder.close),
                  let kind = Placeholder.Kind(rawValue: rest[afterOpen]),
                  let index = Int(rest[rest.index(after: afterOpen)..<end]) else {
                output += rest[...start]
                rest = rest[afterOpen...]
                continue
            }
            rest = rest[rest.index(after: end)...]
            let standsAlone = before.hasSuffix("<p>") && rest.hasPrefix("</p>")
            switch kind {
            case .heading where index < document.headings.count:
                let heading = document.headings[index]
                let tag = "<h\(heading.level)>"
                if before.hasSuffix(tag) { before = before.dropLast(tag.count) }
                output += before
                output += "<h\(heading.level) id=\"\(MarkupText.escape(heading.id))\">"
                output += HTMLNode.el("a", [("class", "anchor"), ("href", "#" + heading.id), ("aria-hidden", "true")], [.text("#")]).html
            case .cell where index < document.cells.count:
                output += standsAlone ? before.dropLast(3) : before
                output += renderCell(document.cells[index]).html
                pendingParagraphClose = standsAlone
            case .math where index < document.math.count:
                let span = document.math[index]
                let alone = standsAlone && span.display
                if !span.display, let glued = Self.glued(before: &before, after: &rest) {
                    // Keep Chinese punctuation on the formula's line: a line may not start
                    // with "，" or "）" nor end with "（", but browsers do not apply that rule
                    // across a <math> element.
                    output += before
                    output += "<span class=\"nobr\">\(glued.lead)\(renderMath(span).html)\(glued.trail)</span>"
                    break
                }
                output += alone ? before.dropLast(3) : before
                output += renderMath(span).html
                pendingParagraphClose = alone
            case .reference where index < document.references.count:
                output += before
                output += renderReference(document.references[index]).html
            default:
                output += before
            }
            if pendingParagraphClose {
                rest = rest.dropFirst(4)
                pendingParagraphClose = false
            }
        }
        output += rest
        return output
    }

    static let openingPunctuation: Set<Character> = ["（", "《", "“", "‘", "「", "【", "("]
    static let closingPunctuation: Set<Character> = ["，", "。", "、", "；", "：", "）", "》", "”", "’", "」", "】", "！", "？", ")", ",", ".", ";", ":"]

    /// Takes the opening punctuation just before an inline formula and the closing punctuation
    /// just after it (at most two characters) out of the surrounding text; nil when there is none.
    static func glued(before: inout Substring, after rest: inout Substring) -> (lead: String, trail: String)? {
        var lead = ""
        if let last = before.last, openingPunctuation.contains(last) {
            lead = String(last)
            before = before.dropLast()
        }
        var trail = ""
        while trail.count < 2, let first = rest.first, closingPunctuation.contains(first) {
            trail.append(first)
            rest = rest.dropFirst()
        }
        return lead.isEmpty && trail.isEmpty ? nil : (lead, trail)
    }
}
