import Foundation
import PortableMath

/// Arrows from `(x[i], y[i])` to `(x[i] + scale·dx[i], y[i] + scale·dy[i])`: a vector field
/// such as the gradient the discriminator gives generated samples.
///
/// ```swift
/// ArrowMark(x: gx, y: gy, dx: gradX, dy: gradY, scale: 0.2, label: "∇D", color: FigurePalette.discriminator)
/// ```
public struct ArrowMark: DrawableMark {
    public var x: [Double]
    public var y: [Double]
    public var dx: [Double]
    public var dy: [Double]
    public var scale: Double
    public var label: String?
    public var color: FigureColor?
    public var width: Double

    /// Arrows with tails at `(x, y)` and vectors `(dx, dy)` in data units, multiplied by `scale`.
    public init(x: [Double], y: [Double], dx: [Double], dy: [Double], scale: Double = 1,
                label: String? = nil, color: FigureColor? = nil, width: Double = 1.2) {
        self.x = x
        self.y = y
        self.dx = dx
        self.dy = dy
        self.scale = scale
        self.label = label
        self.color = color
        self.width = width
    }

    var name: String { FigureError.name("ArrowMark", label) }

    func validate() throws {
        try checkSeries(name, "x", x, "y", y)
        try checkSeries(name, "x", x, "dx", dx)
        try checkSeries(name, "x", x, "dy", dy)
        guard scale.isFinite else { throw FigureError(name, "scale must be finite, got \(scale)") }
    }

    func collectExtent(into extent: inout DataExtent) {
        for index in x.indices {
            extent.addX(x[index]); extent.addY(y[index])
            extent.addX(x[index] + scale * dx[index]); extent.addY(y[index] + scale * dy[index])
        }
    }

    var explicitColor: FigureColor? { color }

    func draw(in context: inout PlotContext, color: FigureColor) {
        var shafts: [[Point]] = [], heads: [[Point]] = []
        for index in x.indices {
            let values = [x[index], y[index], dx[index], dy[index]]
            if values.contains(where: \.isNaN) { context.skippedNaN += 1; continue }
            let endX = x[index] + scale * dx[index], endY = y[index] + scale * dy[index]
            guard context.x.accepts(x[index]), context.y.accepts(y[index]),
                  context.x.accepts(endX), context.y.accepts(endY) else { context.skippedOutOfScale += 1; continue }
            let tail = context.point(x[index], y[index]), tip = context.point(endX, endY)
            let length = PortableMath.hypot(tip.x - tail.x, tip.y - tail.y)
            guard length > 0.5, context.plot.contains(tail), context.plot.contains(tip) else { continue }
            let ux = (tip.x - tail.x) / length, uy = (tip.y - tail.y) / length
            let headLength = min(6, length * 0.4), headHalf = headLength * 0.5
            let base = Point(x: tip.x - ux * headLength, y: tip.y - uy * headLength)
            shafts.append([tail, base])
            heads.append([Point(x: base.x - uy * headHalf, y: base.y + ux * headHalf), tip,
                          Point(x: base.x + uy * headHalf, y: base.y - ux * headHalf)])
        }
        context.record(shafts)
        guard !shafts.isEmpty else { return }
        context.items.append(.path(subpaths: shafts, closed: false, fill: nil, stroke: Stroke(color: color, width: width), opacity: 1))
        context.items.append(.path(subpaths: heads, closed: true, fill: color, stroke: nil, opacity: 1))
    }

    func legendEntry(color: FigureColor) -> LegendEntry? {
        label.map { LegendEntry(label: $0, color: color, swatch: .line(.solid, width: width)) }
    }

    var summary: String { "\(x.count) arrows\(label.map { " “\($0)”" } ?? "")" }
}
