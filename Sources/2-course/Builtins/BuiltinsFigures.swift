import CellScript
import Figures
import GANEngine

/// A figure rendered as SVG (`Chart`, `Panels`, `MatrixFigure`, `LayerDiagram`, `Diagram`).
final class FigureObject: Displayable {
    let figure: any Figure
    let typeName: String
    let title: String

    init(_ figure: any Figure, typeName: String, title: String) {
        self.figure = figure
        self.typeName = typeName
        self.title = title
    }

    func rendered() throws -> RenderedDisplay { .svg(try figure.svg(), title: title) }
}

/// Images laid out in a grid, rendered as PNG.
final class ImageGridObject: Displayable {
    let grid: ImageGrid
    var typeName: String { "ImageGrid" }
    init(_ grid: ImageGrid) { self.grid = grid }

    func rendered() throws -> RenderedDisplay {
        let image = try grid.image()
        return .png(try grid.png(), width: image.width, height: image.height)
    }
}

/// A table of text cells.
final class TableObject: Displayable {
    let header: [String]
    let rows: [[String]]
    var typeName: String { "Table" }
    init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }
    func rendered() throws -> RenderedDisplay { .table(header: header, rows: rows) }
}

extension Builtins {
    /// `Chart { … }`, `Panels`, `ImageGrid`, `Table`, `MatrixFigure`, `show(_:)`, `Progress(_:label:)`.
    static func registerFigures(in r: BuiltinRegistrar, context: BuiltinContext) throws {
        try registerChart(r)
        try r.type("ImageGrid", doc: "Images (a Tensor [n, 1, h, w] in [−1, 1]) in a grid, shown as PNG.")
        try r.initializer("ImageGrid(_ images: Tensor, columns: Int = 8, scale: Int = 2, rowLabels: [Any]? = nil, columnLabels: [Any]? = nil, groups: [Int]? = nil, x: String? = nil, y: String? = nil)",
                          sizeCheck: .counts([CountArgument(1, "columns", 1...1024), CountArgument(2, "scale", 1...64)]), doc: "Images in rows of `columns`, each pixel drawn scale×scale; with labels beside the rows, under the columns, axis titles or `groups` (rows per group, separated by a rule) it is shown as SVG.") { args, _ in
            let images = try args.tensor(0)
            let (count, channels, height, width) = try imageLayout(images.shape)
            let grid = try ImageGrid(pixels: images.values, count: count, channels: channels, height: height, width: width,
                                     columns: try args.int(1, default: 8), scale: try args.int(2, default: 2))
            let rowLabels = try labels(args[3], "ImageGrid: rowLabels")
            let columnLabels = try labels(args[4], "ImageGrid: columnLabels")
            var groups: [Int] = []
            if let value = args[5] { if case .nil = value {} else { groups = try BuiltinValues.ints(value, "ImageGrid: groups") } }
            // Row counts are summed by the figure: keep them small enough that the sum cannot overflow.
            guard groups.allSatisfy({ (1...(1 << 20)).contains($0) }) else {
                throw HostError("ImageGrid: groups \(groups) must be row counts in 1…\(1 << 20)")
            }
            let x = try args.optionalString(6), y = try args.optionalString(7)
            guard rowLabels.isEmpty, columnLabels.isEmpty, groups.isEmpty, x == nil, y == nil else {
                let figure = LabeledImageGrid(grid, rowLabels: rowLabels, columnLabels: columnLabels, groups: groups, x: x, y: y)
                do { try figure.validate() } catch let error as FigureError { throw HostError(error.message) }
                return .object(FigureObject(figure, typeName: "ImageGrid", title: "Image grid"))
            }
            return .object(ImageGridObject(grid))
        }
        try r.type("Table", doc: "A table of text, shown as HTML.")
        try r.initializer("Table(header: [String], rows: [[Any]])", doc: "A table; cells may be any values (shown as text).") { args, _ in
            let header = try args.array(0).map(text)
            let rows = try args.array(1).enumerated().map { index, row -> [String] in
                guard case .array(let cells) = row else { throw HostError("Table: row \(index) must be an array, got \(row.typeName)") }
                guard cells.count == header.count else {
                    throw HostError("Table: row \(index) has \(cells.count) cells but the header has \(header.count)")
                }
                return cells.map(text)
            }
            return .object(TableObject(header: header, rows: rows))
        }
        try registerMatrixFigure(r)
        try registerDiagram(r)
        try r.function("show(_ value: Any)", effect: .freshValue, doc: "Displays a figure, image grid, table or value now (several per cell).") { args, _ in
            context.show(try args.value(0))
            return .void
        }
        try r.function("showLive(_ value: Any)", effect: .freshValue,
                       doc: "The cell's live slot: each call replaces what the previous one showed (a loss curve or a sample grid every N steps). `ganbook serve` shows it while the cell runs; the page keeps the last state.") { args, _ in
            let value = try args.value(0)
            try context.showLive(value) { try LiveMarkup.markup(of: value) }
            return .void
        }
        try r.type("Progress", doc: "A range whose loop reports its progress (bar on a terminal, a line every few seconds in logs).")
        try r.initializer("Progress(_ range: Range<Int>, label: String = \"\")",
                          doc: "`for step in Progress(0..<2000, label: \"训练\") { … }`: reports a long loop's progress.") { args, _ in
            guard case .range(let range) = try args.value(0) else { throw HostError("Progress: expected a range such as 0..<2000, got \(try args.value(0).typeName)") }
            let label = args[1] == nil ? "" : try args.string(1)
            return .object(ProgressObject(range: range, label: label, sink: context.progress))
        }
    }

    /// `[n, c, h, w]`, `[n, h, w]` or `[n, h·w]` (square) → (count, channels, height, width).
    static func imageLayout(_ shape: [Int]) throws -> (Int, Int, Int, Int) {
        switch shape.count {
        case 4: return (shape[0], shape[1], shape[2], shape[3])
        case 3: return (shape[0], 1, shape[1], shape[2])
        case 2:
            let side = Int(Double(shape[1]).squareRoot().rounded())
            guard side * side == shape[1] else { throw HostError("ImageGrid: rows of \(shape[1]) values are not square images; reshape to [n, 1, h, w]") }
            return (shape[0], 1, side, side)
        default: throw HostError("ImageGrid: images must have shape [n, c, h, w], got \(shape)")
        }
    }

    private static func registerChart(_ r: BuiltinRegistrar) throws {
        try r.type("Chart", doc: "A chart of marks on shared axes, shown as SVG.")
        try r.initializer("Chart(title: String? = nil, x: String? = nil, y: String? = nil, xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil, logY: Bool = false, logX: Bool = false, _ marks: () -> [Mark])",
                          doc: "`Chart(title:, x:, y:) { LineMark(…); RuleMark(…) }`; ranges as `-2...2` or `[-0.5, 0.5]`; `_{…}` and `^{…}` in text are sub- and superscripts.") { args, call in
            let marks = try call.collect(try args.value(7)).flatMap { try chartMarks($0) }
            let title = try args.optionalString(0)
            let chart = Chart(title: title, x: try args.optionalString(1), y: try args.optionalString(2), marks: marks,
                              xScale: (args[6] == nil ? false : try args.bool(6)) ? .log : .linear,
                              yScale: (args[5] == nil ? false : try args.bool(5)) ? .log : .linear,
                              xRange: try closedRange(args[3], "Chart: xRange"), yRange: try closedRange(args[4], "Chart: yRange"))
            try chart.validate()
            return .object(FigureObject(chart, typeName: "Chart", title: title ?? "Chart"))
        }
        try r.type("Panels", doc: "Charts side by side with letters (a), (b), …, shown as SVG.")
        try r.initializer("Panels(_ charts: [Chart], columns: Int = 0, title: String? = nil)", sizeCheck: .counts([CountArgument(1, "columns", 0...64)]), doc: "Charts in a grid of `columns` (default: all in one row, at most 4).") { args, _ in
            let charts = try args.array(0).enumerated().map { index, value -> Chart in
                guard case .object(let object as FigureObject) = value, let chart = object.figure as? Chart else {
                    throw HostError("Panels: element \(index) must be a Chart, got \(value.typeName)")
                }
                return chart
            }
            guard !charts.isEmpty else { throw HostError("Panels: needs at least one chart, got 0") }
            let columns = try args.int(1, default: 0)
            guard columns >= 0 else { throw HostError("Panels: columns must be positive, got \(columns)") }
            let title = try args.optionalString(2)
            let panels = Panels(title: title, columns: columns == 0 ? min(charts.count, 4) : columns, charts: charts)
            return .object(FigureObject(panels, typeName: "Panels", title: title ?? charts.compactMap(\.title).joined(separator: " · ")))
        }
    }

    private static func chartMarks(_ value: Value) throws -> [any Mark] {
        switch value {
        case .object(let object as MarkObject): return object.marks
        case .array(let items): return try items.flatMap { try chartMarks($0) }
        case .void, .nil: return []
        default: throw HostError("Chart: every line of the closure must be a mark (LineMark, PointMark, …), got \(value.typeName)")
        }
    }

    /// `-2...2` (Int ranges only in CellScript), `[lo, hi]` or `(lo, hi)` → a closed range.
    static func closedRange(_ value: Value?, _ what: String) throws -> ClosedRange<Double>? {
        let bounds: [Double]
        switch value {
        case nil, .nil?: return nil
        case .range(let r)?: bounds = [Double(r.lowerBound), Double(r.isClosed ? r.upperBound - 1 : r.upperBound)]
        case .object(let r as DoubleRange)?: bounds = [r.lowerBound, r.upperBound]
        case .array(let items)?, .tuple(let items)?: bounds = try BuiltinValues.doubles(.array(items), what)
        case let other?: throw HostError("\(what) must be a range such as -2...2 or [lo, hi], got \(other.typeName)")
        }
        guard bounds.count == 2, bounds[0] < bounds[1], bounds.allSatisfy(\.isFinite) else {
            throw HostError("\(what) must be two finite increasing bounds, got \(bounds)")
        }
        return bounds[0]...bounds[1]
    }
}
