/// The z → x mapping of a 1-D generator, drawn in a band below the x axis as in Goodfellow et
/// al.'s figure: the lower line holds the latent samples `z`, the upper line the generated
/// samples `x = G(z)`, and a segment joins each pair.
///
/// `from` is placed with the chart's x scale unless `zRange` is given, which is then stretched
/// over the whole width.
///
/// ```swift
/// MappingMark(from: zs, to: zs.map(generator))
/// ```
public struct MappingMark: DrawableMark {
    public var from: [Double]
    public var to: [Double]
    public var zRange: ClosedRange<Double>?
    public var color: FigureColor?

    /// Segments from latent positions `from` to sample positions `to`.
    public init(from: [Double], to: [Double], zRange: ClosedRange<Double>? = nil, color: FigureColor? = nil) {
        self.from = from
        self.to = to
        self.zRange = zRange
        self.color = color
    }

    func validate() throws {
        try checkSeries("MappingMark", "from", from, "to", to)
        if let zRange, !(zRange.lowerBound.isFinite && zRange.upperBound.isFinite && zRange.upperBound > zRange.lowerBound) {
            throw FigureError("MappingMark", "zRange must be finite and non-empty, got \(zRange)")
        }
    }

    func collectExtent(into extent: inout DataExtent) {
        for value in to { extent.addX(value) }
        if zRange == nil { for value in from { extent.addX(value) } }
    }

    var explicitColor: FigureColor? { color }
    var usesSeriesColor: Bool { false }
    var needsMappingBand: Bool { true }

    func draw(in context: inout PlotContext, color: FigureColor) {
        guard let band = context.mappingBand else { return }
        let color = self.color ?? FigurePalette.muted
        let axis = context.x
        func zPixel(_ z: Double) -> Double {
            guard let zRange else { return axis.pixel(z) }
            return band.minX + (z - zRange.lowerBound) / (zRange.upperBound - zRange.lowerBound) * band.width
        }
        var segments: [[Point]] = []
        for index in from.indices {
            let z = from[index], x = to[index]
            guard z.isFinite, x.isFinite, axis.accepts(x), zRange != nil || axis.accepts(z) else {
                if z.isNaN || x.isNaN { context.skippedNaN += 1 } else { context.skippedOutOfScale += 1 }
                continue
            }
            let top = Point(x: axis.pixel(x), y: band.minY), bottom = Point(x: zPixel(z), y: band.maxY)
            if let clipped = Clipping.segment(bottom, top, to: band.insetBy(-0.5)) { segments.append([clipped.0, clipped.1]) }
        }
        let lines = [[Point(x: band.minX, y: band.minY), Point(x: band.maxX, y: band.minY)],
                     [Point(x: band.minX, y: band.maxY), Point(x: band.maxX, y: band.maxY)]]
        let foreground = FigurePalette.foreground
        context.items.append(.path(subpaths: lines, closed: false, fill: nil, stroke: Stroke(color: foreground, width: 1), opacity: 1))
        if !segments.isEmpty {
            context.items.append(.path(subpaths: segments, closed: false, fill: nil, stroke: Stroke(color: color, width: 0.8), opacity: 0.8))
        }
        for (text, y) in [("x", band.minY + 4), ("z", band.maxY + 4)] {
            context.items.append(.text(text, at: Point(x: band.minX - 6, y: y), size: 12, anchor: .end,
                                       color: foreground, bold: false, italic: true, rotated: false))
        }
    }

    func legendEntry(color: FigureColor) -> LegendEntry? { nil }
    var summary: String { "mapping of \(from.count) latent samples z to x" }
}
