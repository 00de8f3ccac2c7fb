/// Vertical bars centred at `x` with heights `height`, drawn from zero.
///
/// ```swift
/// BarMark(x: [0, 1, 2], height: [0.2, 0.5, 0.3], label: "P")
/// ```
public struct BarMark: DrawableMark {
    public var x: [Double]
    public var height: [Double]
    /// Bar width in data units; nil uses 80 % of the smallest gap between centres.
    public var width: Double?
    public var label: String?
    public var color: FigureColor?
    public var opacity: Double

    /// Bars at centres `x`.
    public init(x: [Double], height: [Double], width: Double? = nil, label: String? = nil,
                color: FigureColor? = nil, opacity: Double = 0.85) {
        self.x = x
        self.height = height
        self.width = width
        self.label = label
        self.color = color
        self.opacity = opacity
    }

    var name: String { FigureError.name("BarMark", label) }

    func validate() throws {
        try checkSeries(name, "x", x, "height", height)
        if let width, !(width.isFinite && width > 0) { throw FigureError(name, "width must be positive, got \(width)") }
    }

    var barWidth: Double {
        if let width { return width }
        let sorted = x.filter(\.isFinite).sorted()
        var gap = Double.infinity
        for index in sorted.indices.dropFirst() where sorted[index] > sorted[index - 1] {
            gap = min(gap, sorted[index] - sorted[index - 1])
        }
        return gap.isFinite ? gap * 0.8 : 0.8
    }

    func collectExtent(into extent: inout DataExtent) {
        let half = barWidth / 2
        for value in x where value.isFinite { extent.addX(value - half); extent.addX(value + half) }
        for value in height { extent.addY(value) }
        if extent.yType == .linear { extent.addY(0); extent.anchoredAtZero = true }
    }

    var explicitColor: FigureColor? { color }

    func draw(in context: inout PlotContext, color: FigureColor) {
        let rects = context.bars(centres: x, heights: height, width: barWidth)
        guard !rects.isEmpty else { return }
        context.items.append(.rects(rects, fill: color, stroke: nil, opacity: opacity))
    }

    func legendEntry(color: FigureColor) -> LegendEntry? {
        label.map { LegendEntry(label: $0, color: color, swatch: .bar, opacity: opacity) }
    }

    var summary: String { "\(x.count) bars\(label.map { " “\($0)”" } ?? "")" }
}

extension PlotContext {
    /// Pixel rectangles of bars (NaN skipped, ∞ marked with an arrow, clipped to the plot).
    mutating func bars(centres: [Double], heights: [Double], width: Double) -> [Rect] {
        var rects: [Rect] = []
        let base = y.type == .log ? plot.maxY : min(max(y.pixel(0), plot.minY), plot.maxY)
        for index in 0..<min(centres.count, heights.count) {
            let centre = centres[index], value = heights[index]
            if centre.isNaN || value.isNaN { skippedNaN += 1; continue }
            guard x.accepts(centre - width / 2), x.accepts(centre + width / 2) else { skippedOutOfScale += 1; continue }
            let left = x.pixel(centre - width / 2), right = x.pixel(centre + width / 2)
            if value.isInfinite { infinityMarker(at: (left + right) / 2, up: value > 0, color: FigurePalette.foreground) }
            let top = clampedPixelY(value)
            let x0 = max(min(left, right), plot.minX), x1 = min(max(left, right), plot.maxX)
            let y0 = max(min(top, base), plot.minY), y1 = min(max(top, base), plot.maxY)
            guard x1 > x0, y1 > y0 else { continue }
            rects.append(Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0))
            occupancy.append(Point(x: (x0 + x1) / 2, y: y0))
        }
        return rects
    }
}

/// A histogram of `values` in `bins` equal-width bins, as counts or as a density (area 1).
///
/// ```swift
/// Histogram(samples, bins: 40, density: true, label: "生成样本", color: FigurePalette.generated)
/// ```
public struct Histogram: DrawableMark {
    public var values: [Double]
    public var bins: Int
    public var density: Bool
    /// Range of the bins; nil uses the finite values' range.
    public var range: ClosedRange<Double>?
    public var label: String?
    public var color: FigureColor?
    public var opacity: Double

    /// Bins `values` (NaN and ±∞ skipped and counted in the chart's note).
    public init(_ values: [Double], bins: Int = 30, density: Bool = false, range: ClosedRange<Double>? = nil,
                label: String? = nil, color: FigureColor? = nil, opacity: Double = 0.6) {
        self.values = values
        self.bins = bins
        self.density = density
        self.range = range
        self.label = label
        self.color = color
        self.opacity = opacity
    }

    var name: String { FigureError.name("Histogram", label) }

    func validate() throws {
        guard bins > 0 else { throw FigureError(name, "bins must be positive, got \(bins)") }
        guard bins <= 100_000 else { throw FigureError(name, "bins must be at most 100000, got \(bins)") }
        guard !values.isEmpty else { throw FigureError(name, "the series is empty (values has 0 values)") }
        if let range, !(range.lowerBound.isFinite && range.upperBound.isFinite) {
            throw FigureError(name, "range must be finite, got \(range)")
        }
    }

    /// Bin edges and heights (count or density).
    func binned() -> (lower: Double, width: Double, heights: [Double]) {
        let finite = values.filter(\.isFinite)
        var low = range?.lowerBound ?? finite.min() ?? 0
        var high = range?.upperBound ?? finite.max() ?? 1
        if high <= low { low -= 0.5; high += 0.5 }
        let width = (high - low) / Double(bins)
        var counts = [Double](repeating: 0, count: bins)
        var total = 0.0
        for value in finite where value >= low && value <= high {
            let position = (value - low) / width
            let index = position.isFinite ? min(bins - 1, max(0, Int(position))) : 0
            counts[index] += 1
            total += 1
        }
        if density, total > 0 { counts = counts.map { $0 / (total * width) } }
        return (low, width, counts)
    }

    func collectExtent(into extent: inout DataExtent) {
        let (low, width, heights) = binned()
        extent.addX(low)
        extent.addX(low + width * Double(bins))
        for value in heights { extent.addY(value) }
        if extent.yType == .linear { extent.addY(0); extent.anchoredAtZero = true }
        extent.tightX = true
    }

    var explicitColor: FigureColor? { color }

    func draw(in context: inout PlotContext, color: FigureColor) {
        let (low, width, heights) = binned()
        let centres = (0..<bins).map { low + (Double($0) + 0.5) * width }
        context.skippedNaN += values.count(where: \.isNaN)
        context.skippedOutOfScale += values.count(where: \.isInfinite)
        let rects = context.bars(centres: centres, heights: heights, width: width)
        guard !rects.isEmpty else { return }
        context.items.append(.rects(rects, fill: color, stroke: Stroke(color: FigurePalette.background, width: 0.5), opacity: opacity))
    }

    func legendEntry(color: FigureColor) -> LegendEntry? {
        label.map { LegendEntry(label: $0, color: color, swatch: .bar, opacity: opacity) }
    }

    var summary: String { "histogram\(label.map { " “\($0)”" } ?? "") of \(values.count) values in \(bins) bins" }
}
