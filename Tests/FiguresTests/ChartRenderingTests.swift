import Foundation
import Testing
@testable import Figures
@testable import PNGCodec

@Suite("Chart rendering")
struct ChartRenderingTests {
    static let xs = (0..<50).map { Double($0) / 10 }

    @Test("the same figure gives the same bytes")
    func deterministic() throws {
        for (_, figure) in SampleFigures.all {
            #expect(try figure.svg() == figure.svg())
        }
    }

    @Test("SVGs are accessible, responsive and themable")
    func accessible() throws {
        let svg = try SampleFigures.divergences.svg()
        // Two layouts: the 640×400 design and the phone's 340 px one, each a nested <svg> with its
        // viewBox; the outer element takes the shown one's aspect ratio and maximum width.
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gb-rs\" style=\"--gb-rs-w:640px;--gb-rs-wr:640/400;--gb-rs-n:460px;--gb-rs-nr:340/"))
        #expect(svg.contains("<svg class=\"gb-rs-w\" viewBox=\"0 0 640 400\" width=\"100%\" height=\"100%\">"))
        #expect(svg.contains("<svg class=\"gb-rs-n\" viewBox=\"0 0 340 "))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>散度随平移量的变化</title>"))
        #expect(svg.contains("<desc>Chart “散度随平移量的变化”. x axis: 平移量 μ. y axis: 散度 (nats)."))
        #expect(svg.contains(".gb-s-c1{stroke:#0072b2;stroke:var(--gb-c1,#0072b2)}"))
        #expect(svg.contains("var(--gb-fg,#222222)"))
        #expect(svg.contains("\"Noto Sans CJK SC\""))
        #expect(!svg.contains("clipPath"))
    }

    @Test("semantic colours are the same in every figure")
    func semanticColours() throws {
        let chart = Chart {
            LineMark(x: Self.xs, y: Self.xs, label: "a", color: FigurePalette.real)
            PointMark(x: Self.xs, y: Self.xs, label: "b", color: FigurePalette.generated)
            LineMark(x: Self.xs, y: Self.xs, label: "c", color: FigurePalette.discriminator)
        }
        let svg = try chart.svg()
        #expect(svg.contains(".gb-s-real{stroke:#0072b2;stroke:var(--gb-real,#0072b2)}"))
        #expect(svg.contains(".gb-f-generated{fill:#d55e00;fill:var(--gb-generated,#d55e00)}"))
        #expect(svg.contains(".gb-s-discriminator{stroke:#009e73;stroke:var(--gb-discriminator,#009e73)}"))
    }

    @Test("text is escaped exactly once")
    func escaping() throws {
        let svg = try Chart(title: "a < b & \"c\"") { LineMark(x: [0, 1], y: [0, 1], label: "<script>") }.svg()
        #expect(svg.contains("<title>a &lt; b &amp; &quot;c&quot;</title>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(!svg.contains("<script>"))
    }

    @Test("NaN points are skipped and counted in a note")
    func nan() throws {
        var ys = Self.xs
        ys[3] = .nan; ys[10] = .nan; ys[11] = .nan
        let svg = try Chart { LineMark(x: Self.xs, y: ys) }.svg()
        #expect(SVGInspection.texts(in: svg).contains("Note: 3 NaN values not drawn."))
        for number in SVGInspection.numbers(in: svg) { #expect(Double(number)?.isFinite == true, "bad number \(number)") }
        #expect(!svg.lowercased().contains("nan,") && !svg.contains("inf"))
        // The gaps split the line into three pieces.
        let path = try #require(svg.split(separator: "\n").first { $0.contains("gb-s-c1") && $0.hasPrefix("<path") })
        #expect(path.components(separatedBy: "M").count - 1 == 3)
    }

    @Test("+∞ becomes an arrow and a label at the top edge, never a number")
    func infinity() throws {
        var ys = Self.xs
        for index in 30..<40 { ys[index] = .infinity }
        ys[45] = -.infinity
        let svg = try Chart { LineMark(x: Self.xs, y: ys, label: "KL") }.svg()
        let texts = SVGInspection.texts(in: svg)
        #expect(texts.filter { $0 == "+∞" }.count == 2, "one label in each of the two layouts")
        #expect(texts.contains("−∞"))
        for number in SVGInspection.numbers(in: svg) { #expect(Double(number)?.isFinite == true, "bad number \(number)") }
        #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"))
        #expect(!texts.contains { $0.hasPrefix("Note:") })
    }

    @Test("a 100 000-point series is thinned to a small file")
    func thinning() throws {
        var random = SampleRandom(seed: 1)
        let xs = (0..<100_000).map(Double.init)
        let noisy = xs.map { _ in random.normal() }
        let smooth = xs.map { sin($0 / 5000) }
        let svg = try Chart(title: "loss") {
            LineMark(x: xs, y: noisy, label: "noisy")
            LineMark(x: xs, y: smooth, label: "smooth")
        }.svg()
        #expect(svg.utf8.count < 150_000, "SVG is \(svg.utf8.count) bytes")
        // The envelope survives: the extremes of the noise are still drawn near the plot edges.
        let ys = SVGInspection.numbers(in: svg).compactMap(Double.init)
        #expect(ys.count > 1000)
        let scatter = try Chart {
            PointMark(x: (0..<100_000).map { _ in random.normal() }, y: (0..<100_000).map { _ in random.normal() })
        }.svg()
        // Points are not thinned; the document holds them twice (desktop and phone layouts).
        #expect(scatter.utf8.count < 2 * 3_000_000)
    }

    @Test("data outside a fixed range is clipped to the plot")
    func clipping() throws {
        let chart = Chart(xRange: 0...1, yRange: 0...1, showsGrid: false) { LineMark(x: [-5, 0.5, 5], y: [-5, 0.5, 5]) }
        let svg = try chart.svg()
        let path = try #require(svg.split(separator: "\n").first { $0.contains("gb-s-c1") && $0.hasPrefix("<path") })
        let values = SVGInspection.numbers(in: String(path)).compactMap(Double.init).filter { $0 > 5 }
        let plotXs = values.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        #expect(plotXs.allSatisfy { $0 >= 20 && $0 <= 640 })
        #expect(values.count >= 4)
    }

    @Test("log axes place powers of ten and skip non-positive values")
    func logAxis() throws {
        let svg = try Chart(yScale: .log) { LineMark(x: [0, 1, 2, 3, 4], y: [1e-3, 1e-2, 0, 1, 10]) }.svg()
        let texts = SVGInspection.texts(in: svg)
        #expect(texts.contains("10⁻³") && texts.contains("10⁻¹") && texts.contains("1"))
        #expect(texts.contains("Note: 1 value not drawn (infinite or non-positive on a log axis)."))
    }

    @Test("chart PNG export draws the series in its colour")
    func png() throws {
        let chart = Chart(width: 300, height: 200) {
            LineMark(x: [0, 1], y: [0.5, 0.5], color: FigurePalette.real, width: 4)
        }
        let image = try PNGCodec.decode(try chart.png(scale: 2))
        #expect(image.width == 600 && image.height == 400 && image.channels == 3)
        var blue = 0
        for index in stride(from: 0, to: image.pixels.count, by: 3)
        where image.pixels[index] < 20 && (100...130).contains(image.pixels[index + 1]) && (165...190).contains(image.pixels[index + 2]) {
            blue += 1
        }
        // A 4-unit line across the plot at scale 2 covers thousands of pixels.
        #expect(blue > 2000)
        #expect(image.pixels[0] == 255)   // background in the corner
        #expect(throws: FigureError.self) { try chart.png(scale: 0) }
    }

    @Test("files are written atomically")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figures-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = SampleFigures.bars
        try chart.writeSVG(to: folder.appendingPathComponent("a.svg").path)
        try chart.writePNG(to: folder.appendingPathComponent("a.png").path, scale: 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("a.svg"), encoding: .utf8) == chart.svg())
        #expect(try PNGCodec.read(path: folder.appendingPathComponent("a.png").path).width == 640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.png", "a.svg"])
    }
}
