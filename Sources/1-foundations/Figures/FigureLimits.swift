/// Bounds on what one figure may draw, so that a cell cannot freeze a 100 MB SVG into the
/// course: long series are thinned to what the resolution shows, and past these limits a
/// figure is refused with a `FigureError` that says what to change.
public enum FigureLimits {
    /// Most shapes (path vertices, circles, rectangles, texts) one mark may draw after thinning.
    /// A sorted line is thinned to at most four points per half-pixel column, so only unsorted
    /// lines, huge heat maps and the like come near it.
    public static let maxShapesPerMark = 100_000
    /// Largest SVG document a figure may produce, both layouts together.
    public static let maxSVGBytes = 8 << 20

    /// Refuses a mark that drew more than `maxShapesPerMark` shapes.
    static func check(_ mark: any DrawableMark, drew items: ArraySlice<SceneItem>) throws {
        let shapes = items.reduce(0) { $0 + $1.shapeCount }
        guard shapes > maxShapesPerMark else { return }
        let advice: String
        if let line = mark as? LineMark, !Thinning.isSorted(line.x) {
            advice = "its x values are not sorted, so it cannot be thinned per pixel column: sort the points by x, or draw a sample of them"
        } else {
            advice = "draw a sample of the data, or fewer cells"
        }
        throw FigureError(mark.name, "draws \(shapes) shapes after thinning, more than a figure may hold (\(maxShapesPerMark)); \(advice)")
    }

    /// Refuses an SVG document larger than `maxSVGBytes`.
    static func check(svg: String) throws -> String {
        let bytes = svg.utf8.count
        guard bytes > maxSVGBytes else { return svg }
        throw FigureError("figure", "its SVG would be \(bytes / 1_048_576) MB, more than a figure may be (\(maxSVGBytes / 1_048_576) MB); draw fewer points")
    }
}

extension SceneItem {
    /// How many shapes the item draws (a path counts its vertices).
    var shapeCount: Int {
        switch self {
        case .path(let subpaths, _, _, _, _): return subpaths.reduce(0) { $0 + $1.count }
        case .circles(let centers, _, _, _): return centers.count
        case .rects(let rects, _, _, _): return rects.count
        case .image, .text: return 1
        }
    }
}

extension DrawableMark {
    /// The mark as named in errors; marks with a label override it (`LineMark "KL"`).
    var name: String { String(describing: Self.self) }
}
