/// A horizontal or vertical reference line across the plot, with an optional label.
///
/// ```swift
/// RuleMark(y: log(2), label: "log 2")
/// RuleMark(x: 0, style: .dotted)
/// ```
public struct RuleMark: DrawableMark {
    enum Orientation: Sendable { case vertical, horizontal }
    let orientation: Orientation
    public var value: Double
    public var label: String?
    public var color: FigureColor?
    public var style: LineStyle

    /// A vertical line at `x`.
    public init(x: Double, label: String? = nil, color: FigureColor? = nil, style: LineStyle = .dashed) {
        orientation = .vertical
        value = x
        self.label = label
        self.color = color
        self.style = style
    }

    /// A horizontal line at `y`.
    public init(y: Double, label: String? = nil, color: FigureColor? = nil, style: LineStyle = .dashed) {
        orientation = .horizontal
        value = y
        self.label = label
        self.color = color
        self.style = style
    }

    var name: String { FigureError.name("RuleMark", label) }

    func validate() throws {
        guard value.isFinite else { throw FigureError(name, "position must be finite, got \(value)") }
    }

    func collectExtent(into extent: inout DataExtent) {
        orientation == .vertical ? extent.addX(value) : extent.addY(value)
    }

    var explicitColor: FigureColor? { color }
    var usesSeriesColor: Bool { false }

    func draw(in context: inout PlotContext, color: FigureColor) {
        let color = self.color ?? FigurePalette.muted
        let plot = context.plot
        let stroke = Stroke(color: color, width: 1.2, style: style)
        let a: Point, b: Point
        if orientation == .vertical {
            guard context.x.accepts(value) else { context.skippedOutOfScale += 1; return }
            let px = context.x.pixel(value)
            guard px >= plot.minX - 0.5, px <= plot.maxX + 0.5 else { return }
            a = Point(x: px, y: plot.minY); b = Point(x: px, y: plot.maxY)
        } else {
            guard context.y.accepts(value) else { context.skippedOutOfScale += 1; return }
            let py = context.y.pixel(value)
            guard py >= plot.minY - 0.5, py <= plot.maxY + 0.5 else { return }
            a = Point(x: plot.minX, y: py); b = Point(x: plot.maxX, y: py)
        }
        context.items.append(.path(subpaths: [[a, b]], closed: false, fill: nil, stroke: stroke, opacity: 1))
        let length = max(abs(b.x - a.x), abs(b.y - a.y))
        for step in stride(from: 0.0, through: length, by: 8) {
            let t = length > 0 ? step / length : 0
            context.occupancy.append(Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
        }
        guard let label else { return }
        let position = orientation == .vertical
            ? Point(x: a.x + 4, y: plot.minY + 13)
            : Point(x: plot.maxX - 4, y: a.y - 4)
        let anchor: TextAnchor = orientation == .vertical ? .start : .end
        context.items.append(.text(label, at: position, size: 11, anchor: anchor, color: color, bold: false, italic: false, rotated: false))
        context.recordText(label, at: position, size: 11, anchor: anchor)
    }

    func legendEntry(color: FigureColor) -> LegendEntry? { nil }

    var summary: String {
        "\(orientation == .vertical ? "vertical" : "horizontal") rule at \(NumberFormat.short(value))\(label.map { " “\($0)”" } ?? "")"
    }
}
