/// A scatter of points (2-D samples of real or generated data).
///
/// ```swift
/// PointMark(x: realX, y: realY, label: "真实样本", color: FigurePalette.real, size: 3, opacity: 0.6)
/// PointMark(x: fakeX, y: fakeY, label: "生成样本", color: FigurePalette.generated, sizes: radii)
/// ```
public struct PointMark: DrawableMark {
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    public var color: FigureColor?
    /// Radius in pixels of every point.
    public var size: Double
    /// Optional radius per point (overrides `size`).
    public var sizes: [Double]?
    public var opacity: Double

    /// Points at `(x[i], y[i])`.
    public init(x: [Double], y: [Double], label: String? = nil, color: FigureColor? = nil,
                size: Double = 3, sizes: [Double]? = nil, opacity: Double = 0.8) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.size = size
        self.sizes = sizes
        self.opacity = opacity
    }

    var name: String { FigureError.name("PointMark", label) }

    func validate() throws {
        try checkSeries(name, "x", x, "y", y)
        if let sizes { try checkSeries(name, "x", x, "sizes", sizes) }
        guard size.isFinite, size > 0 else { throw FigureError(name, "size must be positive, got \(size)") }
        guard opacity.isFinite, (0...1).contains(opacity) else { throw FigureError(name, "opacity must be in 0...1, got \(opacity)") }
    }

    func collectExtent(into extent: inout DataExtent) { extent.add(x: x, y: y) }

    var explicitColor: FigureColor? { color }

    func draw(in context: inout PlotContext, color: FigureColor) {
        var centers: [Point] = [], radii: [Double] = []
        var seen = Set<Int64>()
        let thin = x.count > 2000
        for index in 0..<x.count {
            let vx = x[index], vy = y[index]
            if vx.isNaN || vy.isNaN { context.skippedNaN += 1; continue }
            if vy.isInfinite, context.x.accepts(vx) {
                context.infinityMarker(at: context.x.pixel(vx), up: vy > 0, color: color)
                continue
            }
            guard context.x.accepts(vx), context.y.accepts(vy) else { context.skippedOutOfScale += 1; continue }
            let p = context.point(vx, vy)
            guard context.plot.contains(p) else { continue }
            let radius = sizes.map { max(0, $0[index].isFinite ? $0[index] : 0) } ?? size
            if thin {
                let key = Int64((p.x * 2).rounded()) << 32 | Int64((p.y * 2).rounded()) << 12 | Int64(min(radius * 4, 4095))
                if !seen.insert(key).inserted { continue }
            }
            centers.append(p)
            radii.append(radius)
        }
        context.recordPoints(centers)
        guard !centers.isEmpty else { return }
        let uniform = radii.allSatisfy { $0 == radii[0] }
        context.items.append(.circles(centers: centers, radii: uniform ? [radii[0]] : radii, fill: color, opacity: opacity))
    }

    func legendEntry(color: FigureColor) -> LegendEntry? {
        label.map { LegendEntry(label: $0, color: color, swatch: .point) }
    }

    var summary: String { "scatter \(label.map { "“\($0)” " } ?? "")of \(x.count) points" }
}
