import CellScript
import Figures

/// One chart mark (or a few, e.g. bars with their text labels) in a cell, for `Chart { … }`.
final class MarkObject: HostObject {
    let marks: [any Mark]
    let typeName: String

    init(_ marks: [any Mark], typeName: String) {
        self.marks = marks
        self.typeName = typeName
    }
}

extension Builtins {
    /// Mark initialisers for `Chart { … }`. `style:` takes `.solid`, `.dashed`, `.dotted`,
    /// `.dashDot`; `role:` takes `.real`, `.generated`, `.discriminator` (the course colours).
    static func registerMarks(in r: BuiltinRegistrar) throws {
        try r.type("LineStyle", doc: "How a line is drawn: .solid, .dashed, .dotted or .dashDot.")
        try r.type("Mark", doc: "Any mark a Chart { … } draws (LineMark, PointMark, Histogram…).")
        try r.type("Role", doc: "What a mark shows, in the course's colours: .real, .generated or .discriminator.")
        func mark(_ signature: String, _ doc: String, sizeCheck: SizeCheck = .engineOnly,
                  _ make: @escaping (Arguments) throws -> [any Mark]) throws {
            let name = String(signature.prefix { $0 != "(" })
            try r.type(name, doc: doc)
            try r.initializer(signature, sizeCheck: sizeCheck, doc: doc) { args, _ in .object(MarkObject(try make(args), typeName: name)) }
        }
        try mark("LineMark(x: [Double], y: [Double], label: String? = nil, style: LineStyle = .solid, role: Role? = nil, width: Double = 2)",
                 "A line through the points (x[i], y[i]).") { a in
            [LineMark(x: try a.numbers(0), y: try a.numbers(1), label: try a.optionalString(2), color: try role(a, 4),
                      style: try style(a, 3, default: .solid), width: try a.double(5, default: 2))]
        }
        try mark("AreaMark(x: [Double], y: [Double], yLow: [Double]? = nil, label: String? = nil, role: Role? = nil, opacity: Double = 0.3)",
                 "A filled band from yLow (or 0) up to y.") { a in
            [AreaMark(x: try a.numbers(0), y: try a.numbers(1), yLow: a[2] == nil ? nil : try a.numbers(2),
                      label: try a.optionalString(3), color: try role(a, 4), opacity: try a.double(5, default: 0.3))]
        }
        try mark("PointMark(x: [Double], y: [Double], label: String? = nil, size: Double = 3, opacity: Double = 0.8, role: Role? = nil)",
                 "Points (a scatter plot).") { a in
            [PointMark(x: try a.numbers(0), y: try a.numbers(1), label: try a.optionalString(2), color: try role(a, 5),
                       size: try a.double(3, default: 3), opacity: try a.double(4, default: 0.8))]
        }
        try mark("RuleMark(y: Double, label: String? = nil, style: LineStyle = .dashed, role: Role? = nil)", "A horizontal line across the plot.") { a in
            [RuleMark(y: try a.double(0), label: try a.optionalString(1), color: try role(a, 3), style: try style(a, 2, default: .dashed))]
        }
        try r.initializer("RuleMark(x: Double, label: String? = nil, style: LineStyle = .dashed, role: Role? = nil)", doc: "A vertical line across the plot.") { a, _ in
            .object(MarkObject([RuleMark(x: try a.double(0), label: try a.optionalString(1), color: try role(a, 3),
                                         style: try style(a, 2, default: .dashed))], typeName: "RuleMark"))
        }
        try mark("BarMark(x: [Any], y: [Double], label: String? = nil, role: Role? = nil)",
                 "Bars of height y; x holds positions, or names (bars at 0, 1, 2… with the names above them).") { a in
            let heights = try a.numbers(1)
            if case .array(let items) = try a.value(0), items.contains(where: { if case .string = $0 { return true } else { return false } }) {
                guard items.count == heights.count else { throw HostError("BarMark: \(items.count) names but \(heights.count) heights") }
                let positions = heights.indices.map(Double.init)
                let names = zip(positions, zip(items, heights)).map { x, item in
                    TextMark(x: x, y: item.1, text: Self.text(item.0), anchor: .middle) as any Mark
                }
                return [BarMark(x: positions, height: heights, label: try a.optionalString(2), color: try role(a, 3))] + names
            }
            return [BarMark(x: try a.numbers(0), height: heights, label: try a.optionalString(2), color: try role(a, 3))]
        }
        try mark("Histogram(_ values: [Double], bins: Int = 30, density: Bool = false, label: String? = nil, role: Role? = nil)",
                 "A histogram of values (a Tensor or [Double]); `density: true` scales the area to 1.",
                 sizeCheck: .counts([CountArgument(1, "bins", 1...100_000, bytesEach: 64)])) { a in
            [Figures.Histogram(try a.numbers(0), bins: try a.int(1, default: 30), density: a[2] == nil ? false : try a.bool(2),
                               label: try a.optionalString(3), color: try role(a, 4))]
        }
        try mark("HeatMap(x: [Double], y: [Double], values: [[Double]], label: String? = nil, contours: [Double] = [])",
                 "Colours for a grid of values: `values[i][j]` at (x[j], y[i]) (rows over y).") { a in
            let rows = try BuiltinValues.matrix(try a.value(2), "HeatMap: values")
            return [HeatMap(x: try a.numbers(0), y: try a.numbers(1), values: rows.flatMap { $0 },
                            contourLevels: a[4] == nil ? [] : try a.numbers(4), label: try a.optionalString(3))]
        }
        try mark("ArrowMark(x: [Double], y: [Double], dx: [Double], dy: [Double], scale: Double = 1, label: String? = nil, role: Role? = nil)",
                 "Arrows from (x, y) along (dx, dy)·scale, e.g. gradient fields.") { a in
            [ArrowMark(x: try a.numbers(0), y: try a.numbers(1), dx: try a.numbers(2), dy: try a.numbers(3),
                       scale: try a.double(4, default: 1), label: try a.optionalString(5), color: try role(a, 6))]
        }
        try mark("TextMark(x: Double, y: Double, text: String)", "Text centred at (x, y).") { a in
            [TextMark(x: try a.double(0), y: try a.double(1), text: try a.string(2))]
        }
        try mark("MappingMark(from: [Double], to: [Double])", "Lines from latent values z (below the axis) to generated x = G(z).") { a in
            [MappingMark(from: try a.numbers(0), to: try a.numbers(1))]
        }
    }

    /// An array of labels (strings as they are, numbers as text); nil or absent gives none.
    static func labels(_ value: Value?, _ what: String) throws -> [String] {
        switch value {
        case nil, .nil?: return []
        case .array(let items)?: return items.map(text)
        case let other?: throw HostError("\(what) must be an array of labels, got \(other.typeName)")
        }
    }

    /// A value as plain text (strings without quotes).
    static func text(_ value: Value) -> String {
        if case .string(let s) = value { return s }
        return value.description
    }

    static func style(_ args: Arguments, _ index: Int, default fallback: LineStyle) throws -> LineStyle {
        switch try args.symbolName(index) {
        case nil: return fallback
        case "solid": return .solid
        case "dashed": return .dashed
        case "dotted": return .dotted
        case "dashDot": return .dashDot
        case let other?: throw HostError("\(args.signature.name): style must be .solid, .dashed, .dotted or .dashDot, got .\(other)")
        }
    }

    static func role(_ args: Arguments, _ index: Int) throws -> FigureColor? {
        switch try args.symbolName(index) {
        case nil: return nil
        case "real": return FigurePalette.real
        case "generated": return FigurePalette.generated
        case "discriminator": return FigurePalette.discriminator
        case let other?: throw HostError("\(args.signature.name): role must be .real, .generated or .discriminator, got .\(other)")
        }
    }
}
