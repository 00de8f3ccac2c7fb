/// A rectangle of cells to highlight in a `MatrixPanel` (indices in the padded grid).
public struct MatrixHighlight: Sendable, Hashable {
    public var rows: Range<Int>
    public var columns: Range<Int>
    public var color: FigureColor

    /// Highlights `rows × columns`; indices count padding cells too.
    public init(rows: Range<Int>, columns: Range<Int>, color: FigureColor = FigurePalette.highlight) {
        self.rows = rows
        self.columns = columns
        self.color = color
    }
}

/// One matrix of a `MatrixFigure`: values, optional zero padding, highlights and a caption.
public struct MatrixPanel: Sendable {
    public var values: [[Double]]
    public var caption: String?
    /// Rings of zero cells drawn around the values (convolution padding), shown dashed.
    public var padding: Int
    public var highlights: [MatrixHighlight]
    /// Cells (in the padded grid) shown as inserted zeros, e.g. the holes of a transposed convolution's stride.
    public var insertedCells: [[Int]]
    /// Shows numbers in the cells.
    public var showsValues: Bool

    /// A matrix given as rows.
    public init(_ values: [[Double]], caption: String? = nil, padding: Int = 0, highlights: [MatrixHighlight] = [],
                insertedCells: [[Int]] = [], showsValues: Bool = true) {
        self.values = values
        self.caption = caption
        self.padding = padding
        self.highlights = highlights
        self.insertedCells = insertedCells
        self.showsValues = showsValues
    }

    var rows: Int { values.count + 2 * padding }
    var columns: Int { (values.first?.count ?? 0) + 2 * padding }

    func validate(_ index: Int) throws {
        let name = "MatrixPanel \(index)\(caption.map { " \"\($0)\"" } ?? "")"
        guard let first = values.first, !first.isEmpty else { throw FigureError(name, "the matrix is empty (0 rows or 0 columns)") }
        if let bad = values.firstIndex(where: { $0.count != first.count }) {
            throw FigureError(name, "row \(bad) has \(values[bad].count) values but row 0 has \(first.count)")
        }
        guard (0...8).contains(padding) else { throw FigureError(name, "padding must be in 0...8, got \(padding)") }
        for highlight in highlights where highlight.rows.lowerBound < 0 || highlight.rows.upperBound > rows
            || highlight.columns.lowerBound < 0 || highlight.columns.upperBound > columns {
            throw FigureError(name, "highlight rows \(highlight.rows), columns \(highlight.columns) is outside the \(rows)×\(columns) grid")
        }
        for cell in insertedCells where cell.count != 2 || !(0..<rows).contains(cell[0]) || !(0..<columns).contains(cell[1]) {
            throw FigureError(name, "inserted cell \(cell) is not a [row, column] inside the \(rows)×\(columns) grid")
        }
    }
}

/// Small matrices drawn as grids with their values, side by side with operators between
/// them: the convolution arithmetic figures (input with padding ∗ kernel = output).
///
/// ```swift
/// MatrixFigure(title: "步幅 2 的卷积", panels: [
///     MatrixPanel(input, caption: "输入 (padding 1)", padding: 1,
///                 highlights: [MatrixHighlight(rows: 0..<3, columns: 0..<3)]),
///     MatrixPanel(kernel, caption: "卷积核"),
///     MatrixPanel(output, caption: "输出", highlights: [MatrixHighlight(rows: 0..<1, columns: 0..<1, color: FigurePalette.highlight2)]),
/// ], operators: ["∗", "="])
/// ```
public struct MatrixFigure: Figure {
    public var title: String?
    public var panels: [MatrixPanel]
    /// Symbols between consecutive panels ("∗", "=", "→"); at most `panels.count - 1`.
    public var operators: [String]
    /// Side of a cell in pixels.
    public var cellSize: Double
    public var description: String?

    /// A figure of matrices left to right.
    public init(title: String? = nil, panels: [MatrixPanel], operators: [String] = [], cellSize: Double = 34,
                description: String? = nil) {
        self.title = title
        self.panels = panels
        self.operators = operators
        self.cellSize = cellSize
        self.description = description
    }

    public func scene() throws -> FigureScene {
        guard !panels.isEmpty else { throw FigureError("MatrixFigure", "needs at least one panel, got 0") }
        guard operators.count < panels.count else {
            throw FigureError("MatrixFigure", "\(operators.count) operators for \(panels.count) panels (at most \(panels.count - 1))")
        }
        guard cellSize.isFinite, (12...120).contains(cellSize) else { throw FigureError("MatrixFigure", "cellSize must be in 12...120, got \(cellSize)") }
        for (index, panel) in panels.enumerated() { try panel.validate(index) }
        return layout(vertical: false)
    }

    /// On a phone the matrices stack top to bottom with the operators between them, when side
    /// by side they would be shown below their design size.
    public func narrowScene() throws -> FigureScene? {
        let wide = try scene()
        guard wide.width > PhoneLayout.width else { return nil }
        return layout(vertical: true)
    }

    private func layout(vertical: Bool) -> FigureScene {
        let gap = vertical ? 40.0 : 56.0, margin = 16.0
        // Stacked on a phone, the cells grow to use the width (bigger numbers).
        let widestGrid = Double(panels.map(\.columns).max() ?? 1)
        let cellSize = vertical ? max(self.cellSize, min(self.cellSize * 1.4, (PhoneLayout.width - 2 * margin) / widestGrid)) : self.cellSize
        let top = (title != nil ? 38.0 : 12.0)
        let hasCaptions = panels.contains { $0.caption != nil }
        let captionHeight = hasCaptions ? 30.0 : 0
        let widths = panels.map { max(Double($0.columns) * cellSize, TextMetrics.width($0.caption ?? "", size: 13)) }
        let titleWidth = TextMetrics.width(title ?? "", size: 15) + 2 * margin
        let width: Double, height: Double
        if vertical {
            width = max(2 * margin + (widths.max() ?? 0), titleWidth)
            height = top + panels.reduce(0) { $0 + Double($1.rows) * cellSize + captionHeight } + gap * Double(panels.count - 1) + margin
        } else {
            width = 2 * margin + widths.reduce(0, +) + gap * Double(panels.count - 1)
            height = top + Double(panels.map(\.rows).max() ?? 1) * cellSize + captionHeight + margin
        }
        var scene = FigureScene(width: width, height: height, title: title ?? "Matrices", description: accessibleDescription())
        let rowHeight = Double(panels.map(\.rows).max() ?? 1) * cellSize
        var x = margin, y = top
        for (index, panel) in panels.enumerated() {
            let gridWidth = Double(panel.columns) * cellSize, gridHeight = Double(panel.rows) * cellSize
            let slotWidth = vertical ? width - 2 * margin : widths[index]
            let slotHeight = vertical ? gridHeight : rowHeight
            let origin = Point(x: x + (slotWidth - gridWidth) / 2, y: y + (slotHeight - gridHeight) / 2)
            draw(panel, at: origin, cellSize: cellSize, into: &scene.items)
            if let caption = panel.caption {
                scene.items.append(.text(caption, at: Point(x: x + slotWidth / 2, y: y + slotHeight + 22), size: 13,
                                         anchor: .middle, color: FigurePalette.foreground, bold: false, italic: false, rotated: false))
            }
            if index < operators.count {
                let at = vertical ? Point(x: width / 2, y: y + slotHeight + captionHeight + gap / 2 + 8)
                    : Point(x: x + widths[index] + gap / 2, y: y + rowHeight / 2 + 8)
                scene.items.append(.text(operators[index], at: at, size: 24, anchor: .middle, color: FigurePalette.foreground,
                                         bold: false, italic: false, rotated: false))
            }
            if vertical { y += slotHeight + captionHeight + gap } else { x += widths[index] + gap }
        }
        if let title {
            scene.items.append(.text(title, at: Point(x: width / 2, y: 24), size: 15, anchor: .middle,
                                     color: FigurePalette.foreground, bold: true, italic: false, rotated: false))
        }
        return scene
    }

    private func draw(_ panel: MatrixPanel, at origin: Point, cellSize: Double, into items: inout [SceneItem]) {
        func cell(_ row: Int, _ column: Int) -> Rect {
            Rect(x: origin.x + Double(column) * cellSize, y: origin.y + Double(row) * cellSize, width: cellSize, height: cellSize)
        }
        let inserted = Set(panel.insertedCells.map { $0[0] * panel.columns + $0[1] })
        var padCells: [Rect] = [], valueCells: [Rect] = []
        for row in 0..<panel.rows {
            for column in 0..<panel.columns {
                let isPad = row < panel.padding || column < panel.padding || row >= panel.rows - panel.padding
                    || column >= panel.columns - panel.padding || inserted.contains(row * panel.columns + column)
                (isPad ? { padCells.append(cell(row, column)) } : { valueCells.append(cell(row, column)) })()
            }
        }
        if !padCells.isEmpty {
            items.append(.rects(padCells, fill: FigurePalette.grid, stroke: nil, opacity: 0.5))
        }
        for highlight in panel.highlights {
            var rects: [Rect] = []
            for row in highlight.rows { for column in highlight.columns { rects.append(cell(row, column)) } }
            items.append(.rects(rects, fill: highlight.color, stroke: nil, opacity: 0.75))
        }
        items.append(.rects(valueCells, fill: nil, stroke: Stroke(color: FigurePalette.foreground, width: 1), opacity: 1))
        if !padCells.isEmpty {
            items.append(.rects(padCells, fill: nil, stroke: Stroke(color: FigurePalette.muted, width: 0.8, style: .dashed), opacity: 1))
        }
        for highlight in panel.highlights {
            let box = Rect(x: origin.x + Double(highlight.columns.lowerBound) * cellSize, y: origin.y + Double(highlight.rows.lowerBound) * cellSize,
                           width: Double(highlight.columns.count) * cellSize, height: Double(highlight.rows.count) * cellSize)
            items.append(.rects([box], fill: nil, stroke: Stroke(color: FigurePalette.foreground, width: 2.2), opacity: 1))
        }
        guard panel.showsValues else { return }
        // One size for the whole panel, small enough that the widest number ("−1.25") keeps
        // 3 px from each cell wall.
        let labels = panel.values.flatMap { $0.map(Self.label) } + ["0"]
        let widest = labels.map { TextMetrics.width($0, size: 1) }.max() ?? 1
        let size = min(14, cellSize * 0.38, (cellSize - 6) / max(widest, 0.1))
        for row in 0..<panel.rows {
            for column in 0..<panel.columns {
                let r = row - panel.padding, c = column - panel.padding
                let isInserted = inserted.contains(row * panel.columns + column)
                let inside = r >= 0 && c >= 0 && r < panel.values.count && c < panel.values[r].count
                let value = inside && !isInserted ? panel.values[r][c] : 0
                let rect = cell(row, column)
                items.append(.text(Self.label(value), at: Point(x: rect.midX, y: rect.midY + size * 0.36), size: size,
                                   anchor: .middle, color: inside && !isInserted ? FigurePalette.foreground : FigurePalette.muted,
                                   bold: false, italic: false, rotated: false))
            }
        }
    }

    /// A cell's number, with a true minus sign.
    static func label(_ value: Double) -> String {
        let text = NumberFormat.short(value)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    func accessibleDescription() -> String {
        if let description { return description }
        var parts: [String] = []
        for (index, panel) in panels.enumerated() {
            let shape = "\(panel.values.count)×\(panel.values.first?.count ?? 0) matrix"
            parts.append((panel.caption.map { "\($0): " } ?? "") + shape + (panel.padding > 0 ? " with padding \(panel.padding)" : ""))
            if index < operators.count { parts.append(operators[index]) }
        }
        return (title.map { "“\($0)”: " } ?? "") + parts.joined(separator: " ")
    }
}
