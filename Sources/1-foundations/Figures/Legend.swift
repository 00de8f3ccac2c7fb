/// Draws legends: inside a chart's plot, or as a row above a panel figure.
enum Legend {
    static let textSize = 12.0, rowHeight = 18.0, swatchWidth = 26.0

    static func size(of entries: [LegendEntry]) -> (width: Double, height: Double) {
        let labelWidth = entries.map { TextMetrics.width($0.label, size: textSize) }.max() ?? 0
        return (swatchWidth + 8 + labelWidth + 16, Double(entries.count) * rowHeight + 8)
    }

    /// Inside positions tried by the automatic legend, in order of preference.
    static func candidates(width: Double, height: Double, plot: Rect) -> [(LegendPosition, Rect)] {
        let inset = 8.0
        let left = plot.minX + inset, right = plot.maxX - inset - width, centre = plot.midX - width / 2
        let top = plot.minY + inset, bottom = plot.maxY - inset - height
        return [
            (.topRight, Rect(x: right, y: top, width: width, height: height)),
            (.topLeft, Rect(x: left, y: top, width: width, height: height)),
            (.bottomRight, Rect(x: right, y: bottom, width: width, height: height)),
            (.bottomLeft, Rect(x: left, y: bottom, width: width, height: height)),
            (.automatic, Rect(x: centre, y: top, width: width, height: height)),
            (.automatic, Rect(x: centre, y: bottom, width: width, height: height)),
        ]
    }

    /// The inside box for `position`, or for `.automatic` the candidate covering the fewest
    /// drawn data points, with that number.
    static func insideBox(_ entries: [LegendEntry], position: LegendPosition, plot: Rect,
                          occupancy: [Point]) -> (box: Rect, covered: Int) {
        let (width, height) = size(of: entries)
        let candidates = candidates(width: width, height: height, plot: plot)
        if position != .automatic, let fixed = candidates.first(where: { $0.0 == position }) { return (fixed.1, 0) }
        var best = (box: candidates[0].1, covered: Int.max)
        for (_, rect) in candidates {
            let grown = rect.insetBy(-8)  // room for point radii and stroke widths
            let count = occupancy.reduce(0) { $0 + (grown.contains($1) ? 1 : 0) }
            if count < best.covered { best = (rect, count) }
        }
        return best
    }

    /// Draws the legend in a box (inside the plot or beside it).
    static func drawBox(_ entries: [LegendEntry], box: Rect, into items: inout [SceneItem]) {
        items.append(.rects([box], fill: FigurePalette.legendBackground, stroke: Stroke(color: FigurePalette.grid, width: 1), opacity: 0.9))
        for (index, entry) in entries.enumerated() {
            let y = box.minY + 4 + rowHeight * (Double(index) + 0.5)
            drawEntry(entry, x: box.minX + 8, centreY: y, into: &items)
        }
    }

    /// Width of one entry in a row.
    static func rowWidth(_ entry: LegendEntry) -> Double {
        swatchWidth + 6 + TextMetrics.width(entry.label, size: textSize) + 20
    }

    /// Entries split into rows no wider than `width` (each row at least one entry).
    static func wrap(_ entries: [LegendEntry], width: Double) -> [[LegendEntry]] {
        var rows: [[LegendEntry]] = [], current: [LegendEntry] = [], used = 0.0
        for entry in entries {
            let w = rowWidth(entry)
            if !current.isEmpty, used + w > width { rows.append(current); current = []; used = 0 }
            current.append(entry)
            used += w
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// A horizontal row of entries centred on `centreX`.
    static func drawRow(_ entries: [LegendEntry], centreX: Double, centreY: Double, into items: inout [SceneItem]) {
        let widths = entries.map(rowWidth)
        var x = centreX - widths.reduce(0, +) / 2
        for (entry, width) in zip(entries, widths) {
            drawEntry(entry, x: x, centreY: centreY, into: &items)
            x += width
        }
    }

    static func drawEntry(_ entry: LegendEntry, x: Double, centreY y: Double, into items: inout [SceneItem]) {
        switch entry.swatch {
        case .line(let style, let width):
            items.append(.path(subpaths: [[Point(x: x, y: y), Point(x: x + swatchWidth, y: y)]], closed: false, fill: nil,
                               stroke: Stroke(color: entry.color, width: width, style: style, roundCaps: style == .dotted), opacity: 1))
        case .area, .bar:
            items.append(.rects([Rect(x: x, y: y - 5, width: swatchWidth, height: 10)], fill: entry.color, stroke: nil,
                                opacity: max(entry.opacity, 0.25)))
        case .point:
            items.append(.circles(centers: [Point(x: x + swatchWidth / 2, y: y)], radii: [4], fill: entry.color, opacity: 0.9))
        }
        items.append(.text(entry.label, at: Point(x: x + swatchWidth + 6, y: y + 4), size: textSize, anchor: .start,
                           color: FigurePalette.foreground, bold: false, italic: false, rotated: false))
    }
}
