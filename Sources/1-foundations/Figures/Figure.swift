import Foundation
import PNGCodec

/// Something that renders to SVG and PNG: `Chart`, `Panels`, `MatrixFigure`, `LayerDiagram`.
///
/// ```swift
/// let svg: String = try chart.svg()
/// let png: [UInt8] = try chart.png(scale: 2)
/// try chart.writeSVG(to: "site/figures/kl.svg")
/// ```
public protocol Figure: Sendable {
    /// Lays the figure out in pixels; throws `FigureError` for bad input.
    func scene() throws -> FigureScene
    /// The same figure laid out for a phone (see `PhoneLayout`), or nil when `scene()` already
    /// reads at that width.
    func narrowScene() throws -> FigureScene?
}

/// The phone layout every figure gets when its own layout is wider than a phone's column:
/// figures are drawn `width` figure pixels wide so that, shown in the ~344 CSS px column of a
/// 390 px screen, one figure pixel is about one CSS pixel and no label is below 11 px.
/// Pages switch to it below `breakpoint` CSS pixels of viewport width.
public enum PhoneLayout {
    /// Design width of the phone layout, in figure pixels.
    public static let width = 340.0
    /// Widest the phone layout is shown (it scales up to this on larger phones).
    public static let maxShownWidth = 460.0
    /// Viewport width (CSS px) below which the phone layout is shown.
    public static let breakpoint = 700
}

extension Figure {
    public func narrowScene() throws -> FigureScene? { nil }
}

extension Figure {
    /// A standalone, deterministic SVG document (same figure → same bytes), responsive
    /// (`viewBox`, `width="100%"`), accessible (`role="img"`, `<title>`, `<desc>`) and styled
    /// through CSS custom properties (see `FigurePalette`).
    ///
    /// When the figure has a phone layout (`narrowScene()`), the document holds both layouts as
    /// nested `<svg>` elements and CSS in it shows the one that fits the viewport.
    public func svg() throws -> String {
        let wide = try scene()
        guard let narrow = try narrowScene() else { return try FigureLimits.check(svg: SVGWriter.write(wide)) }
        return try FigureLimits.check(svg: SVGWriter.write(wide, narrow: narrow))
    }

    /// The figure rasterised at `scale` pixels per figure unit. Only numeric text (ticks, cell
    /// values, shapes) is drawn, with a small bitmap font; words need the SVG.
    public func image(scale: Double = 2) throws -> PNGImage {
        guard scale.isFinite, scale > 0, scale <= 8 else {
            throw FigureError("png", "scale must be in (0, 8], got \(scale)")
        }
        let scene = try scene()
        let pixels = scene.width * scale * scene.height * scale
        guard pixels <= 64_000_000 else {
            throw FigureError("png", "\(scene.width)×\(scene.height) at scale \(scale) is too large to rasterise")
        }
        return try Rasterizer.render(scene, scale: scale)
    }

    /// PNG file bytes of `image(scale:)`.
    public func png(scale: Double = 2) throws -> [UInt8] {
        try PNGCodec.encode(try image(scale: scale))
    }

    /// Writes `svg()` to a file atomically.
    public func writeSVG(to path: String) throws {
        try FileOutput.write(Array(try svg().utf8), to: path)
    }

    /// Writes `png(scale:)` to a file atomically.
    public func writePNG(to path: String, scale: Double = 2) throws {
        try PNGCodec.write(try image(scale: scale), to: path)
    }
}

/// Atomic file writes (temporary file + rename).
enum FileOutput {
    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FigureError("write '\(path)'", error.localizedDescription)
        }
    }
}
