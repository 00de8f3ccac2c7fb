import Figures
import PNGCodec
import Foundation

/// Benchmarks of the Figures module: `ganbook-bench figures [--runs N]`.
///
/// Prints the median time of
/// - a 4-panel figure with a 10 000-point line in each panel → SVG,
/// - the same with a 10 000-point scatter in each panel → SVG,
/// - a 64-image 28×28 grey grid → PNG bytes,
/// - a 640×400 chart rasterised → PNG bytes (the chart PNG route).
enum FiguresBench {
    struct BadArgument: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }

    static func run(_ arguments: [String]) throws {
        var runs = 25
        if let index = arguments.firstIndex(of: "--runs") {
            guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else {
                throw BadArgument(text: "--runs needs a positive integer")
            }
            runs = value
        }
        let lines = panels(points: 10_000, scatter: false)
        let scatter = panels(points: 10_000, scatter: true)
        let grid = try imageGrid()
        let chart = singleChart()
        var size = 0
        report("4 panels × 10 000-point line → SVG", runs: runs) { size = try lines.svg().utf8.count }
        print("    SVG size: \(size) bytes")
        report("4 panels × 10 000-point scatter → SVG", runs: runs) { size = try scatter.svg().utf8.count }
        print("    SVG size: \(size) bytes")
        report("64 × 28×28 image grid (noise) → PNG", runs: runs) { size = try grid.png().count }
        print("    PNG size: \(size) bytes")
        report("    of which laying out the pixels", runs: runs) { size = try grid.image().pixels.count }
        report("    same grid, PNGCompression.fast", runs: runs) { size = try PNGCodec.encode(try grid.image(), compression: .fast).count }
        print("    PNG size: \(size) bytes")
        let digits = try digitGrid()
        report("64 × 28×28 image grid (digit-like strokes) → PNG", runs: runs) { size = try digits.png().count }
        print("    PNG size: \(size) bytes")
        report("640×400 chart, 2 × 1 000-point lines → PNG (scale 2)", runs: max(3, runs / 5)) { size = try chart.png().count }
        print("    PNG size: \(size) bytes")
        report("    of which rasterising", runs: max(3, runs / 5)) { size = try chart.image().pixels.count }
    }

    static func report(_ name: String, runs: Int, _ body: () throws -> Void) {
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let start = clock.now
            do { try body() } catch { print("\(name): error: \(error)"); return }
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
        }
        times.sort()
        let median = times[times.count / 2]
        print("\(name): median \(format(median)) ms (min \(format(times[0])), max \(format(times[times.count - 1])), \(runs) runs)")
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    /// Deterministic noise (linear congruential) so every run draws the same data.
    static func noise(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
    }

    static func panels(points: Int, scatter: Bool) -> Panels {
        let xs = (0..<points).map { Double($0) / Double(points) * 8 - 1 }
        let charts = (0..<4).map { panel -> Chart in
            let jitter = noise(points, seed: UInt64(panel + 1))
            let ys = zip(xs, jitter).map { x, e in Foundation.exp(-0.5 * (x - 4) * (x - 4) / 0.5) * 0.6 + 0.1 * e }
            if scatter {
                let px = zip(xs, noise(points, seed: UInt64(panel + 11))).map { $0 + $1 }
                return Chart(x: "x", y: "y") { PointMark(x: px, y: ys, label: "samples", color: FigurePalette.generated, size: 2) }
            }
            return Chart(x: "x", y: "p(x)") {
                LineMark(x: xs, y: ys, label: "p_g", color: FigurePalette.generated)
                RuleMark(y: 0.5, label: "D = 1/2")
            }
        }
        return Panels(title: "benchmark", columns: 4, charts: charts)
    }

    static func imageGrid() throws -> ImageGrid {
        let pixels = noise(64 * 28 * 28, seed: 3).map { Float($0 * 2) }
        return try ImageGrid(pixels: pixels, count: 64, channels: 1, height: 28, width: 28, columns: 8, scale: 2, padding: 2)
    }

    /// Smooth stroke-like images (rings and bars), closer to generated digits than noise.
    static func digitGrid() throws -> ImageGrid {
        var pixels: [Float] = []
        pixels.reserveCapacity(64 * 784)
        for index in 0..<64 {
            for row in 0..<28 {
                for column in 0..<28 {
                    let dx = Double(column) - 13.5, dy = Double(row) - 13.5
                    let ring = abs((dx * dx + dy * dy).squareRoot() - Double(5 + index % 6))
                    pixels.append(Float(max(-1, 1 - ring)))
                }
            }
        }
        return try ImageGrid(pixels: pixels, count: 64, channels: 1, height: 28, width: 28, columns: 8, scale: 2, padding: 2)
    }

    static func singleChart() -> Chart {
        let xs = (0..<1000).map { Double($0) / 100 }
        return Chart(title: "chart", x: "x", y: "y") {
            LineMark(x: xs, y: xs.map { Foundation.sin($0) }, label: "sin", color: FigurePalette.real)
            LineMark(x: xs, y: xs.map { Foundation.cos($0) }, label: "cos", color: FigurePalette.discriminator, style: .dashed)
        }
    }
}
