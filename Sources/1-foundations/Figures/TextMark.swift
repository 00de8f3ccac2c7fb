/// A text annotation at a data position.
///
/// ```swift
/// TextMark(x: 0, y: 0.69, text: "JS 饱和于 log 2", anchor: .start)
/// ```
public struct TextMark: DrawableMark {
    public var x: Double
    public var y: Double
    public var text: String
    public var anchor: TextAnchor
    public var color: FigureColor?
    public var size: Double

    /// Text whose anchor point is `(x, y)`.
    public init(x: Double, y: Double, text: String, anchor: TextAnchor = .middle,
                color: FigureColor? = nil, size: Double = 12) {
        self.x = x
        self.y = y
        self.text = text
        self.anchor = anchor
        self.color = color
        self.size = size
    }

    func validate() throws {
        guard x.isFinite, y.isFinite else { throw FigureError("TextMark \"\(text)\"", "position must be finite, got (\(x), \(y))") }
        guard size.isFinite, size > 0 else { throw FigureError("TextMark \"\(text)\"", "size must be positive, got \(size)") }
    }

    func collectExtent(into extent: inout DataExtent) {}
    var explicitColor: FigureColor? { color }
    var usesSeriesColor: Bool { false }

    func draw(in context: inout PlotContext, color: FigureColor) {
        guard context.x.accepts(x), context.y.accepts(y) else { context.skippedOutOfScale += 1; return }
        let p = context.point(x, y)
        guard context.clipRect.contains(p) else { return }
        context.items.append(.text(text, at: p, size: size, anchor: anchor, color: self.color ?? FigurePalette.foreground,
                                   bold: false, italic: false, rotated: false))
        context.recordText(text, at: p, size: size, anchor: anchor)
    }

    func legendEntry(color: FigureColor) -> LegendEntry? { nil }
    var summary: String { "note “\(text)”" }
}
