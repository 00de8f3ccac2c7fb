import Foundation
import Testing
@testable import Figures
@testable import PNGCodec

/// The phone layout, sub- and superscripts, the ten-colour palette, matrix numbers that fit and
/// labelled image grids (issue 23's figure part).
@Suite("Readable figures at every width")
struct ResponsiveFigureTests {
    static let xs = (0..<50).map { Double($0) / 10 }

    static func chart(width: Double = 640, title: String = "散度", label: String = "p_{data}") -> Chart {
        Chart(title: title, x: "x_1", y: "density", width: width) {
            LineMark(x: xs, y: xs.map { $0 * $0 }, label: label, color: FigurePalette.real)
            LineMark(x: xs, y: xs.map { 25 - $0 * $0 }, label: "D^*")
        }
    }

    /// Every `<text …>` opening tag's font-size.
    static func fontSizes(in svg: String) -> [Double] {
        svg.components(separatedBy: "<text ").dropFirst().compactMap { tag in
            guard let start = tag.range(of: "font-size=\"") else { return nil }
            return Double(tag[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    /// The `viewBox` widths of the nested layouts, in order (wide, narrow).
    static func viewBoxWidths(in svg: String) -> [Double] {
        svg.components(separatedBy: "viewBox=\"0 0 ").dropFirst().compactMap { Double($0.prefix { $0 != " " }) }
    }

    @Test("TeX-like scripts: a group, one character, escapes")
    func scripts() {
        #expect(ChartText.runs("p_{data}") == [.init(text: "p", shift: .none), .init(text: "data", shift: .sub)])
        #expect(ChartText.runs("p_data") == [.init(text: "p", shift: .none), .init(text: "d", shift: .sub), .init(text: "ata", shift: .none)])
        #expect(ChartText.runs("σ^2 + x_1") == [.init(text: "σ", shift: .none), .init(text: "2", shift: .sup),
                                               .init(text: " + x", shift: .none), .init(text: "1", shift: .sub)])
        #expect(ChartText.runs("a\\_b") == [.init(text: "a_b", shift: .none)])
        #expect(ChartText.runs("trailing_") == [.init(text: "trailing_", shift: .none)])
        #expect(ChartText.plain("KL(P₀‖P_θ)") == "KL(P₀‖Pθ)")
        // A script is measured at its smaller size.
        #expect(TextMetrics.width("p_{data}", size: 12) < TextMetrics.width("pdata", size: 12))
    }

    @Test("chart text with scripts becomes tspans shifted down and back up")
    func tspans() throws {
        let svg = try Self.chart(width: 300).svg()
        #expect(svg.contains("p<tspan dy=\"3.6\" font-size=\"9\">data</tspan>"))
        #expect(svg.contains("x<tspan dy=\"3.9\" font-size=\"9.75\">1</tspan>"))
        #expect(!svg.contains("p_{data}") || svg.contains("<desc>"), "raw TeX may only remain in the accessible description")
        #expect(!SVGInspection.texts(in: svg).contains { $0.contains("_") })
    }

    @Test("a chart wider than a phone carries a phone layout 340 px wide; a narrow one does not")
    func chartLayouts() throws {
        let wide = try Self.chart().svg()
        #expect(wide.contains("class=\"gb-rs\""))
        #expect(Self.viewBoxWidths(in: wide) == [640, PhoneLayout.width])
        #expect(wide.contains("@media (max-width:\(PhoneLayout.breakpoint)px)"))
        // Every label of the phone layout is at least 11 figure px, i.e. ≥ 11 CSS px in a ≥ 340 px column.
        let narrowPart = String(wide[wide.range(of: "class=\"gb-rs-n\"")!.lowerBound...])
        #expect(Self.fontSizes(in: narrowPart).min()! >= 11)
        let small = try Self.chart(width: 320).svg()
        #expect(!small.contains("gb-rs"))
        #expect(Self.viewBoxWidths(in: small) == [320])
    }

    @Test("four panels: two columns on a desktop, one column on a phone")
    func panelsStack() throws {
        let charts = (0..<4).map { Self.chart(width: 300, title: "stage \($0)") }
        let panels = Panels(title: "四个阶段", columns: 4, charts: charts)
        let wide = try panels.scene(), narrow = try #require(try panels.narrowScene())
        #expect(wide.width <= Panels.maxWideWidth)
        #expect(wide.width >= 2 * 300)
        #expect(narrow.width == PhoneLayout.width)
        #expect(narrow.height > 4 * 200)
        // The four letters sit one above the other on the phone.
        let letters = narrow.items.compactMap { item -> Point? in
            if case let .text(text, at, _, _, _, _, _, _) = item, text.hasPrefix("(") { return at } else { return nil }
        }
        #expect(letters.count == 4)
        #expect(Set(letters.map(\.x)).count == 1)
        #expect(zip(letters, letters.dropFirst()).allSatisfy { $0.y < $1.y })
    }

    @Test("a shared legend wraps into rows that fit the phone layout")
    func legendWraps() throws {
        let charts = (0..<2).map { index in
            Chart(width: 300) {
                for series in 0..<6 { LineMark(x: Self.xs, y: Self.xs.map { $0 + Double(series + index) }, label: "series number \(series)") }
            }
        }
        let narrow = try #require(try Panels(columns: 2, charts: charts).narrowScene())
        let legendTexts = narrow.items.compactMap { item -> (String, Point)? in
            if case let .text(text, at, _, _, _, _, _, _) = item, text.hasPrefix("series") { return (text, at) } else { return nil }
        }
        #expect(legendTexts.count == 6)
        #expect(Set(legendTexts.map(\.1.y)).count > 1, "six entries do not fit one 340 px row")
        #expect(legendTexts.allSatisfy { $0.1.x + TextMetrics.width($0.0, size: Legend.textSize) <= narrow.width })
    }

    @Test("ten distinct categorical colours; a series never reuses an explicit colour's blue")
    func palette() throws {
        #expect(FigurePalette.categorical.count == 10)
        #expect(Set(FigurePalette.categorical.map(\.hexString)).count == 10)
        let svg = try Self.chart(width: 300).svg()
        // p_data is explicitly FigurePalette.real (#0072b2, same as c1): D* must take c2.
        #expect(svg.contains("gb-s-real"))
        #expect(!svg.contains("gb-s-c1"))
        #expect(svg.contains("gb-s-c2"))
        let scatter = Chart(width: 300) {
            for digit in 0..<10 { PointMark(x: [Double(digit)], y: [Double(digit)], label: "\(digit)") }
        }
        let scatterSVG = try scatter.svg()
        let classes = Set((1...10).map { "gb-f-c\($0)" }.filter { scatterSVG.contains("\"\($0)\"") })
        #expect(classes.count == 10)
    }

    @Test("negative numbers fit their matrix cells, and a phone stacks the matrices")
    func matrixNumbers() throws {
        let figure = MatrixFigure(title: "卷积", panels: [
            MatrixPanel([[-1.25, 2.5, -0.75], [0, -3.5, 1], [1, 1, -1]], caption: "输入", padding: 1),
            MatrixPanel([[-1, 0], [0.5, -0.25]], caption: "卷积核"),
            MatrixPanel([[-12.5, 3], [4, -0.5]], caption: "输出"),
        ], operators: ["∗", "="], cellSize: 34)
        // On the phone the cells grow to 34 × 1.4 (the widest grid, 5 cells, fits 340 px).
        for (scene, cell) in [(try figure.scene(), 34.0), (try #require(try figure.narrowScene()), 34 * 1.4)] {
            for item in scene.items {
                guard case let .text(text, _, size, _, _, _, _, _) = item, text.first?.isNumber == true || text.hasPrefix("−") else { continue }
                #expect(TextMetrics.width(text, size: size) <= cell - 6 + 0.001, "\(text) at \(size) px overflows a \(cell) px cell")
            }
        }
        let narrow = try #require(try figure.narrowScene())
        #expect(narrow.width <= PhoneLayout.width)
        #expect(narrow.height > (try figure.scene()).height * 2)
    }

    @Test("image grid: row labels, column ticks, axis titles and a rule between groups")
    func labeledGrid() throws {
        let grid = try ImageGrid(pixels: ImageGridTests.digits(count: 24), count: 24, channels: 1, height: 12, width: 12,
                                 columns: 6, scale: 3, padding: 2)
        let figure = LabeledImageGrid(grid, rowLabels: ["真实", "", "生成", ""], columnLabels: ["-1", "-0.6", "-0.2", "0.2", "0.6", "1"],
                                      groups: [2, 2], x: "z_1", y: "z_2")
        let scene = try figure.scene()
        var images = 0, rules = 0
        var texts: [String] = []
        for item in scene.items {
            switch item {
            case .image: images += 1
            case .path: rules += 1
            case let .text(text, _, _, _, _, _, _, _): texts.append(text)
            default: break
            }
        }
        #expect(images == 2)
        #expect(rules == 1)
        #expect(texts.contains("真实") && texts.contains("生成") && texts.contains("-0.6") && texts.contains("z_1"))
        let svg = try figure.svg()
        #expect(svg.contains("z<tspan"))
        #expect(throws: FigureError.self) { try LabeledImageGrid(grid, rowLabels: ["a"]).validate() }
        #expect(throws: FigureError.self) { try LabeledImageGrid(grid, groups: [3, 3]).validate() }
        #expect(throws: FigureError.self) { try LabeledImageGrid(grid, columnLabels: ["1", "2"]).validate() }
        // A 12-wide sweep on a phone: the images shrink, the labels stay 12 px, ticks thin out.
        let sweep = try ImageGrid(pixels: ImageGridTests.digits(count: 144), count: 144, channels: 1, height: 12, width: 12,
                                  columns: 12, scale: 3, padding: 2)
        let ticks = (0..<12).map { String(format: "%.1f", -2.5 + Double($0) * 5 / 11) }
        let phone = try #require(try LabeledImageGrid(sweep, rowLabels: ticks.reversed(), columnLabels: ticks, x: "z_1", y: "z_2").narrowScene())
        #expect(phone.width <= PhoneLayout.width + 0.001)
        let shown = phone.items.compactMap { item -> Double? in
            if case let .text(text, _, size, _, _, _, _, _) = item, ticks.contains(text) { return size } else { return nil }
        }
        #expect(shown.allSatisfy { $0 >= 12 })
        #expect(shown.count < 24, "column ticks are thinned where they would collide")
        // 16 columns of 38 px images (614 px) fit a desktop column; 24 columns (926 px) shrink to it.
        let wideGrid = try ImageGrid(pixels: ImageGridTests.digits(count: 24), count: 24, channels: 1, height: 12, width: 12,
                                     columns: 24, scale: 3, padding: 2)
        #expect(try LabeledImageGrid(wideGrid, rowLabels: ["1 步"]).scene().width <= LabeledImageGrid.maxWideWidth + 0.001)
        #expect(try figure.png().count > 0)
    }
}
