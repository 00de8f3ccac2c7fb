import Testing
@testable import Figures

@Suite("Bad input")
struct ChartErrorTests {
    func error(_ chart: Chart) -> FigureError? {
        do { _ = try chart.svg(); return nil } catch let error as FigureError { return error } catch { return nil }
    }

    @Test("mismatched x and y lengths name the mark and both lengths")
    func mismatched() throws {
        let failure = try #require(error(Chart { LineMark(x: [1, 2, 3], y: [1, 2], label: "KL") }))
        #expect(failure.subject == "LineMark \"KL\"")
        #expect(failure.message == "x has 3 values but y has 2")
        let points = try #require(error(Chart { PointMark(x: [1], y: [1, 2, 3, 4]) }))
        #expect(points.subject == "PointMark")
        #expect(points.message.contains("1") && points.message.contains("4"))
        let area = try #require(error(Chart { AreaMark(x: [1, 2], y: [1, 2], yLow: [0]) }))
        #expect(area.message.contains("yLow has 1"))
        let arrows = try #require(error(Chart { ArrowMark(x: [0, 1], y: [0, 1], dx: [1], dy: [1, 1]) }))
        #expect(arrows.message.contains("dx has 1"))
        let bars = try #require(error(Chart { BarMark(x: [0, 1, 2], height: [1]) }))
        #expect(bars.message.contains("height has 1"))
        let mapping = try #require(error(Chart { MappingMark(from: [0, 1], to: [0]) }))
        #expect(mapping.subject == "MappingMark")
    }

    @Test("empty series are errors")
    func empty() throws {
        let failure = try #require(error(Chart { LineMark(x: [], y: [], label: "loss") }))
        #expect(failure.message.contains("empty"))
        #expect(error(Chart { Histogram([], bins: 10) }) != nil)
    }

    @Test("zero or negative bin counts are errors naming the count", arguments: [0, -3])
    func bins(count: Int) throws {
        let failure = try #require(error(Chart { Histogram([1, 2, 3], bins: count, label: "h") }))
        #expect(failure.subject == "Histogram \"h\"")
        #expect(failure.message.contains("\(count)"))
    }

    @Test("heat map grids must match their axes")
    func heatMap() throws {
        let failure = try #require(error(Chart { HeatMap(x: [0, 1, 2], y: [0, 1], values: [1, 2, 3, 4, 5]) }))
        #expect(failure.message.contains("5 entries") && failure.message.contains("3 × 2 = 6"))
        #expect(error(Chart { HeatMap(x: [0], y: [0, 1], values: [1, 2]) }) != nil)
    }

    @Test("bad chart settings are errors")
    func settings() {
        #expect(error(Chart(xRange: 2...2) { LineMark(x: [0, 1], y: [0, 1]) }) != nil)
        #expect(error(Chart(yScale: .log, yRange: 0...10) { LineMark(x: [0, 1], y: [1, 2]) }) != nil)
        #expect(error(Chart(width: 10, height: 10) { LineMark(x: [0, 1], y: [0, 1]) }) != nil)
        #expect(error(Chart { LineMark(x: [0, 1], y: [0, 1], width: 0) }) != nil)
        #expect(error(Chart { PointMark(x: [0], y: [0], opacity: 2) }) != nil)
        #expect(error(Chart { RuleMark(y: .infinity) }) != nil)
        #expect(error(Chart { TextMark(x: .nan, y: 0, text: "a") }) != nil)
    }

    @Test("panels, matrices and layer diagrams reject bad shapes")
    func figures() throws {
        #expect(throws: FigureError.self) { try Panels(columns: 2, charts: []).svg() }
        #expect(throws: FigureError.self) { try Panels(columns: 0, charts: [Chart { LineMark(x: [0, 1], y: [0, 1]) }]).svg() }
        do {
            _ = try Panels(columns: 2, charts: [Chart { LineMark(x: [0, 1], y: [0, 1]) }, Chart { LineMark(x: [0], y: [0, 1], label: "b") }]).svg()
            Issue.record("bad panel accepted")
        } catch let error as FigureError {
            #expect(error.subject == "Panels (b) LineMark \"b\"")
        }
        do {
            _ = try MatrixFigure(panels: [MatrixPanel([[1, 2], [3]], caption: "input")]).svg()
            Issue.record("ragged matrix accepted")
        } catch let error as FigureError {
            #expect(error.subject == "MatrixPanel 0 \"input\"")
            #expect(error.message == "row 1 has 1 values but row 0 has 2")
        }
        #expect(throws: FigureError.self) {
            try MatrixFigure(panels: [MatrixPanel([[1]], highlights: [MatrixHighlight(rows: 0..<2, columns: 0..<1)])]).svg()
        }
        #expect(throws: FigureError.self) { try MatrixFigure(panels: [MatrixPanel([[1]])], operators: ["="]).svg() }
        #expect(throws: FigureError.self) { try LayerDiagram(layers: [("x", [3, 0])]).svg() }
        #expect(throws: FigureError.self) { try LayerDiagram(layers: [Layer]()).svg() }
    }

    typealias Layer = LayerDiagram.Layer
}
