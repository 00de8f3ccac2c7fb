import CellScript
import Figures

extension Builtins {
    /// Two `MatrixFigure` forms: a convolution `input ∗ kernel = output` computed for you, or
    /// any matrices side by side.
    static func registerMatrixFigure(_ r: HostRegistry) throws {
        try r.type("MatrixFigure", doc: "Small matrices drawn as grids of numbers (convolution arithmetic), shown as SVG.")
        try r.initializer("MatrixFigure(input: [[Double]], kernel: [[Double]], stride: Int = 1, padding: Int = 0, highlight: [Int] = nil, title: String = nil)",
                          doc: "input ∗ kernel = output (cross-correlation as in Conv2d); `highlight: [row, col]` marks an output cell and its input window.") { args, _ in
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
        try r.initializer("MatrixFigure(_ matrices: [[[Double]]], captions: [String] = [], operators: [String] = [], title: String = nil)",
                          doc: "Matrices left to right with captions and operators (\"∗\", \"=\", \"→\") between them.") { args, _ in
            let matrices = try args.array(0).enumerated().map { try BuiltinValues.matrix($0.element, "MatrixFigure: matrix \($0.offset)") }
            let captions = args[1] == nil ? [] : try args.array(1).map(text)
            let operators = args[2] == nil ? [] : try args.array(2).map(text)
            let title = try args.optionalString(3)
            let panels = matrices.enumerated().map { MatrixPanel($0.element, caption: $0.offset < captions.count ? captions[$0.offset] : nil) }
            return .object(FigureObject(MatrixFigure(title: title, panels: panels, operators: operators), typeName: "MatrixFigure", title: title ?? "Matrices"))
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
