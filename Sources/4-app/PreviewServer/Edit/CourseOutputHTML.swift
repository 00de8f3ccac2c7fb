import Course
import Foundation
import MarkupText

/// The course's frozen output of one cell as a small HTML fragment, for 对比 (compare): figures
/// inline (SVG) or as data URLs (PNG), text and values as preformatted text, tables as tables.
enum CourseOutputHTML {
    static func html(_ cell: FrozenCell, slug: String, store: FreezeStore) -> String {
        if let failure = cell.failure { return "<pre class=\"gb-compare-error\">\(MarkupText.escape(failure.message))</pre>" }
        return cell.outputs.map { output -> String in
            switch output {
            case .text(let text), .value(let text):
                return "<pre>\(MarkupText.escape(text))</pre>"
            case .svg(let file, _):
                guard let bytes = store.asset(slug: slug, file: file) else { return "<p>(\(MarkupText.escape(file)) missing)</p>" }
                return "<div class=\"gb-compare-figure\">\(String(decoding: bytes, as: UTF8.self))</div>"
            case .png(let file, let width, let height):
                guard let bytes = store.asset(slug: slug, file: file) else { return "<p>(\(MarkupText.escape(file)) missing)</p>" }
                return "<img alt=\"\" width=\"\(width)\" height=\"\(height)\" src=\"data:image/png;base64,\(Data(bytes).base64EncodedString())\">"
            case .table(let header, let rows):
                let head = header.map { "<th>\(MarkupText.escape($0))</th>" }.joined()
                let body = rows.map { "<tr>" + $0.map { "<td>\(MarkupText.escape($0))</td>" }.joined() + "</tr>" }.joined()
                return "<table><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
            }
        }.joined()
    }
}
