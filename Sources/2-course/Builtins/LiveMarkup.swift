import CellScript
import Foundation
import MarkupText

/// What `showLive(_:)` sends to a page that shows the running cell: a figure's SVG, an image as
/// a PNG data URL, text escaped in a `<pre>`; nil for a table (the page keeps the previous state).
enum LiveMarkup {
    static func markup(of value: Value) throws -> String? {
        guard case .object(let object as Displayable) = value else {
            return "<pre>" + MarkupText.escape(value.description) + "</pre>"
        }
        switch try object.rendered() {
        case .svg(let svg, _):
            return svg
        case .png(let bytes, let width, let height):
            return "<img alt=\"\" width=\"\(width)\" height=\"\(height)\" src=\"data:image/png;base64,\(Data(bytes).base64EncodedString())\">"
        case .text(let text):
            return "<pre>" + MarkupText.escape(text) + "</pre>"
        case .table:
            return nil
        }
    }
}
