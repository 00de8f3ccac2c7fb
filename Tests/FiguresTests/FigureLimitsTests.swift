import Foundation
import Testing
@testable import Figures

/// A figure thins long series and refuses, with advice, what it cannot thin.
@Suite struct FigureLimitsTests {
    /// Deterministic pseudo-random values in [0, 1).
    func noise(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    @Test func anUnsortedLineOfManyPointsIsRefusedWithAdvice() {
        // Before: every point was kept (only points within half a pixel of the previous one are
        // dropped), so 10 M unsorted points wrote a 125 MB SVG.
        let chart = Chart { LineMark(x: noise(300_000, seed: 1), y: noise(300_000, seed: 2), label: "walk") }
        #expect { try chart.svg() } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("LineMark \"walk\": draws ") && text.contains("more than a figure may hold (100000)")
                && text.contains("its x values are not sorted")
        }
    }

    @Test func aSortedLineOfAMillionPointsIsThinnedToAFewKilobytes() throws {
        let xs = (0..<1_000_000).map(Double.init)
        let svg = try Chart { LineMark(x: xs, y: noise(1_000_000, seed: 3)) }.svg()
        #expect(svg.utf8.count < 200_000, "M4 thinning per half-pixel column: \(svg.utf8.count) bytes")
    }

    @Test func anUnsortedCurveThatStaysSmallIsStillDrawn() throws {
        // A parametric curve (x not sorted) with consecutive points close together thins by distance.
        let t = (0..<200_000).map { Double($0) / 200_000 * 2 * Double.pi }
        let svg = try Chart { LineMark(x: t.map { cos($0) }, y: t.map { sin(3 * $0) }) }.svg()
        #expect(svg.utf8.count < 1_000_000)
    }

    @Test func shapeCountsOfSceneItems() {
        let path = SceneItem.path(subpaths: [[Point(x: 0, y: 0), Point(x: 1, y: 1)], [Point(x: 2, y: 2)]], closed: false,
                                  fill: nil, stroke: nil, opacity: 1)
        #expect(path.shapeCount == 3)
        #expect(throws: FigureError.self) { try FigureLimits.check(svg: String(repeating: "x", count: FigureLimits.maxSVGBytes + 1)) }
        #expect((try? FigureLimits.check(svg: "<svg/>")) == "<svg/>")
    }
}
