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

    /// Widest a desktop layout gets, in figure pixels: about the lesson column, so that text
    /// is shown near its design size (four 300 px panels in a row were shown at 0.6×).
    static let maxWideWidth = 800.0

    public func scene() throws -> FigureScene {
        let fitting = max(1, Int(Self.maxWideWidth / panelWidth))
        return try layout(columns: min(columns, fitting), panelWidth: panelWidth, panelHeight: panelHeight)
    }

    /// On a phone the panels stack in one column, each the phone layout's width.
    public func narrowScene() throws -> FigureScene? {
        let wide = try scene()
        guard wide.width > PhoneLayout.width else { return nil }
        let height = max(200, min(panelHeight, panelHeight * PhoneLayout.width / panelWidth * 1.25))
        return try layout(columns: 1, panelWidth: PhoneLayout.width, panelHeight: height.rounded())
    }

    func layout(columns: Int, panelWidth: Double, panelHeight: Double) throws -> FigureScene {
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
        let letterHeight = showsLetters ? 24.0 : 0
        // With a shared y axis only the first column has tick labels; it gets their width extra so
        // that every plot has the same size (one column needs no evening out).
        var firstColumnExtra = 0.0
        if sharedY, let yd, usedColumns > 1 {
            let finite = ChartLayout.finiteSpan(yd)
            firstColumnExtra = ChartLayout.leftMargin(chart: charts[0], yDomain: finite, yLabel: true, tickLabels: true)
                - ChartLayout.leftMargin(chart: charts[0], yDomain: finite, yLabel: false, tickLabels: false)
        }
        let width = Double(usedColumns) * panelWidth + firstColumnExtra
        func frame(_ index: Int, legendHeight: Double) -> Rect {
            let row = index / columns, column = index % columns
            return Rect(x: Double(column) * panelWidth + (column == 0 ? 0 : firstColumnExtra),
                        y: top + legendHeight + Double(row) * (panelHeight + letterHeight),
                        width: panelWidth + (column == 0 ? firstColumnExtra : 0), height: panelHeight)
        }
        func configured(_ index: Int, legendHeight: Double) -> ChartLayout {
            var layout = ChartLayout(chart: charts[index], frame: frame(index, legendHeight: legendHeight))
            layout.xDomain = sharedX ? xd : nil
            layout.yDomain = sharedY ? yd : nil
            layout.showsLegend = !sharedLegend
            layout.showsYLabel = !sharedY || index % columns == 0
            layout.showsYTickLabels = !sharedY || index % columns == 0
            return layout
        }
        // The shared legend's entries come from a first layout pass; they wrap into rows.
        var legend: [LegendEntry] = []
        if sharedLegend {
            for index in charts.indices {
                var layout = configured(index, legendHeight: 0)
                var scratch: [SceneItem] = []
                try layout.draw(into: &scratch)
                for entry in layout.legendEntries where !legend.contains(where: { $0.label == entry.label }) { legend.append(entry) }
            }
        }
        let legendRows = legend.isEmpty ? [] : Legend.wrap(legend, width: width - 8)
        let legendHeight = sharedLegend ? 24.0 + Double(max(legendRows.count - 1, 0)) * Legend.rowHeight : 0
        let height = top + legendHeight + Double(rows) * (panelHeight + letterHeight) + 4
        var scene = FigureScene(width: width, height: height, title: title ?? "Figure", description: accessibleDescription())
        for index in charts.indices {
            var layout = configured(index, legendHeight: legendHeight)
            try layout.draw(into: &scene.items)
            if showsLetters {
                let frame = layout.frame
                scene.items.append(.text(Self.letter(index), at: Point(x: frame.midX, y: frame.maxY + 17), size: 13,
                                         anchor: .middle, color: FigurePalette.foreground, bold: false, italic: false, rotated: false))
            }
        }
        if let title {
            scene.items.append(.text(title, at: Point(x: width / 2, y: 23), size: 16, anchor: .middle,
                                     color: FigurePalette.foreground, bold: true, italic: false, rotated: false))
        }
        for (index, row) in legendRows.enumerated() {
            Legend.drawRow(row, centreX: width / 2, centreY: top + 12 + Double(index) * Legend.rowHeight, into: &scene.items)
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
