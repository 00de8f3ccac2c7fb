import Testing
@testable import Figures

@Suite("Axes and numbers")
struct AxisTests {
    @Test("linear ticks use 1, 2, 5 steps")
    func linear() {
        #expect(AxisScale.linearTicks(lower: 0, upper: 1, target: 5).map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        #expect(AxisScale.linearTicks(lower: -4, upper: 4, target: 6).map(\.label) == ["−4", "−3", "−2", "−1", "0", "1", "2", "3", "4"])
        #expect(AxisScale.linearTicks(lower: 0, upper: 1000, target: 5).map(\.label) == ["0", "200", "400", "600", "800", "1000"])
        #expect(AxisScale.linearTicks(lower: 0.1, upper: 0.35, target: 5).map(\.label) == ["0.1", "0.15", "0.2", "0.25", "0.3", "0.35"])
    }

    @Test("log ticks are powers of ten written with superscripts")
    func log() {
        let scale = AxisScale(lower: 1e-4, upper: 10, type: .log, pixelLower: 0, pixelUpper: 100)
        #expect(scale.ticks().map(\.label) == ["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "1", "10¹"])
        #expect(abs(scale.pixel(1e-4)) < 1e-9 && abs(scale.pixel(10) - 100) < 1e-9)
        #expect(abs(scale.pixel(1e-2) - 40) < 1e-9)
    }

    @Test("numbers print without locale or noise")
    func numbers() {
        #expect(NumberFormat.fixed(0.30000000000000004, decimals: 3) == "0.3")
        #expect(NumberFormat.fixed(-0.0001, decimals: 2) == "0")
        #expect(NumberFormat.fixed(-2.5, decimals: 1) == "-2.5")
        #expect(NumberFormat.tick(1.5e-5, step: 1e-5) == "1.5e-5")
        #expect(NumberFormat.short(0.6931) == "0.69")
        #expect(NumberFormat.short(0.005) == "0.005" && NumberFormat.short(0.002) == "0.002" && NumberFormat.short(0.015) == "0.015")
        var buffer = SVGBuffer()
        for value in [0.04, -0.04, 12.349, -3.96, 1e20, Double.nan] { buffer.number(value); buffer.append(" ") }
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "0 0 12.3 -4 999999999 0 ")
    }

    @Test("automatic ranges pad points and fit lines tightly")
    func domains() throws {
        var extent = DataExtent()
        extent.add(x: [0, 10], y: [0, 1])
        #expect(extent.xDomain().0 < 0)
        extent.tightX = true
        #expect(extent.xDomain() == (0, 10))
        let degenerate = DataExtent.domain(3, 3, type: .linear, padding: 0.05, anchored: false)
        #expect(degenerate.0 < 3 && degenerate.1 > 3)
    }

    @Test("thinning keeps the envelope of each pixel column")
    func thinning() {
        let points = (0..<1000).map { Point(x: Double($0) / 100, y: $0 % 2 == 0 ? 0 : 10) }
        let thinned = Thinning.polyline(points)
        #expect(thinned.count < 100)
        #expect(thinned.contains { $0.y == 0 } && thinned.contains { $0.y == 10 })
        #expect(thinned.first == points.first && thinned.last == points.last)
    }

    @Test("contours cross cells where the level lies between corners")
    func contours() {
        let segments = Contours.segments(x: [0, 1], y: [0, 1], values: [0, 1, 0, 1], level: 0.5)
        #expect(segments.count == 1)
        #expect(segments.first.map { abs($0.0.x - 0.5) < 1e-12 && abs($0.1.x - 0.5) < 1e-12 } == true)
    }

    @Test("base64 matches RFC 4648 examples")
    func base64() {
        #expect(Base64.encode(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(Base64.encode(Array("fooba".utf8)) == "Zm9vYmE=")
        #expect(Base64.encode(Array("foob".utf8)) == "Zm9vYg==")
    }
}

@Suite("Bitmap font")
struct BitmapFontTests {
    @Test("numbers have glyphs, words do not")
    func coverage() {
        #expect(BitmapFont.canDraw("−0.25"))
        #expect(BitmapFont.canDraw("128×7×7"))
        #expect(BitmapFont.canDraw("1.5e-4"))
        #expect(!BitmapFont.canDraw("KL"))
        #expect(!BitmapFont.canDraw("散度"))
        #expect(!BitmapFont.canDraw(""))
    }

    @Test("glyph runs sit on the baseline and respect the anchor")
    func layout() {
        let rects = BitmapFont.rectangles("2", at: Point(x: 100, y: 50), size: 10, alignment: .end)
        let xs = rects.flatMap { $0.map(\.x) }, ys = rects.flatMap { $0.map(\.y) }
        #expect(xs.max() == 100)
        #expect(ys.max() == 50 && ys.min() == 43)
        // "2": one run per row except the second (two separate dots): 8 runs.
        #expect(rects.count == 8)
        #expect(xs.min() == 95)
    }
}
