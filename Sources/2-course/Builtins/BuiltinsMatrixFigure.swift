import CellScript
import Figures

/// A `MatrixPanel` in a cell.
final class MatrixPanelObject: HostObject {
    let panel: MatrixPanel
    var typeName: String { "MatrixPanel" }
    init(_ panel: MatrixPanel) { self.panel = panel }
}

/// A `MatrixHighlight` in a cell.
final class MatrixHighlightObject: HostObject {
    let highlight: MatrixHighlight
    var typeName: String { "MatrixHighlight" }
    init(_ highlight: MatrixHighlight) { self.highlight = highlight }
}

extension Builtins {
    /// Two `MatrixFigure` forms: a convolution `input ∗ kernel = output` computed for you, or
    /// any matrices side by side.
    static func registerMatrixFigure(_ r: BuiltinRegistrar) throws {
        try r.type("MatrixFigure", doc: "Small matrices drawn as grids of numbers (convolution arithmetic), shown as SVG.")
        try r.initializer("MatrixFigure(input: [[Double]], kernel: [[Double]], stride: Int = 1, padding: Int = 0, highlight: [Int]? = nil, title: String? = nil)",
                          sizeCheck: .counts([CountArgument(2, "stride", 1...64), CountArgument(3, "padding", 0...64)]), doc: "input ∗ kernel = output (cross-correlation as in Conv2d); `highlight: [row, col]` marks an output cell and its input window.") { args, _ in
            let input = try BuiltinValues.matrix(try args.value(0), "MatrixFigure: input")
            let kernel = try BuiltinValues.matrix(try args.value(1), "MatrixFigure: kernel")
            let stride = try args.int(2, default: 1), padding = try args.int(3, default: 0)
            let output = try convolve(input, kernel, stride: stride, padding: padding)
            var inputHighlights: [MatrixHighlight] = [], outputHighlights: [MatrixHighlight] = []
            if args[4] != nil, case let cell = try BuiltinValues.ints(try args.value(4), "MatrixFigure: highlight") {
                guard cell.count == 2, (0..<output.count).contains(cell[0]), (0..<(output.first?.count ?? 0)).contains(cell[1]) else {
                    throw HostError("MatrixFigure: highlight \(cell) is not a [row, col] of the \(output.count)×\(output.first?.count ?? 0) output")
                }
                let top = cell[0] * stride, left = cell[1] * stride
                inputHighlights = [MatrixHighlight(rows: top..<(top + kernel.count), columns: left..<(left + kernel[0].count))]
                outputHighlights = [MatrixHighlight(rows: cell[0]..<(cell[0] + 1), columns: cell[1]..<(cell[1] + 1))]
            }
            let title = try args.optionalString(5)
            let figure = MatrixFigure(title: title, panels: [
                MatrixPanel(input, caption: padding > 0 ? "input (padding \(padding))" : "input", padding: padding, highlights: inputHighlights),
                MatrixPanel(kernel, caption: "kernel"),
                MatrixPanel(output, caption: stride > 1 ? "output (stride \(stride))" : "output", highlights: outputHighlights),
            ], operators: ["∗", "="])
            return .object(FigureObject(figure, typeName: "MatrixFigure", title: title ?? "Convolution"))
        }
        try r.initializer("MatrixFigure(title: String? = nil, panels: [MatrixPanel], operators: [String] = [])",
                          doc: "Matrix panels left to right with operators (\"∗\", \"=\", \"→\") between them.") { args, _ in
            let panels = try args.array(1).enumerated().map { index, value -> MatrixPanel in
                guard case .object(let object as MatrixPanelObject) = value else {
                    throw HostError("MatrixFigure: panel \(index) must be a MatrixPanel, got \(value.typeName)")
                }
                return object.panel
            }
            let operators = args[2] == nil ? [] : try args.array(2).map(text)
            let title = try args.optionalString(0)
            let figure = MatrixFigure(title: title, panels: panels, operators: operators)
            _ = try figure.scene()   // reports bad highlights or sizes at the call, not when shown
            return .object(FigureObject(figure, typeName: "MatrixFigure", title: title ?? "Matrices"))
        }
        try r.type("MatrixPanel", doc: "One matrix of a MatrixFigure, with caption, zero padding, highlights and inserted zeros.")
        try r.initializer("MatrixPanel(_ values: [[Double]], caption: String? = nil, padding: Int = 0, highlights: [MatrixHighlight] = [], insertedCells: [[Int]] = [], showsValues: Bool = true)",
                          sizeCheck: .counts([CountArgument(2, "padding", 0...64)]), doc: "A matrix (rows); `padding` draws rings of zeros, `insertedCells` [[row, col]] marks inserted zeros (transposed convolution).") { args, _ in
            let highlights = try (args[3] == nil ? [] : try args.array(3)).enumerated().map { index, value -> MatrixHighlight in
                guard case .object(let object as MatrixHighlightObject) = value else {
                    throw HostError("MatrixPanel: highlight \(index) must be a MatrixHighlight, got \(value.typeName)")
                }
                return object.highlight
            }
            let inserted = try (args[4] == nil ? [] : try args.array(4)).enumerated().map {
                try BuiltinValues.ints($0.element, "MatrixPanel: insertedCells element \($0.offset)")
            }
            let panel = MatrixPanel(try BuiltinValues.matrix(try args.value(0), "MatrixPanel: values"), caption: try args.optionalString(1),
                                    padding: try args.int(2, default: 0), highlights: highlights, insertedCells: inserted,
                                    showsValues: args[5] == nil ? true : try args.bool(5))
            return .object(MatrixPanelObject(panel))
        }
        try r.type("MatrixHighlight", doc: "A highlighted block of cells of a MatrixPanel (indices count padding cells).")
        try r.initializer("MatrixHighlight(rows: Range<Int>, columns: Range<Int>, second: Bool = false)",
                          doc: "Highlights rows × columns; `second: true` uses the second highlight colour.") { args, _ in
            func range(_ index: Int) throws -> Range<Int> {
                guard case .range(let r) = try args.value(index) else {
                    throw HostError("MatrixHighlight: \(args.signature.parameters[index].name) must be a range such as 0..<3, got \(try args.value(index).typeName)")
                }
                return r.lowerBound..<r.upperBound
            }
            let color = (args[2] == nil ? false : try args.bool(2)) ? FigurePalette.highlight2 : FigurePalette.highlight
            return .object(MatrixHighlightObject(MatrixHighlight(rows: try range(0), columns: try range(1), color: color)))
        }
    }

    /// Cross-correlation of `input` with `kernel` after zero padding, like `Conv2d`.
    static func convolve(_ input: [[Double]], _ kernel: [[Double]], stride: Int, padding: Int) throws -> [[Double]] {
        guard let width = input.first?.count, width > 0, input.allSatisfy({ $0.count == width }),
              let kw = kernel.first?.count, kw > 0, kernel.allSatisfy({ $0.count == kw }) else {
            throw HostError("MatrixFigure: input and kernel must be non-empty rectangular matrices")
        }
        guard stride >= 1, padding >= 0 else { throw HostError("MatrixFigure: stride must be ≥ 1 and padding ≥ 0, got \(stride), \(padding)") }
        let height = input.count, kh = kernel.count
        let outHeight = (height + 2 * padding - kh) / stride + 1, outWidth = (width + 2 * padding - kw) / stride + 1
        guard height + 2 * padding >= kh, width + 2 * padding >= kw else {
            throw HostError("MatrixFigure: kernel \(kh)×\(kw) is larger than the padded \(height + 2 * padding)×\(width + 2 * padding) input")
        }
        func at(_ y: Int, _ x: Int) -> Double {
            let (row, col) = (y - padding, x - padding)
            return (0..<height).contains(row) && (0..<width).contains(col) ? input[row][col] : 0
        }
        return (0..<outHeight).map { oy in
            (0..<outWidth).map { ox in
                var sum = 0.0
                for ky in 0..<kh { for kx in 0..<kw { sum += at(oy * stride + ky, ox * stride + kx) * kernel[ky][kx] } }
                return sum
            }
        }
    }
}
