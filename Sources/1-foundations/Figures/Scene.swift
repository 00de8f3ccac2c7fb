import PNGCodec

/// How a stroke is dashed.
public enum LineStyle: Sendable, Hashable {
    /// A continuous line.
    case solid
    /// Long dashes (discriminator curves by convention).
    case dashed
    /// Short dots (data densities by convention).
    case dotted
    /// Dash and dot.
    case dashDot

    /// Dash pattern in pixels for a line of `width`; empty for solid.
    func pattern(width: Double) -> [Double] {
        switch self {
        case .solid: return []
        case .dashed: return [6 * max(1, width * 0.75), 4 * max(1, width * 0.75)]
        case .dotted: return [max(1, width) * 1, max(1, width) * 2]
        case .dashDot: return [7 * max(1, width * 0.75), 3, 1.5, 3]
        }
    }
}

/// Horizontal anchor of a text item.
public enum TextAnchor: Sendable, Hashable {
    case start, middle, end
}

/// Stroke parameters of a scene path.
struct Stroke: Sendable {
    var color: FigureColor
    var width: Double = 1
    var style: LineStyle = .solid
    var roundCaps = false
}

/// Shapes after layout, in figure pixels: what both SVG and PNG renderers draw.
enum SceneItem: Sendable {
    /// Several polylines (subpaths) with one stroke and/or fill. `closed` closes each subpath.
    case path(subpaths: [[Point]], closed: Bool, fill: FigureColor?, stroke: Stroke?, opacity: Double)
    /// Circles of one colour.
    case circles(centers: [Point], radii: [Double], fill: FigureColor, opacity: Double)
    /// Rectangles of one colour (used for heat-map cells, bars and image-like figures).
    case rects([Rect], fill: FigureColor?, stroke: Stroke?, opacity: Double)
    /// A raster image stretched over a rectangle (heat maps, colour bars, image grids).
    case image(PNGImage, in: Rect, smooth: Bool)
    /// A line of text; `rotated` turns it 90° anticlockwise about its anchor.
    case text(String, at: Point, size: Double, anchor: TextAnchor, color: FigureColor,
              bold: Bool, italic: Bool, rotated: Bool)
}

/// A laid-out figure (opaque): its pixel size, accessible title and description, and its
/// shapes, ready for the SVG writer or the rasteriser. Obtain one from `Figure.scene()`.
public struct FigureScene: Sendable {
    var width: Double
    var height: Double
    var title: String
    var description: String
    var items: [SceneItem] = []
}
