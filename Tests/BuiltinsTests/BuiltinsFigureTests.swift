import CellScript
import Foundation
import Testing
@testable import Builtins

@Suite struct BuiltinsFigureTests {
    @Test func chartSVGContainsItsLabels() throws {
        let cells = try BuiltinCells()
        let source = """
        let xs = linspace(-4, 4, count: 100)
        Chart(title: "密度", x: "x 轴", y: "p(x)", xRange: -3...3) {
            LineMark(x: xs, y: Normal(mean: 0, std: 1).density(xs), label: "真实分布", role: .real)
            LineMark(x: xs, y: Normal(mean: 1, std: 1).density(xs), label: "生成分布", style: .dashed, role: .generated)
            RuleMark(y: 0.2, label: "½")
        }
        """
        guard case .svg(let svg, let title) = try cells.rendered(source) else { Issue.record("not SVG"); return }
        #expect(title == "密度")
        #expect(svg.contains("真实分布") && svg.contains("生成分布") && svg.contains("x 轴"))
    }

    @Test func badStyleSymbolIsReported() throws {
        let cells = try BuiltinCells()
        let result = cells.run("Chart { LineMark(x: [0, 1], y: [0, 1], style: .wavy) }")
        #expect(!result.succeeded)
        #expect(result.formattedDiagnostics.contains(".wavy"))
    }

    @Test func imageGridRendersAPNG() throws {
        let cells = try BuiltinCells()
        guard case .png(let bytes, let width, let height) = try cells.rendered("ImageGrid(rand([10, 1, 28, 28]) * 2 - 1, columns: 5)") else {
            Issue.record("not PNG"); return
        }
        #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(width == 5 * 56 + 6 * 2)
        #expect(height == 2 * 56 + 3 * 2)
    }

    @Test func tablesPanelsAndShow() throws {
        let cells = try BuiltinCells()
        #expect(try cells.rendered("Table(header: [\"模型\", \"模式数\"], rows: [[\"GAN\", 3], [\"WGAN\", 8]])")
                == .table(header: ["模型", "模式数"], rows: [["GAN", "3"], ["WGAN", "8"]]))
        let result = cells.run("""
        let a = Chart(title: "A") { PointMark(x: [0, 1], y: [1, 0]) }
        let b = Chart(title: "B") { Histogram(randn([500]), bins: 20, density: true) }
        show(Panels([a, b], columns: 2))
        print("between")
        show(a)
        """)
        #expect(result.succeeded, "\(result.formattedDiagnostics)")
        #expect(cells.context.displays.count == 2)
    }

    @Test func matrixFigureComputesTheConvolution() throws {
        let output = try Builtins.convolve([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 0], [0, 1]], stride: 1, padding: 0)
        #expect(output == [[6, 8], [12, 14]])
        let padded = try Builtins.convolve([[1, 2], [3, 4]], [[1]], stride: 2, padding: 1)
        #expect(padded == [[0, 0], [0, 4]])
        let cells = try BuiltinCells()
        guard case .svg(let svg, _) = try cells.rendered("MatrixFigure(input: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], kernel: [[1, 0], [0, 1]], highlight: [1, 0])") else {
            Issue.record("not SVG"); return
        }
        #expect(svg.contains(">12<"))
    }

    @Test func matrixPanelsWithHighlightsAndInsertedZeros() throws {
        let cells = try BuiltinCells()
        let source = """
        MatrixFigure(title: "转置卷积", panels: [
            MatrixPanel([[1, 0, 2], [0, 0, 0], [3, 0, 4]], caption: "插零", padding: 1,
                        highlights: [MatrixHighlight(rows: 0..<3, columns: 0..<3)], insertedCells: [[2, 1]]),
            MatrixPanel([[1, 1], [1, 1]], caption: "卷积核"),
        ], operators: ["∗"])
        """
        guard case .svg(let svg, let title) = try cells.rendered(source) else { Issue.record("not SVG"); return }
        #expect(title == "转置卷积")
        #expect(svg.contains("插零") && svg.contains("卷积核"))
        let bad = cells.run("MatrixFigure(panels: [MatrixPanel([[1]], highlights: [MatrixHighlight(rows: 0..<3, columns: 0..<3)])])")
        #expect(bad.formattedDiagnostics.contains("outside the 1×1 grid"))
    }

    @Test func barsWithNamesAndRanges() throws {
        let cells = try BuiltinCells()
        let source = "Chart(title: \"计数\", yRange: [0, 12]) { BarMark(x: (0..<3).map { \"d\\($0)\" }, y: [3, 10, 5]) }"
        guard case .svg(let svg, _) = try cells.rendered(source) else { Issue.record("not SVG"); return }
        #expect(svg.contains(">d1<"))
        #expect(try cells.double("Tensor([1, 3]).mean().item()") == 2)
    }
}

@Suite struct BuiltinsDiagramTests {
    @Test func aDiagramCellRendersSVG() throws {
        let cells = try BuiltinCells()
        let source = """
        Diagram(title: "流程", layout: .flow, nodes: [DiagramNode("a", "输入", group: 0), DiagramNode("b", "输出")],
                edges: [DiagramEdge("a", "b", label: "G", dashed: true)])
        """
        guard case .svg(let svg, let title) = try cells.rendered(source) else { Issue.record("not SVG"); return }
        #expect(title == "流程")
        #expect(svg.contains("输入") && svg.contains("输出") && svg.contains("stroke-dasharray"))
    }

    @Test func mistakesAreReportedAtTheCall() throws {
        let cells = try BuiltinCells()
        let unknown = cells.run(#"Diagram(nodes: [DiagramNode("a", "A")], edges: [DiagramEdge("a", "b")])"#)
        #expect(!unknown.succeeded)
        #expect(unknown.formattedDiagnostics.contains("\"b\", which is not a node id"))
        let layout = cells.run(#"Diagram(layout: .circle, nodes: [DiagramNode("a", "A")])"#)
        #expect(layout.formattedDiagnostics.contains("layout must be .flow or .tree, got .circle"))
        let group = cells.run(#"DiagramNode("a", "A", group: 12)"#)
        #expect(group.formattedDiagnostics.contains("group must be in 0…9, got 12"))
        let wrongType = cells.run(#"Diagram(nodes: ["a"])"#)
        #expect(wrongType.formattedDiagnostics.contains("node 0 must be a DiagramNode, got String"))
    }
}
