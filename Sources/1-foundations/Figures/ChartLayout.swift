/// Lays out one chart inside a frame: margins, axes, grid, marks, legend, notes.
struct ChartLayout {
    let chart: Chart
    let frame: Rect
    /// Domains forced by a panel figure with shared axes.
    var xDomain: (Double, Double)?
    var yDomain: (Double, Double)?
    var showsLegend = true
    var showsYLabel = true
    /// Inner panels of a figure with a shared y axis leave the tick labels to the first column.
    var showsYTickLabels = true
    /// Legend entries of the chart (filled by `draw`), for a panel figure's shared legend.
    private(set) var legendEntries: [LegendEntry] = []

    static let titleSize = 15.0, labelSize = 13.0, tickSize = 11.0, noteSize = 11.0

    init(chart: Chart, frame: Rect) {
        self.chart = chart
        self.frame = frame
    }

    mutating func draw(into items: inout [SceneItem]) throws {
        let marks = try chart.drawableMarks()
        var extent = DataExtent(xType: chart.xScale, yType: chart.yScale)
        for mark in marks { mark.collectExtent(into: &extent) }
        let xd0 = xDomain ?? chart.xRange.map { ($0.lowerBound, $0.upperBound) } ?? extent.xDomain()
        let yd0 = yDomain ?? chart.yRange.map { ($0.lowerBound, $0.upperBound) } ?? extent.yDomain()
        let (xd, yd) = (Self.finiteSpan(xd0), Self.finiteSpan(yd0))
        let colors = resolveColors(marks)
        legendEntries = zip(marks, colors).compactMap { $0.legendEntry(color: $1) }
        let wantsLegend = showsLegend && chart.legend != .hidden && !legendEntries.isEmpty
        let legendWidth = Legend.size(of: legendEntries).width + 12
        var outside = wantsLegend && chart.legend == .outside
        var context = makeContext(marks: marks, xd: xd, yd: yd, noteLines: 0, reserveRight: outside ? legendWidth : 0)
        for (mark, color) in zip(marks, colors) {
            let first = context.items.count
            mark.draw(in: &context, color: color)
            try FigureLimits.check(mark, drew: context.items[first...])
        }
        if wantsLegend, chart.legend == .automatic, legendWidth < frame.width * 0.4,
           Legend.insideBox(legendEntries, position: .automatic, plot: context.plot, occupancy: context.occupancy).covered > 1 {
            outside = true
        }
        let notes = noteLines(context)
        if !notes.isEmpty || (outside && chart.legend == .automatic) {
            context = makeContext(marks: marks, xd: xd, yd: yd, noteLines: notes.count, reserveRight: outside ? legendWidth : 0)
            for (mark, color) in zip(marks, colors) { mark.draw(in: &context, color: color) }
        }
        if chart.showsGrid { drawGrid(context, into: &items) }
        items.append(contentsOf: context.items)
        drawAxes(context, into: &items)
        if wantsLegend {
            let box: Rect
            if outside {
                let size = Legend.size(of: legendEntries)
                box = Rect(x: frame.maxX - 8 - size.width, y: context.plot.minY, width: size.width, height: size.height)
            } else {
                box = Legend.insideBox(legendEntries, position: chart.legend, plot: context.plot, occupancy: context.occupancy).box
            }
            Legend.drawBox(legendEntries, box: box, into: &items)
        }
        for (index, note) in notes.enumerated() {
            items.append(.text(note, at: Point(x: frame.minX + 10, y: frame.maxY - 8 - Double(notes.count - 1 - index) * 15),
                               size: Self.noteSize, anchor: .start, color: FigurePalette.muted,
                               bold: false, italic: true, rotated: false))
        }
    }

    /// Width left of the plot: y tick labels and the y axis label, when shown.
    static func leftMargin(chart: Chart, yDomain yd: (Double, Double), yLabel: Bool, tickLabels: Bool) -> Double {
        let yTicks = AxisScale(lower: yd.0, upper: yd.1, type: chart.yScale, pixelLower: 1, pixelUpper: 0).ticks()
        let tickWidth = tickLabels ? yTicks.map { TextMetrics.width($0.label, size: tickSize) }.max() ?? 0 : 0
        return 8 + (yLabel && chart.yLabel != nil ? 22 : 0) + tickWidth + 8
    }

    /// A domain whose span is finite (data near ±Double.greatestFiniteMagnitude would overflow).
    static func finiteSpan(_ domain: (Double, Double)) -> (Double, Double) {
        guard !(domain.1 - domain.0).isFinite else { return domain }
        return (max(domain.0, -1e300), min(domain.1, 1e300))
    }

    /// Explicit colours as given; the other series take the categorical colours in order,
    /// skipping those an explicit colour of the chart already shows (`FigurePalette.real` is
    /// the same blue as the first series colour: D* must not look like p_data).
    private func resolveColors(_ marks: [any DrawableMark]) -> [FigureColor] {
        let taken = Set(marks.compactMap { $0.explicitColor?.hexString })
        let free = FigurePalette.categorical.filter { !taken.contains($0.hexString) }
        let palette = free.isEmpty ? FigurePalette.categorical : free
        var next = 0
        return marks.map { mark in
            if let color = mark.explicitColor { return color }
            guard mark.usesSeriesColor else { return FigurePalette.foreground }
            defer { next += 1 }
            return palette[next % palette.count]
        }
    }

    private func makeContext(marks: [any DrawableMark], xd: (Double, Double), yd: (Double, Double), noteLines: Int,
                             reserveRight: Double) -> PlotContext {
        let hasBand = marks.contains { $0.needsMappingBand }
        let hasBar = marks.contains { $0.needsColorBar }
        let left = frame.minX + Self.leftMargin(chart: chart, yDomain: yd, yLabel: showsYLabel, tickLabels: showsYTickLabels)
        let top = frame.minY + (chart.title != nil ? 34 : 12)
        let right = frame.maxX - 16 - (hasBar ? 78 : 0) - reserveRight
        var bottom = frame.maxY - 8 - 22
        if chart.xLabel != nil { bottom -= 20 }
        if hasBand { bottom -= 54 }
        bottom -= Double(noteLines) * 15
        let plot = Rect(x: left, y: top, width: max(right - left, 10), height: max(bottom - top, 10))
        let x = AxisScale(lower: xd.0, upper: xd.1, type: chart.xScale, pixelLower: plot.minX, pixelUpper: plot.maxX)
        let y = AxisScale(lower: yd.0, upper: yd.1, type: chart.yScale, pixelLower: plot.maxY, pixelUpper: plot.minY)
        var context = PlotContext(plot: plot, x: x, y: y)
        if hasBand {
            let bandTop = plot.maxY + 22 + (chart.xLabel != nil ? 20 : 0) + 12
            context.mappingBand = Rect(x: plot.minX, y: bandTop, width: plot.width, height: 38)
        }
        if hasBar { context.colorBar = Rect(x: plot.maxX + 14, y: plot.minY + 28, width: 14, height: max(plot.height - 28, 10)) }
        return context
    }

    private func noteLines(_ context: PlotContext) -> [String] {
        var notes: [String] = []
        if context.skippedNaN > 0 {
            notes.append("Note: \(context.skippedNaN) NaN value\(context.skippedNaN == 1 ? "" : "s") not drawn.")
        }
        if context.skippedOutOfScale > 0 {
            let reason = chart.xScale == .log || chart.yScale == .log ? "infinite or non-positive on a log axis" : "infinite"
            notes.append("Note: \(context.skippedOutOfScale) value\(context.skippedOutOfScale == 1 ? "" : "s") not drawn (\(reason)).")
        }
        return notes
    }

    private func drawGrid(_ context: PlotContext, into items: inout [SceneItem]) {
        let plot = context.plot
        var lines: [[Point]] = []
        for tick in context.x.ticks() {
            let px = context.x.pixel(tick.value)
            if px > plot.minX + 0.5, px < plot.maxX - 0.5 { lines.append([Point(x: px, y: plot.minY), Point(x: px, y: plot.maxY)]) }
        }
        for tick in context.y.ticks() {
            let py = context.y.pixel(tick.value)
            if py > plot.minY + 0.5, py < plot.maxY - 0.5 { lines.append([Point(x: plot.minX, y: py), Point(x: plot.maxX, y: py)]) }
        }
        guard !lines.isEmpty else { return }
        items.append(.path(subpaths: lines, closed: false, fill: nil, stroke: Stroke(color: FigurePalette.grid, width: 1), opacity: 1))
    }

    private func drawAxes(_ context: PlotContext, into items: inout [SceneItem]) {
        let plot = context.plot, foreground = FigurePalette.foreground
        var marks: [[Point]] = [[Point(x: plot.minX, y: plot.minY), Point(x: plot.minX, y: plot.maxY), Point(x: plot.maxX, y: plot.maxY)]]
        for tick in context.x.ticks() {
            let px = context.x.pixel(tick.value)
            guard px >= plot.minX - 0.5, px <= plot.maxX + 0.5 else { continue }
            marks.append([Point(x: px, y: plot.maxY), Point(x: px, y: plot.maxY + 5)])
            items.append(.text(tick.label, at: Point(x: px, y: plot.maxY + 18), size: Self.tickSize, anchor: .middle,
                               color: foreground, bold: false, italic: false, rotated: false))
        }
        for tick in context.y.ticks() {
            let py = context.y.pixel(tick.value)
            guard py >= plot.minY - 0.5, py <= plot.maxY + 0.5 else { continue }
            marks.append([Point(x: plot.minX - 5, y: py), Point(x: plot.minX, y: py)])
            guard showsYTickLabels else { continue }
            items.append(.text(tick.label, at: Point(x: plot.minX - 8, y: py + 4), size: Self.tickSize, anchor: .end,
                               color: foreground, bold: false, italic: false, rotated: false))
        }
        items.append(.path(subpaths: marks, closed: false, fill: nil, stroke: Stroke(color: foreground, width: 1), opacity: 1))
        if let title = chart.title {
            items.append(.text(title, at: Point(x: plot.midX, y: frame.minY + 22), size: Self.titleSize, anchor: .middle,
                               color: foreground, bold: true, italic: false, rotated: false))
        }
        if let label = chart.xLabel {
            items.append(.text(label, at: Point(x: plot.midX, y: plot.maxY + 38), size: Self.labelSize, anchor: .middle,
                               color: foreground, bold: false, italic: false, rotated: false))
        }
        if showsYLabel, let label = chart.yLabel {
            items.append(.text(label, at: Point(x: frame.minX + 20, y: plot.midY), size: Self.labelSize, anchor: .middle,
                               color: foreground, bold: false, italic: false, rotated: true))
        }
    }
}
