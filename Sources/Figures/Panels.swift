/// A row or grid of charts with shared axes, one shared legend and panel letters (a) (b) (c)….
///
/// ```swift
/// let figure = Panels(title: "一维 GAN 的训练过程", columns: 4) {
///     for stage in stages {
///         Chart(x: "x") {
///             LineMark(x: xs, y: stage.data, label: "p_data", color: FigurePalette.real, style: .dotted)
///             LineMark(x: xs, y: stage.model, label: "p_g", color: FigurePalette.generated)
///             LineMark(x: xs, y: stage.d, label: "D(x)", color: FigurePalette.discriminator, style: .dashed)
///             MappingMark(from: zs, to: stage.gz)
///         }
///     }
/// }
/// let svg = try figure.svg()
/// ```
public struct Panels: Figure {
    public var title: String?
    public var charts: [Chart]
    public var columns: Int
    /// All panels use the union of their x ranges.
    public var sharedX: Bool
    /// All panels use the union of their y ranges (and only the first column shows the y label).
    public var sharedY: Bool
    /// Letters (a), (b), … below the panels.
    public var showsLetters: Bool
    /// One legend row above the panels instead of a legend in each.
    public var sharedLegend: Bool
    /// Size of each panel in pixels (the charts' own sizes are ignored).
    public var panelWidth: Double
    public var panelHeight: Double
    public var description: String?

    /// Panels from a list of charts.
    public init(title: String? = nil, columns: Int, sharedX: Bool = true, sharedY: Bool = true,
                showsLetters: Bool = true, sharedLegend: Bool = true,
                panelWidth: Double = 300, panelHeight: Double = 280, description: String? = nil, charts: [Chart]) {
        self.title = title
        self.charts = charts
        self.columns = columns
        self.sharedX = sharedX
        self.sharedY = sharedY
        self.showsLetters = showsLetters
        self.sharedLegend = sharedLegend
        self.panelWidth = panelWidth
        self.panelHeight = panelHeight
        self.description = description
    }

    /// Panels from a result-builder closure of charts.
    public init(title: String? = nil, columns: Int, sharedX: Bool = true, sharedY: Bool = true,
                showsLetters: Bool = true, sharedLegend: Bool = true,
                panelWidth: Double = 300, panelHeight: Double = 280, description: String? = nil,
                @ChartBuilder _ content: () -> [Chart]) {
        self.init(title: title, columns: columns, sharedX: sharedX, sharedY: sharedY, showsLetters: showsLetters,
                  sharedLegend: sharedLegend, panelWidth: panelWidth, panelHeight: panelHeight,
                  description: description, charts: content())
    }

    /// Letter of panel `index`: (a) … (z), then (27)….
    static func letter(_ index: Int) -> String {
        guard index < 26, let scalar = Unicode.Scalar(97 + index) else { return "(\(index + 1))" }
        return "(\(Character(scalar)))"
    }

    public func scene() throws -> FigureScene {
        guard !charts.isEmpty else { throw FigureError("Panels", "needs at least one chart, got 0") }
        guard columns > 0 else { throw FigureError("Panels", "columns must be positive, got \(columns)") }
        guard panelWidth.isFinite, panelHeight.isFinite, panelWidth >= 120, panelHeight >= 100 else {
            throw FigureError("Panels", "panel size must be at least 120×100, got \(panelWidth)×\(panelHeight)")
        }
        for (index, chart) in charts.enumerated() {
            do { try chart.validate() } catch let error as FigureError {
                throw FigureError("Panels \(Self.letter(index)) \(error.subject)", error.message)
            }
        }
        let (xd, yd) = try sharedDomains()
        let sharedX = sharesX, sharedY = sharesY
        let rows = (charts.count + columns - 1) / columns
        let usedColumns = min(columns, charts.count)
        let top = (title != nil ? 34.0 : 6.0)
        let legendHeight = sharedLegend ? 24.0 : 0
        let letterHeight = showsLetters ? 24.0 : 0
        // With a shared y axis only the first column has tick labels; it gets their width extra so
        // that every plot has the same size.
        var firstColumnExtra = 0.0
        if sharedY, let yd {
            let finite = ChartLayout.finiteSpan(yd)
            firstColumnExtra = ChartLayout.leftMargin(chart: charts[0], yDomain: finite, yLabel: true, tickLabels: true)
                - ChartLayout.leftMargin(chart: charts[0], yDomain: finite, yLabel: false, tickLabels: false)
        }
        let width = Double(usedColumns) * panelWidth + firstColumnExtra
        let height = top + legendHeight + Double(rows) * (panelHeight + letterHeight) + 4
        var scene = FigureScene(width: width, height: height, title: title ?? "Figure", description: accessibleDescription())
        var legend: [LegendEntry] = []
        for (index, chart) in charts.enumerated() {
            let row = index / columns, column = index % columns
            let frame = Rect(x: Double(column) * panelWidth + (column == 0 ? 0 : firstColumnExtra),
                             y: top + legendHeight + Double(row) * (panelHeight + letterHeight),
                             width: panelWidth + (column == 0 ? firstColumnExtra : 0), height: panelHeight)
            var layout = ChartLayout(chart: chart, frame: frame)
            layout.xDomain = sharedX ? xd : nil
            layout.yDomain = sharedY ? yd : nil
            layout.showsLegend = !sharedLegend
            layout.showsYLabel = !sharedY || column == 0
            layout.showsYTickLabels = !sharedY || column == 0
            try layout.draw(into: &scene.items)
            for entry in layout.legendEntries where !legend.contains(where: { $0.label == entry.label }) { legend.append(entry) }
            if showsLetters {
                scene.items.append(.text(Self.letter(index), at: Point(x: frame.midX, y: frame.maxY + 17), size: 13,
                                         anchor: .middle, color: FigurePalette.foreground, bold: false, italic: false, rotated: false))
            }
        }
        if let title {
            scene.items.append(.text(title, at: Point(x: width / 2, y: 23), size: 16, anchor: .middle,
                                     color: FigurePalette.foreground, bold: true, italic: false, rotated: false))
        }
        if sharedLegend, !legend.isEmpty {
            Legend.drawRow(legend, centreX: width / 2, centreY: top + legendHeight / 2, into: &scene.items)
        }
        return scene
    }

    /// Whether the panels really share the x axis: asked for, and every chart plots the same
    /// quantity (no two different axis titles) on the same kind of scale. A loss and a probability, or a log
    /// and a linear axis, never share one.
    var sharesX: Bool {
        sharedX && charts.allSatisfy { $0.xScale == charts[0].xScale } && Set(charts.compactMap(\.xLabel)).count <= 1
    }

    /// Whether the panels really share the y axis (see `sharesX`).
    var sharesY: Bool {
        sharedY && charts.allSatisfy { $0.yScale == charts[0].yScale } && Set(charts.compactMap(\.yLabel)).count <= 1
    }

    private func sharedDomains() throws -> ((Double, Double)?, (Double, Double)?) {
        guard !charts.isEmpty else { return (nil, nil) }
        var extent = DataExtent(xType: charts[0].xScale, yType: charts[0].yScale)
        for chart in charts {
            var own = try chart.dataExtent()
            if let range = chart.xRange { own.minX = range.lowerBound; own.maxX = range.upperBound }
            if let range = chart.yRange { own.minY = range.lowerBound; own.maxY = range.upperBound }
            extent.merge(own)
        }
        let fixedX = charts.allSatisfy { $0.xRange != nil }, fixedY = charts.allSatisfy { $0.yRange != nil }
        let xd = fixedX ? (extent.minX, extent.maxX) : extent.xDomain()
        let yd = fixedY ? (extent.minY, extent.maxY) : extent.yDomain()
        return (sharesX ? xd : nil, sharesY ? yd : nil)
    }

    func accessibleDescription() -> String {
        if let description { return description }
        let parts = charts.enumerated().map { "\(Self.letter($0.offset)) \($0.element.accessibleDescription())" }
        return "Figure with \(charts.count) panels" + (title.map { " “\($0)”" } ?? "") + ". " + parts.joined(separator: " ")
    }
}

/// Builds a list of charts from a closure (for `Panels`).
@resultBuilder
public enum ChartBuilder {
    public static func buildExpression(_ chart: Chart) -> [Chart] { [chart] }
    public static func buildBlock(_ parts: [Chart]...) -> [Chart] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Chart]?) -> [Chart] { part ?? [] }
    public static func buildEither(first part: [Chart]) -> [Chart] { part }
    public static func buildEither(second part: [Chart]) -> [Chart] { part }
    public static func buildArray(_ parts: [[Chart]]) -> [Chart] { parts.flatMap { $0 } }
}
