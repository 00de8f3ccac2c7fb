import PNGCodec

/// A 2-D function on a grid drawn as colours (for example a discriminator's output over the
/// plane), with a colour bar and optional contour lines.
///
/// `values` is row-major: `values[row * x.count + column]` is the value at `(x[column], y[row])`.
///
/// ```swift
/// HeatMap(x: -3...3, y: -3...3, resolution: 80, label: "D(x)", contourLevels: [0.5]) { a, b in
///     1 / (1 + exp(-(a * a + b * b - 2)))
/// }
/// ```
public struct HeatMap: DrawableMark {
    public var x: [Double]
    public var y: [Double]
    public var values: [Double]
    public var colorMap: ColorMap
    /// Values mapped to the ends of the colour map; nil uses the finite values' range.
    public var valueRange: ClosedRange<Double>?
    /// Values at which contour lines are drawn.
    public var contourLevels: [Double]
    /// Title of the colour bar.
    public var label: String?
    public var showsColorBar: Bool

    /// A heat map of grid values (`y.count × x.count`, row-major; x and y evenly spaced centres).
    public init(x: [Double], y: [Double], values: [Double], colorMap: ColorMap = .viridis,
                valueRange: ClosedRange<Double>? = nil, contourLevels: [Double] = [],
                label: String? = nil, showsColorBar: Bool = true) {
        self.x = x
        self.y = y
        self.values = values
        self.colorMap = colorMap
        self.valueRange = valueRange
        self.contourLevels = contourLevels
        self.label = label
        self.showsColorBar = showsColorBar
    }

    /// A heat map of `function(x, y)` sampled at `resolution × resolution` points.
    public init(x xRange: ClosedRange<Double>, y yRange: ClosedRange<Double>, resolution: Int = 60,
                colorMap: ColorMap = .viridis, valueRange: ClosedRange<Double>? = nil,
                contourLevels: [Double] = [], label: String? = nil, showsColorBar: Bool = true,
                function: (Double, Double) -> Double) {
        let count = max(resolution, 0)
        func grid(_ range: ClosedRange<Double>) -> [Double] {
            guard count > 1 else { return count == 1 ? [range.lowerBound] : [] }
            return (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1) }
        }
        let xs = grid(xRange), ys = grid(yRange)
        var values: [Double] = []
        values.reserveCapacity(xs.count * ys.count)
        for b in ys { for a in xs { values.append(function(a, b)) } }
        self.init(x: xs, y: ys, values: values, colorMap: colorMap, valueRange: valueRange,
                  contourLevels: contourLevels, label: label, showsColorBar: showsColorBar)
    }

    var name: String { FigureError.name("HeatMap", label) }

    func validate() throws {
        guard x.count >= 2, y.count >= 2 else {
            throw FigureError(name, "needs at least 2 x and 2 y positions, got \(x.count) x and \(y.count) y")
        }
        guard values.count == x.count * y.count else {
            throw FigureError(name, "values has \(values.count) entries but x × y is \(x.count) × \(y.count) = \(x.count * y.count)")
        }
        guard x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite), x[x.count - 1] > x[0], y[y.count - 1] > y[0] else {
            throw FigureError(name, "x and y must be finite and increasing")
        }
        if let valueRange, !(valueRange.lowerBound.isFinite && valueRange.upperBound.isFinite) {
            throw FigureError(name, "valueRange must be finite, got \(valueRange)")
        }
    }

    var cellWidth: Double { (x[x.count - 1] - x[0]) / Double(x.count - 1) }
    var cellHeight: Double { (y[y.count - 1] - y[0]) / Double(y.count - 1) }

    func collectExtent(into extent: inout DataExtent) {
        extent.addX(x[0] - cellWidth / 2); extent.addX(x[x.count - 1] + cellWidth / 2)
        extent.addY(y[0] - cellHeight / 2); extent.addY(y[y.count - 1] + cellHeight / 2)
        extent.tightX = true
        extent.tightY = true
    }

    var explicitColor: FigureColor? { nil }
    var usesSeriesColor: Bool { false }
    var needsColorBar: Bool { showsColorBar }

    /// The value range mapped onto the colour map.
    var resolvedRange: (Double, Double) {
        if let valueRange { return (valueRange.lowerBound, max(valueRange.upperBound, valueRange.lowerBound + 1e-12)) }
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return (0, 1) }
        return high > low ? (low, high) : (low - 0.5, high + 0.5)
    }

    func draw(in context: inout PlotContext, color: FigureColor) {
        let (low, high) = resolvedRange
        // Only the cells that overlap the axes' domains (a fixed range may show part of the grid).
        let xLow = min(context.x.lower, context.x.upper), xHigh = max(context.x.lower, context.x.upper)
        let yLow = min(context.y.lower, context.y.upper), yHigh = max(context.y.lower, context.y.upper)
        let columns = x.indices.filter { x[$0] + cellWidth / 2 > xLow && x[$0] - cellWidth / 2 < xHigh }
        let rows = y.indices.filter { y[$0] + cellHeight / 2 > yLow && y[$0] - cellHeight / 2 < yHigh }
        context.skippedNaN += values.count(where: \.isNaN)
        guard let c0 = columns.first, let c1 = columns.last, let r0 = rows.first, let r1 = rows.last else { return }
        var pixels = [UInt8]()
        pixels.reserveCapacity((c1 - c0 + 1) * (r1 - r0 + 1) * 4)
        for row in stride(from: r1, through: r0, by: -1) {
            for column in c0...c1 {
                let value = values[row * x.count + column]
                if value.isNaN { pixels += [0, 0, 0, 0]; continue }
                let (r, g, b) = colorMap.rgb((value - low) / (high - low))
                pixels += [r, g, b, 255]
            }
        }
        let left = context.x.pixel(x[c0] - cellWidth / 2), right = context.x.pixel(x[c1] + cellWidth / 2)
        let top = context.y.pixel(y[r1] + cellHeight / 2), bottom = context.y.pixel(y[r0] - cellHeight / 2)
        if let image = try? PNGImage(width: c1 - c0 + 1, height: r1 - r0 + 1, channels: 4, pixels: pixels) {
            context.items.append(.image(image, in: Rect(x: left, y: top, width: right - left, height: bottom - top), smooth: true))
        }
        drawContours(in: &context)
        if showsColorBar, let bar = context.colorBar { drawColorBar(in: &context, rect: bar, low: low, high: high) }
    }

    private func drawContours(in context: inout PlotContext) {
        for level in contourLevels where level.isFinite {
            let segments = Contours.segments(x: x, y: y, values: values, level: level).compactMap { segment -> [Point]? in
                let a = context.point(segment.0.x, segment.0.y), b = context.point(segment.1.x, segment.1.y)
                return Clipping.segment(a, b, to: context.clipRect).map { [$0.0, $0.1] }
            }
            guard !segments.isEmpty else { continue }
            context.items.append(.path(subpaths: segments, closed: false, fill: nil,
                                       stroke: Stroke(color: FigureColor(hex: 0xFFFFFF), width: 1.2), opacity: 0.9))
        }
    }

    private func drawColorBar(in context: inout PlotContext, rect: Rect, low: Double, high: Double) {
        let steps = 64
        var pixels = [UInt8]()
        for index in stride(from: steps - 1, through: 0, by: -1) {
            let (r, g, b) = colorMap.rgb(Double(index) / Double(steps - 1))
            pixels += [r, g, b]
        }
        if let image = try? PNGImage(width: 1, height: steps, channels: 3, pixels: pixels) {
            context.items.append(.image(image, in: rect, smooth: true))
        }
        let foreground = FigurePalette.foreground
        context.items.append(.rects([rect], fill: nil, stroke: Stroke(color: foreground, width: 0.8), opacity: 1))
        var ticks: [[Point]] = []
        for tick in AxisScale.linearTicks(lower: low, upper: high, target: 5) {
            let py = rect.maxY - (tick.value - low) / (high - low) * rect.height
            ticks.append([Point(x: rect.maxX, y: py), Point(x: rect.maxX + 4, y: py)])
            context.items.append(.text(tick.label, at: Point(x: rect.maxX + 6, y: py + 4), size: 11, anchor: .start,
                                       color: foreground, bold: false, italic: false, rotated: false))
        }
        context.items.append(.path(subpaths: ticks, closed: false, fill: nil, stroke: Stroke(color: foreground, width: 0.8), opacity: 1))
        if let label {
            context.items.append(.text(label, at: Point(x: rect.midX, y: rect.minY - 12), size: 12, anchor: .middle,
                                       color: foreground, bold: false, italic: false, rotated: false))
        }
    }

    func legendEntry(color: FigureColor) -> LegendEntry? { nil }
    var summary: String { "heat map\(label.map { " of “\($0)”" } ?? "") on a \(x.count)×\(y.count) grid" }
}

/// Marching squares: contour segments of a grid function at one level, in data coordinates.
enum Contours {
    struct DataPoint { var x: Double; var y: Double }

    static func segments(x: [Double], y: [Double], values: [Double], level: Double) -> [(DataPoint, DataPoint)] {
        var result: [(DataPoint, DataPoint)] = []
        let columns = x.count
        for row in 0..<(y.count - 1) {
            for column in 0..<(columns - 1) {
                let v00 = values[row * columns + column], v10 = values[row * columns + column + 1]
                let v01 = values[(row + 1) * columns + column], v11 = values[(row + 1) * columns + column + 1]
                guard v00.isFinite, v10.isFinite, v01.isFinite, v11.isFinite else { continue }
                let x0 = x[column], x1 = x[column + 1], y0 = y[row], y1 = y[row + 1]
                func cross(_ a: Double, _ b: Double) -> Double? {
                    (a < level) != (b < level) ? (level - a) / (b - a) : nil
                }
                // Edges in order: bottom, right, top, left.
                var points: [DataPoint?] = [
                    cross(v00, v10).map { DataPoint(x: x0 + $0 * (x1 - x0), y: y0) },
                    cross(v10, v11).map { DataPoint(x: x1, y: y0 + $0 * (y1 - y0)) },
                    cross(v11, v01).map { DataPoint(x: x1 + $0 * (x0 - x1), y: y1) },
                    cross(v01, v00).map { DataPoint(x: x0, y: y1 + $0 * (y0 - y1)) },
                ]
                let found = points.compactMap { $0 }
                if found.count == 2 {
                    result.append((found[0], found[1]))
                } else if found.count == 4 {
                    // Saddle: the centre decides which corners are joined.
                    let centreAbove = (v00 + v10 + v01 + v11) / 4 >= level
                    if centreAbove == (v00 >= level) {
                        result.append((found[0], found[1])); result.append((found[2], found[3]))
                    } else {
                        result.append((found[3], found[0])); result.append((found[1], found[2]))
                    }
                }
                points.removeAll()
            }
        }
        return result
    }
}
