/// The drawing state of one chart's plot area: scales, clipping, and what was skipped.
///
/// Marks call its helpers, which map data to pixels, split series at NaN, thin long series,
/// clip to the plot, and turn ±∞ into arrows at the top or bottom edge.
struct PlotContext {
    let plot: Rect
    let x: AxisScale
    let y: AxisScale
    /// A band below the x axis for `MappingMark` (z line at the bottom, x line at the top).
    var mappingBand: Rect?
    /// Where a heat map's colour bar goes.
    var colorBar: Rect?
    var items: [SceneItem] = []
    /// NaN values not drawn.
    var skippedNaN = 0
    /// Values that cannot be placed: non-positive on a log axis, or infinite x.
    var skippedOutOfScale = 0
    /// Pixel positions of drawn data, sampled, for placing the legend where it hides least.
    var occupancy: [Point] = []
    /// x pixel positions of ±∞ markers already drawn (to avoid piling them up).
    private var infinityMarkers: [(x: Double, up: Bool)] = []

    init(plot: Rect, x: AxisScale, y: AxisScale) {
        self.plot = plot
        self.x = x
        self.y = y
    }

    /// The plot rectangle grown by a little, so strokes at the edge are not cut in half.
    var clipRect: Rect { plot.insetBy(-1) }

    func point(_ vx: Double, _ vy: Double) -> Point { Point(x: x.pixel(vx), y: y.pixel(vy)) }

    /// Draws a data series as a polyline with NaN gaps, ±∞ arrows, thinning and clipping.
    ///
    /// A run of +∞ (or −∞) values is drawn as an arrow with "+∞" at the plot's top (bottom) edge,
    /// a thin dotted line along that edge over the run, and dotted connectors to the finite
    /// neighbours, so the curve never shows a false finite value.
    mutating func polyline(x xs: [Double], y ys: [Double], stroke: Stroke) {
        var runs: [[Point]] = []
        var connectors: [[Point]] = []
        var current: [Point] = []
        var infiniteRun: (start: Point, end: Point, up: Bool)?
        func closeInfiniteRun() {
            if let run = infiniteRun, run.end.x != run.start.x { connectors.append([run.start, run.end]) }
            infiniteRun = nil
        }
        for index in 0..<min(xs.count, ys.count) {
            let vx = xs[index], vy = ys[index]
            if vx.isNaN || vy.isNaN || !x.accepts(vx) || !(vy.isInfinite || y.accepts(vy)) {
                if vx.isNaN || vy.isNaN { skippedNaN += 1 } else { skippedOutOfScale += 1 }
                closeInfiniteRun()
                flush(&current, into: &runs)
                continue
            }
            if vy.isInfinite {
                let up = vy > 0
                let edge = Point(x: x.pixel(vx), y: up ? plot.minY : plot.maxY)
                if let run = infiniteRun, run.up == up {
                    infiniteRun?.end = edge
                    continue
                }
                closeInfiniteRun()
                if let last = current.last { connectors.append([last, edge]) }
                flush(&current, into: &runs)
                infinityMarker(at: edge.x, up: up, color: stroke.color)
                infiniteRun = (edge, edge, up)
                continue
            }
            let p = point(vx, vy)
            if let run = infiniteRun {
                connectors.append([run.end, p])
                closeInfiniteRun()
            }
            current.append(p)
        }
        closeInfiniteRun()
        flush(&current, into: &runs)
        var subpaths: [[Point]] = []
        for run in runs {
            subpaths.append(contentsOf: Clipping.polyline(Thinning.polyline(run), to: clipRect))
        }
        record(subpaths)
        if !subpaths.isEmpty {
            items.append(.path(subpaths: subpaths, closed: false, fill: nil, stroke: stroke, opacity: 1))
        }
        let clippedConnectors = connectors.flatMap { Clipping.polyline($0, to: clipRect) }
        if !clippedConnectors.isEmpty {
            let thin = Stroke(color: stroke.color, width: max(1, stroke.width * 0.6), style: .dotted, roundCaps: true)
            items.append(.path(subpaths: clippedConnectors, closed: false, fill: nil, stroke: thin, opacity: 0.8))
        }
    }

    private func flush(_ current: inout [Point], into runs: inout [[Point]]) {
        if current.count > 1 { runs.append(current) }
        current = []
    }

    /// Fills the region between two series (split at NaN; ±∞ clamped to the edges).
    mutating func band(x xs: [Double], low: [Double], high: [Double], color: FigureColor, opacity: Double) {
        var upper: [Point] = [], lower: [Point] = []
        func emit() {
            if upper.count > 1 {
                let polygon = Thinning.byDistance(upper) + Thinning.byDistance(lower.reversed())
                let clipped = Clipping.polygon(polygon, to: plot)
                if clipped.count > 2 {
                    items.append(.path(subpaths: [clipped], closed: true, fill: color, stroke: nil, opacity: opacity))
                    record([upper])
                }
            }
            upper = []; lower = []
        }
        for index in 0..<xs.count {
            let vx = xs[index], a = low[index], b = high[index]
            if vx.isNaN || a.isNaN || b.isNaN { skippedNaN += 1; emit(); continue }
            guard x.accepts(vx) else { skippedOutOfScale += 1; emit(); continue }
            let px = x.pixel(vx)
            upper.append(Point(x: px, y: clampedPixelY(b)))
            lower.append(Point(x: px, y: clampedPixelY(a)))
        }
        emit()
    }

    /// Pixel y of a value, with ±∞ and non-positive log values placed just outside the edges.
    func clampedPixelY(_ value: Double) -> Double {
        if value.isInfinite { return value > 0 ? plot.minY - 2 : plot.maxY + 2 }
        if !y.accepts(value) { return plot.maxY + 2 }
        return min(max(y.pixel(value), plot.minY - 2), plot.maxY + 2)
    }

    /// An upward (or downward) arrow with "+∞" at the plot edge.
    mutating func infinityMarker(at px: Double, up: Bool, color: FigureColor) {
        guard px >= plot.minX - 1, px <= plot.maxX + 1 else { return }
        if infinityMarkers.contains(where: { $0.up == up && abs($0.x - px) < 28 }) { return }
        infinityMarkers.append((px, up))
        let tip = up ? plot.minY : plot.maxY
        let direction = up ? 1.0 : -1.0
        let shaft = [Point(x: px, y: tip + direction * 14), Point(x: px, y: tip + direction * 1)]
        let head = [Point(x: px - 4, y: tip + direction * 7), Point(x: px, y: tip), Point(x: px + 4, y: tip + direction * 7)]
        items.append(.path(subpaths: [shaft], closed: false, fill: nil, stroke: Stroke(color: color, width: 1.5), opacity: 1))
        items.append(.path(subpaths: [head], closed: true, fill: color, stroke: nil, opacity: 1))
        let labelX = px + 6 > plot.maxX - 20 ? px - 6 : px + 6
        items.append(.text(up ? "+∞" : "−∞", at: Point(x: labelX, y: tip + direction * 13 + (up ? 0 : 4)),
                           size: 12, anchor: labelX < px ? .end : .start, color: color,
                           bold: false, italic: false, rotated: false))
    }

    /// Notes a drawn shape's points for legend placement: sampled along each segment every few
    /// pixels (so a steep line through a corner counts), at most about 4 000 samples per path.
    mutating func record(_ subpaths: [[Point]]) {
        for path in subpaths {
            guard let first = path.first else { continue }
            let step = max(1, path.count / 4000)
            occupancy.append(first)
            var previous = first
            for index in stride(from: step, to: path.count, by: step) {
                let point = path[index]
                let distance = max(abs(point.x - previous.x), abs(point.y - previous.y))
                let pieces = distance.isFinite ? min(Int(distance / 4), 50) : 0
                if pieces > 1 {
                    for piece in 1..<pieces {
                        let t = Double(piece) / Double(pieces)
                        occupancy.append(Point(x: previous.x + (point.x - previous.x) * t, y: previous.y + (point.y - previous.y) * t))
                    }
                }
                occupancy.append(point)
                previous = point
            }
        }
    }

    /// Notes separate points (a scatter) for legend placement.
    mutating func recordPoints(_ points: [Point]) {
        let step = max(1, points.count / 4000)
        for index in stride(from: 0, to: points.count, by: step) { occupancy.append(points[index]) }
    }

    /// Notes the box of a text label (sampled every few pixels) for legend placement.
    mutating func recordText(_ text: String, at point: Point, size: Double, anchor: TextAnchor) {
        let width = TextMetrics.width(text, size: size)
        let left = anchor == .start ? point.x : anchor == .middle ? point.x - width / 2 : point.x - width
        for x in stride(from: left, through: left + width, by: 6) {
            occupancy.append(Point(x: x, y: point.y - size * 0.35))
        }
    }
}
