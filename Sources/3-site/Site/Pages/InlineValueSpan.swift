import Course
import Foundation

/// An inline value (`` `{swift} expr` `` in prose) as HTML: the frozen value as plain text inside
/// the sentence, in a `<span class="inline-value">` whose title names the expression and where it
/// is written. A value that is missing (the cell did not run), failed or is not text renders as a
/// marked `?` with the reason in its title, and is reported as a warning by the build.
enum InlineValueSpan {
    /// The span for `cell`, whose frozen entry is `entry` (nil when it has none); `path` names the
    /// lesson as the course knows it (`lessons/02-gan-math.md`), never a machine's absolute path.
    static func render(_ cell: CellSource, _ entry: FrozenCell?, path: String) -> (html: HTMLNode, problem: String?) {
        let origin = "{swift} \(cell.source) · \(path):\(cell.codeLine)"
        guard let entry else {
            return marked("no frozen value (run `ganbook build`)", origin: origin)
        }
        if let failure = entry.failure { return marked(failure.message, origin: origin) }
        if let reason = entry.skippedBecause { return marked(reason, origin: origin) }
        var text = ""
        for output in entry.outputs {
            switch output {
            case .text(let printed): text += printed
            case .value(let value): text += value
            case .svg, .png, .table: return marked("an inline value must be text, not a figure or a table", origin: origin)
            }
        }
        text = text.trimmingCharacters(in: .newlines)
        guard !text.isEmpty else { return marked("the expression has no value to show", origin: origin) }
        return (.el("span", [("class", "inline-value"), ("title", origin)], [.text(text)]), nil)
    }

    private static func marked(_ reason: String, origin: String) -> (html: HTMLNode, problem: String?) {
        (.el("span", [("class", "inline-value missing"), ("title", "\(origin): \(reason)")], [.text("?")]),
         "\(origin): \(reason)")
    }
}
