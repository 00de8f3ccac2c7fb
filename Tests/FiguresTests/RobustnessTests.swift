import Foundation
import Testing
@testable import Figures
@testable import PNGCodec

@Suite("Extreme input never crashes")
struct RobustnessTests {
    /// With `GANBOOK_FIGURES_REVIEW=<folder>`, the PNGs are also written there for looking at.
    @Test("every sample figure rasterises to a PNG of its size")
    func rasteriseAll() throws {
        let review = ProcessInfo.processInfo.environment["GANBOOK_FIGURES_REVIEW"]
        for (name, figure) in SampleFigures.all {
            if let review { try figure.writePNG(to: "\(review)/\(name).png", scale: 2) }
            let scene = try figure.scene()
            let image = try PNGCodec.decode(try figure.png(scale: 1))
            #expect(image.width == Int(scene.width.rounded(.up)), "\(name)")
            #expect(image.height == Int(scene.height.rounded(.up)), "\(name)")
            #expect(Set(image.pixels).count > 8, "\(name) looks blank")
        }
    }

    @Test("a log panel next to a linear one with a range from 0 renders, on its own axis")
    func logPanelBesideLinearPanel() throws {
        // Lesson 04 once trapped here: the shared y domain took the 0 of the second chart's range.
        let estimate = Chart(x: "step", y: "W estimate", yScale: .log) { LineMark(x: [1, 2, 3], y: [1e-1, 1e-3, 1e-5]) }
        let quality = Chart(x: "step", y: "share", yRange: 0...1) { LineMark(x: [1, 2, 3], y: [0, 0.2, 0.4]) }
        let panels = Panels(columns: 2, charts: [estimate, quality])
        #expect(!panels.sharesY && panels.sharesX)
        let svg = try panels.svg()
        #expect(svg.contains("10⁻³") || svg.contains("10<tspan"), "the log panel keeps its own decade ticks")
    }

    @Test("huge and tiny magnitudes render without traps")
    func magnitudes() throws {
        let huge = [-1e308, 0, 1e308]
        for chart in [
            Chart { LineMark(x: [0, 1, 2], y: huge) },
            Chart { LineMark(x: huge, y: [0, 1, 2]) },
            Chart { Histogram(huge, bins: 5) },
            Chart { PointMark(x: huge, y: huge) },
            Chart(xRange: 0...1, yRange: 0...1) { LineMark(x: huge, y: huge) },
            Chart(xRange: 0...1e-300, yRange: 0...1) { LineMark(x: [0, 1e-300], y: [0, 1]) },
            Chart(xRange: -0.5...0.5, yRange: -0.5...0.5) {
                HeatMap(x: [-1e6, 0, 1e6], y: [-1e6, 0, 1e6], values: [0, 1, 2, 3, 4, 5, 6, 7, 8])
            },
            Chart(xScale: .log) { LineMark(x: [-1, 0, 1e-300, 1e300], y: [1, 2, 3, 4]) },
        ] {
            let svg = try chart.svg()
            for number in SVGInspection.numbers(in: svg) { #expect(Double(number)?.isFinite == true, "bad number \(number)") }
            _ = try chart.png(scale: 1)
        }
        _ = try LayerDiagram(layers: [("big", [1 << 40, 1 << 40, 1 << 40])]).svg()
    }

    @Test("a heat map under a narrower fixed range keeps only the visible cells")
    func croppedHeatMap() throws {
        let chart = Chart(xRange: 0...1, yRange: 0...1, showsGrid: false) {
            HeatMap(x: [-2, -1, 0, 1, 2], y: [-2, -1, 0, 1, 2], values: (0..<25).map(Double.init), showsColorBar: false)
        }
        let scene = try chart.scene()
        let images = scene.items.compactMap { item -> PNGImage? in
            if case let .image(image, _, _) = item { return image } else { return nil }
        }
        #expect(images.count == 1)
        #expect(images.first.map { ($0.width, $0.height) == (2, 2) } == true)
    }

    @Test("oversized rasters are refused with an error")
    func oversized() {
        let chart = Chart(width: 100_000, height: 100_000) { LineMark(x: [0, 1], y: [0, 1]) }
        #expect(throws: FigureError.self) { try chart.png(scale: 2) }
    }
}
