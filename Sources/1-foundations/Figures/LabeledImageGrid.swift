import PNGCodec

/// An image grid with words around it: a label beside each row, tick labels under the columns
/// (a parameter sweep such as a latent grid), axis titles, and gaps with a rule between groups
/// of rows (real samples above, generated ones below).
///
/// ```swift
/// let grid = try ImageGrid(pixels: decoded, count: 144, channels: 1, height: 28, width: 28, columns: 12)
/// let figure = LabeledImageGrid(grid, rowLabels: ["2.5", …], columnLabels: ["−2.5", …], x: "z_1", y: "z_2")
/// let svg = try figure.svg()
/// ```
public struct LabeledImageGrid: Figure {
    public var grid: ImageGrid
    public var title: String?
    /// One label per grid row (left of the row), or none.
    public var rowLabels: [String]
    /// One label per grid column (under the grid), or none.
    public var columnLabels: [String]
    /// Rows per group, top to bottom (summing to the grid's rows); empty for one group.
    public var groups: [Int]
    public var xLabel: String?
    public var yLabel: String?
    public var description: String?

    public init(_ grid: ImageGrid, title: String? = nil, rowLabels: [String] = [], columnLabels: [String] = [],
                groups: [Int] = [], x: String? = nil, y: String? = nil, description: String? = nil) {
        self.grid = grid
        self.title = title
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.groups = groups
        self.xLabel = x
        self.yLabel = y
        self.description = description
    }

    static let textSize = 12.0, groupGap = 12.0

    /// Checks the labels and groups against the grid's rows and columns.
    public func validate() throws {
        guard rowLabels.isEmpty || rowLabels.count == grid.gridRows else {
            throw FigureError("ImageGrid", "\(rowLabels.count) row labels for \(grid.gridRows) rows")
        }
        guard columnLabels.isEmpty || columnLabels.count == grid.gridColumns else {
            throw FigureError("ImageGrid", "\(columnLabels.count) column labels for \(grid.gridColumns) columns")
        }
        guard groups.allSatisfy({ $0 > 0 }), groups.isEmpty || groups.reduce(0, +) == grid.gridRows else {
            throw FigureError("ImageGrid", "groups \(groups) must be positive row counts summing to the grid's \(grid.gridRows) rows")
        }
    }

    /// Widest the desktop layout gets (about the lesson column at 1280 px): a wider grid's
    /// images shrink so that its labels are shown at their design size.
    static let maxWideWidth = 750.0

    public func scene() throws -> FigureScene { try layout(maxWidth: Self.maxWideWidth) }

    /// On a phone the images shrink to fit `PhoneLayout.width` while the labels keep their size.
    public func narrowScene() throws -> FigureScene? {
        let wide = try scene()
        guard wide.width > PhoneLayout.width else { return nil }
        return try layout(maxWidth: PhoneLayout.width)
    }

    private func layout(maxWidth: Double?) throws -> FigureScene {
        try validate()
        let image = try grid.image()
        let size = Self.textSize
        let rowLabelWidth = rowLabels.map { TextMetrics.width($0, size: size) }.max() ?? 0
        let left = 6 + (yLabel != nil ? 22 : 0) + (rowLabels.isEmpty ? 0 : rowLabelWidth + 8)
        let right = 6.0
        let scale = maxWidth.map { min(1, ($0 - left - right) / Double(image.width)) } ?? 1
        let top = title != nil ? 34.0 : 6
        let cellWidth = Double(grid.width * grid.scale + grid.padding), cellHeight = Double(grid.height * grid.scale + grid.padding)
        let padding = Double(grid.padding)
        let rowGroups = groups.isEmpty ? [grid.gridRows] : groups
        let imageWidth = Double(image.width) * scale
        var items: [SceneItem] = []
        var y = top, firstRow = 0
        var rowCentres: [Double] = []
        for (index, rows) in rowGroups.enumerated() {
            if index > 0 {
                let ruleY = y + Self.groupGap / 2
                items.append(.path(subpaths: [[Point(x: left, y: ruleY), Point(x: left + imageWidth, y: ruleY)]], closed: false, fill: nil,
                                   stroke: Stroke(color: FigurePalette.foreground, width: 1.5), opacity: 1))
                y += Self.groupGap
            }
            let y0 = Int(Double(firstRow) * cellHeight), y1 = min(image.height, Int(Double(firstRow + rows) * cellHeight + padding))
            let band = try PNGImage(width: image.width, height: y1 - y0, channels: image.channels,
                                    pixels: Array(image.pixels[(y0 * image.width * image.channels)..<(y1 * image.width * image.channels)]))
            let bandHeight = Double(band.height) * scale
            items.append(.image(band, in: Rect(x: left, y: y, width: imageWidth, height: bandHeight), smooth: false))
            for row in 0..<rows {
                rowCentres.append(y + (padding + Double(row) * cellHeight + Double(grid.height * grid.scale) / 2) * scale)
            }
            y += bandHeight
            firstRow += rows
        }
        let imageBottom = y
        let foreground = FigurePalette.foreground
        for (label, centre) in zip(rowLabels, rowCentres) where !label.isEmpty {
            items.append(.text(label, at: Point(x: left - 6, y: centre + size * 0.35), size: size, anchor: .end, color: foreground,
                               bold: false, italic: false, rotated: false))
        }
        var bottom = imageBottom
        if !columnLabels.isEmpty {
            let widest = columnLabels.map { TextMetrics.width($0, size: size) }.max() ?? 0
            let step = max(1, Int((widest + 6) / (cellWidth * scale)) + 1)
            for (column, label) in columnLabels.enumerated() where column % step == 0 {
                let x = left + (padding + Double(column) * cellWidth + Double(grid.width * grid.scale) / 2) * scale
                items.append(.text(label, at: Point(x: x, y: imageBottom + 15), size: size, anchor: .middle, color: foreground,
                                   bold: false, italic: false, rotated: false))
            }
            bottom += 20
        }
        if let xLabel {
            items.append(.text(xLabel, at: Point(x: left + imageWidth / 2, y: bottom + 17), size: 13, anchor: .middle, color: foreground,
                               bold: false, italic: false, rotated: false))
            bottom += 24
        }
        if let yLabel {
            items.append(.text(yLabel, at: Point(x: 18, y: (top + imageBottom) / 2), size: 13, anchor: .middle, color: foreground,
                               bold: false, italic: false, rotated: true))
        }
        let titleWidth = title.map { TextMetrics.width($0, size: 15) + 16 } ?? 0
        let width = max(left + imageWidth + right, titleWidth)
        if let title {
            items.append(.text(title, at: Point(x: width / 2, y: 23), size: 15, anchor: .middle, color: foreground,
                               bold: true, italic: false, rotated: false))
        }
        var scene = FigureScene(width: width, height: bottom + 6, title: title ?? "Image grid", description: accessibleDescription())
        scene.items = items
        return scene
    }

    func accessibleDescription() -> String {
        if let description { return description }
        var text = "\(grid.count) images of \(grid.height)×\(grid.width) pixels in \(grid.gridRows) rows of \(grid.gridColumns)"
        if groups.count > 1 { text += ", in groups of \(groups.map(String.init).joined(separator: ", ")) rows" }
        if let xLabel, !columnLabels.isEmpty { text += "; columns: \(ChartText.plain(xLabel)) from \(columnLabels[0]) to \(columnLabels[columnLabels.count - 1])" }
        if let yLabel, !rowLabels.isEmpty { text += "; rows: \(ChartText.plain(yLabel)) from \(rowLabels[0]) to \(rowLabels[rowLabels.count - 1])" }
        else if !rowLabels.isEmpty { text += "; rows: " + rowLabels.joined(separator: ", ") }
        return text + "."
    }
}
