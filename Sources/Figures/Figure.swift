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
}

extension Figure {
    /// A standalone, deterministic SVG document (same figure → same bytes), responsive
    /// (`viewBox`, `width="100%"`), accessible (`role="img"`, `<title>`, `<desc>`) and styled
    /// through CSS custom properties (see `FigurePalette`).
    public func svg() throws -> String {
        SVGWriter.write(try scene())
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
