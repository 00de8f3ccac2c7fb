/// Where a chart's legend goes.
public enum LegendPosition: Sendable, Hashable {
    /// The inside position that hides the least data, or beside the plot when every inside
    /// position would hide data.
    case automatic
    case topLeft, topRight, bottomLeft, bottomRight
    /// To the right of the plot.
    case outside
    /// No legend.
    case hidden
}

/// A chart: marks drawn on shared x and y axes, with title, axis labels, legend and notes.
///
/// ```swift
/// let chart = Chart(title: "散度随平移量的变化", x: "μ", y: "nats") {
///     LineMark(x: shifts, y: kl, label: "KL(P‖Q)")
///     LineMark(x: shifts, y: js, label: "JS(P‖Q)")
///     RuleMark(y: 0.693, label: "log 2")
/// }
/// let svg = try chart.svg()          // String
/// let png = try chart.png()          // [UInt8], PNG file bytes (text omitted)
/// ```
public struct Chart: Figure {
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var marks: [any Mark]
    public var xScale: ScaleType
    public var yScale: ScaleType
    /// Fixed x range; nil fits the data.
    public var xRange: ClosedRange<Double>?
    /// Fixed y range; nil fits the data.
    public var yRange: ClosedRange<Double>?
    public var legend: LegendPosition
    /// Size in pixels (the SVG scales to its container's width).
    public var width: Double
    public var height: Double
    /// Draws light grid lines at the ticks.
    public var showsGrid: Bool
    /// Accessible description; nil generates one from the marks.
    public var description: String?

    /// A chart from a list of marks.
    public init(title: String? = nil, x: String? = nil, y: String? = nil, marks: [any Mark],
                xScale: ScaleType = .linear, yScale: ScaleType = .linear,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                legend: LegendPosition = .automatic, width: Double = 640, height: Double = 400,
                showsGrid: Bool = true, description: String? = nil) {
        self.title = title
        self.xLabel = x
        self.yLabel = y
        self.marks = marks
        self.xScale = xScale
        self.yScale = yScale
        self.xRange = xRange
        self.yRange = yRange
        self.legend = legend
        self.width = width
        self.height = height
        self.showsGrid = showsGrid
        self.description = description
    }

    /// A chart whose marks come from a result-builder closure.
    public init(title: String? = nil, x: String? = nil, y: String? = nil,
                xScale: ScaleType = .linear, yScale: ScaleType = .linear,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                legend: LegendPosition = .automatic, width: Double = 640, height: Double = 400,
                showsGrid: Bool = true, description: String? = nil,
                @MarkBuilder _ content: () -> [any Mark]) {
        self.init(title: title, x: x, y: y, marks: content(), xScale: xScale, yScale: yScale,
                  xRange: xRange, yRange: yRange, legend: legend, width: width, height: height,
                  showsGrid: showsGrid, description: description)
    }

    /// Checks every mark and the chart's own settings.
    /// - Throws: `FigureError` naming the first bad mark and its lengths.
    public func validate() throws {
        _ = try drawableMarks()
        guard width.isFinite, height.isFinite, width >= 120, height >= 100 else {
            throw FigureError("Chart", "size must be at least 120×100, got \(width)×\(height)")
        }
        for (name, range, scale) in [("xRange", xRange, xScale), ("yRange", yRange, yScale)] {
            guard let range else { continue }
            guard range.lowerBound.isFinite, range.upperBound.isFinite, range.upperBound > range.lowerBound else {
                throw FigureError("Chart", "\(name) must be finite and non-empty, got \(range)")
            }
            if scale == .log, range.lowerBound <= 0 {
                throw FigureError("Chart", "\(name) must be positive on a log scale, got \(range)")
            }
        }
    }

    func drawableMarks() throws -> [any DrawableMark] {
        try marks.enumerated().map { index, mark in
            guard let drawable = mark as? any DrawableMark else {
                throw FigureError("Chart", "mark \(index) (\(type(of: mark))) is not a Figures mark")
            }
            try drawable.validate()
            return drawable
        }
    }

    /// The finite data extent of all marks, for this chart's scales.
    func dataExtent() throws -> DataExtent {
        var extent = DataExtent(xType: xScale, yType: yScale)
        for mark in try drawableMarks() { mark.collectExtent(into: &extent) }
        return extent
    }

    /// Lays the chart out. Most callers want `svg()` or `png()` instead.
    public func scene() throws -> FigureScene {
        try validate()
        var scene = FigureScene(width: width, height: height, title: title ?? "Chart", description: accessibleDescription())
        var layout = ChartLayout(chart: self, frame: Rect(x: 0, y: 0, width: width, height: height))
        try layout.draw(into: &scene.items)
        return scene
    }

    /// On a phone: the same chart `PhoneLayout.width` wide (taller in proportion, so the plot
    /// keeps a usable height), nil when the chart is that narrow already.
    public func narrowScene() throws -> FigureScene? {
        guard width > PhoneLayout.width else { return nil }
        var phone = self
        phone.width = PhoneLayout.width
        phone.height = max(240, min(height, height * PhoneLayout.width / width * 1.35)).rounded()
        return try phone.scene()
    }

    /// The accessible description: the given one, or a summary of axes and marks.
    func accessibleDescription() -> String {
        if let description { return description }
        var parts: [String] = []
        if let xLabel { parts.append("x axis: \(xLabel)") }
        if let yLabel { parts.append("y axis: \(yLabel)") }
        let summaries = marks.compactMap { ($0 as? any DrawableMark)?.summary }
        if !summaries.isEmpty { parts.append(summaries.joined(separator: "; ")) }
        return "Chart" + (title.map { " “\($0)”" } ?? "") + (parts.isEmpty ? "" : ". " + parts.joined(separator: ". ")) + "."
    }
}
