/// Anything that can be drawn inside a chart: `LineMark`, `AreaMark`, `PointMark`, `RuleMark`,
/// `BarMark`, `Histogram`, `HeatMap`, `ArrowMark`, `TextMark`, `MappingMark`.
///
/// Marks take whole series (arrays of `Double`); they are checked when the chart is rendered,
/// so a bad mark makes `svg()`/`png()` throw a `FigureError` naming the mark and the lengths.
public protocol Mark: Sendable {}

/// An entry of a chart legend.
struct LegendEntry: Sendable {
    enum Swatch: Sendable {
        case line(LineStyle, width: Double)
        case area
        case point
        case bar
    }
    var label: String
    var color: FigureColor
    var swatch: Swatch
    /// Fill opacity of area and bar swatches (the mark's own).
    var opacity: Double = 1
}

/// What the chart renderer needs from a mark (internal: marks are the module's own types).
protocol DrawableMark: Mark {
    /// Throws a `FigureError` when the mark's data is malformed.
    func validate() throws
    /// Adds the mark's finite data to the extent.
    func collectExtent(into extent: inout DataExtent)
    /// The colour given by the user, if any.
    var explicitColor: FigureColor? { get }
    /// Whether the mark takes a colour from the series palette when it has none.
    var usesSeriesColor: Bool { get }
    /// Draws the mark with its resolved colour.
    func draw(in context: inout PlotContext, color: FigureColor)
    /// Legend entry drawn with the resolved colour, or nil for unlabelled marks.
    func legendEntry(color: FigureColor) -> LegendEntry?
    /// Needs a band below the axis (mapping marks) or a colour bar.
    var needsMappingBand: Bool { get }
    var needsColorBar: Bool { get }
    /// One phrase for the figure's accessible description.
    var summary: String { get }
    /// The mark in error messages: `LineMark "KL"`.
    var name: String { get }
}

extension DrawableMark {
    var usesSeriesColor: Bool { true }
    var needsMappingBand: Bool { false }
    var needsColorBar: Bool { false }
}

/// Builds the list of marks of a chart from a trailing closure, like Swift Charts.
///
/// ```swift
/// Chart(title: "散度", x: "μ", y: "nats") {
///     LineMark(x: shifts, y: kl, label: "KL")
///     if showRule { RuleMark(y: 0.693, label: "log 2") }
///     for (i, curve) in curves.enumerated() { LineMark(x: xs, y: curve, label: "epoch \(i)") }
/// }
/// ```
@resultBuilder
public enum MarkBuilder {
    public static func buildExpression(_ mark: any Mark) -> [any Mark] { [mark] }
    public static func buildExpression(_ marks: [any Mark]) -> [any Mark] { marks }
    public static func buildBlock(_ parts: [any Mark]...) -> [any Mark] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Mark]?) -> [any Mark] { part ?? [] }
    public static func buildEither(first part: [any Mark]) -> [any Mark] { part }
    public static func buildEither(second part: [any Mark]) -> [any Mark] { part }
    public static func buildArray(_ parts: [[any Mark]]) -> [any Mark] { parts.flatMap { $0 } }
}

/// Checks that two series have equal, non-zero lengths.
func checkSeries(_ subject: String, _ xName: String, _ x: [Double], _ yName: String, _ y: [Double]) throws {
    guard x.count == y.count else {
        throw FigureError(subject, "\(xName) has \(x.count) values but \(yName) has \(y.count)")
    }
    guard !x.isEmpty else { throw FigureError(subject, "the series is empty (\(xName) and \(yName) have 0 values)") }
}
