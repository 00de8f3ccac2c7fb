/// Draws legends: inside a chart's plot, or as a row above a panel figure.
enum Legend {
    static let textSize = 12.0, rowHeight = 18.0, swatchWidth = 26.0

    static func size(of entries: [LegendEntry]) -> (width: Double, height: Double) {
        let labelWidth = entries.map { TextMetrics.width($0.label, size: textSize) }.max() ?? 0
        return (swatchWidth + 8 + labelWidth + 16, Double(entries.count) * rowHeight + 8)
    }

    /// Places the legend in the inside corner covering the fewest drawn data points.
    static func drawInside(_ entries: [LegendEntry], position: LegendPosition, plot: Rect,
                           occupancy: [Point], into items: inout [SceneItem]) {
        let (width, height) = size(of: entries)
        let inset = 8.0
        let corners: [(LegendPosition, Rect)] = [
            (.topRight, Rect(x: plot.maxX - inset - width, y: plot.minY + inset, width: width, height: height)),
            (.topLeft, Rect(x: plot.minX + inset, y: plot.minY + inset, width: width, height: height)),
            (.bottomRight, Rect(x: plot.maxX - inset - width, y: plot.maxY - inset - height, width: width, height: height)),
            (.bottomLeft, Rect(x: plot.minX + inset, y: plot.maxY - inset - height, width: width, height: height)),
        ]
        var box = corners[0].1
        if let fixed = corners.first(where: { $0.0 == position }) {
            box = fixed.1
        } else {
            var best = Int.max
            for (_, rect) in corners {
                let grown = rect.insetBy(-4)
                let count = occupancy.reduce(0) { $0 + (grown.contains($1) ? 1 : 0) }
                if count < best { best = count; box = rect }
            }
        }
        items.append(.rects([box], fill: FigurePalette.legendBackground, stroke: Stroke(color: FigurePalette.grid, width: 1), opacity: 0.9))
        for (index, entry) in entries.enumerated() {
            let y = box.minY + 4 + rowHeight * (Double(index) + 0.5)
            drawEntry(entry, x: box.minX + 8, centreY: y, into: &items)
        }
    }

    /// A horizontal row of entries centred on `centreX`.
    static func drawRow(_ entries: [LegendEntry], centreX: Double, centreY: Double, into items: inout [SceneItem]) {
        let widths = entries.map { swatchWidth + 6 + TextMetrics.width($0.label, size: textSize) + 20 }
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
                                opacity: entry.swatch.isArea ? 0.4 : 0.85))
        case .point:
            items.append(.circles(centers: [Point(x: x + swatchWidth / 2, y: y)], radii: [4], fill: entry.color, opacity: 0.9))
        }
        items.append(.text(entry.label, at: Point(x: x + swatchWidth + 6, y: y + 4), size: textSize, anchor: .start,
                           color: FigurePalette.foreground, bold: false, italic: false, rotated: false))
    }
}

extension LegendEntry.Swatch {
    var isArea: Bool { if case .area = self { return true } else { return false } }
}
