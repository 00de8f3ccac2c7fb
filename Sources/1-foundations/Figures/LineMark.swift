/// A series drawn as a line.
///
/// NaN values leave a gap (and are counted in a note below the chart); +∞ and −∞ are drawn as
/// an arrow with "+∞"/"−∞" at the top or bottom edge.
///
/// ```swift
/// LineMark(x: xs, y: pData, label: "p_data", color: FigurePalette.real, style: .dotted)
/// LineMark(x: xs, y: dOfX, label: "D(x)", color: FigurePalette.discriminator, style: .dashed)
/// ```
public struct LineMark: DrawableMark {
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    public var color: FigureColor?
    public var style: LineStyle
    public var width: Double

    /// A line through `(x[i], y[i])`; `label` appears in the legend.
    public init(x: [Double], y: [Double], label: String? = nil, color: FigureColor? = nil,
                style: LineStyle = .solid, width: Double = 2) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.style = style
        self.width = width
    }

    var name: String { FigureError.name("LineMark", label) }

    func validate() throws {
        try checkSeries(name, "x", x, "y", y)
        guard width.isFinite, width > 0 else { throw FigureError(name, "width must be positive, got \(width)") }
    }

    func collectExtent(into extent: inout DataExtent) {
        extent.add(x: x, y: y)
        extent.tightX = true
    }

    var explicitColor: FigureColor? { color }

    func draw(in context: inout PlotContext, color: FigureColor) {
        context.polyline(x: x, y: y, stroke: Stroke(color: color, width: width, style: style, roundCaps: style == .dotted))
    }

    func legendEntry(color: FigureColor) -> LegendEntry? {
        label.map { LegendEntry(label: $0, color: color, swatch: .line(style, width: width)) }
    }

    var summary: String { "line \(label.map { "“\($0)” " } ?? "")with \(x.count) points" }
}

/// A filled band between `yLow` (zero by default) and `y`.
///
/// ```swift
/// AreaMark(x: xs, y: density, label: "p_g", color: FigurePalette.generated)
/// ```
public struct AreaMark: DrawableMark {
    public var x: [Double]
    public var y: [Double]
    public var yLow: [Double]?
    public var label: String?
    public var color: FigureColor?
    public var opacity: Double

    /// A band from `yLow` (or 0) up to `y`.
    public init(x: [Double], y: [Double], yLow: [Double]? = nil, label: String? = nil,
                color: FigureColor? = nil, opacity: Double = 0.3) {
        self.x = x
        self.y = y
        self.yLow = yLow
        self.label = label
        self.color = color
        self.opacity = opacity
    }

    var name: String { FigureError.name("AreaMark", label) }

    func validate() throws {
        try checkSeries(name, "x", x, "y", y)
        if let yLow { try checkSeries(name, "x", x, "yLow", yLow) }
        guard opacity.isFinite, (0...1).contains(opacity) else { throw FigureError(name, "opacity must be in 0...1, got \(opacity)") }
    }

    func collectExtent(into extent: inout DataExtent) {
        extent.add(x: x, y: y)
        if let yLow { for value in yLow { extent.addY(value) } } else {
            extent.addY(0)
            extent.anchoredAtZero = true
        }
        extent.tightX = true
    }

    var explicitColor: FigureColor? { color }

    func draw(in context: inout PlotContext, color: FigureColor) {
        let low = yLow ?? [Double](repeating: context.y.type == .log ? context.y.lower : 0, count: x.count)
        context.band(x: x, low: low, high: y, color: color, opacity: opacity)
    }

    func legendEntry(color: FigureColor) -> LegendEntry? {
        label.map { LegendEntry(label: $0, color: color, swatch: .area, opacity: opacity) }
    }

    var summary: String { "area \(label.map { "“\($0)” " } ?? "")with \(x.count) points" }
}
