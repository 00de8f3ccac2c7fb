import Foundation
import Testing
@testable import Build
@testable import Site

/// The fixture course `Fixtures/basic` rendered file by file against `Fixtures/basic/expected`.
@Suite struct GoldenSiteTests {
    /// Renders a copy of the course from its committed freeze (`Fixtures/basic/lessons/_freeze`);
    /// with `GANBOOK_UPDATE_GOLDEN=1` the cells run and the fixture's freeze is replaced by theirs.
    @Test func basicCourseMatchesGoldenFiles() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        let lessons = try Fixtures.lessonsCopy("basic")
        try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: output, frozen: !Fixtures.updating)).build()
        let expected = Fixtures.path("basic/expected")
        if Fixtures.updating {
            let freeze = Fixtures.path("basic/lessons/_freeze")
            try? FileManager.default.removeItem(atPath: freeze)
            try FileManager.default.copyItem(atPath: lessons + "/_freeze", toPath: freeze)
        }
        // The reference page (and the search index that covers it) follow the builtin registry,
        // which other modules change often; ReferencePageTests checks them instead.
        let generated: Set<String> = ["reference.html", "search-index.js"]
        let produced = Fixtures.files(in: output).filter { !generated.contains($0) }
        if Fixtures.updating {
            try? FileManager.default.removeItem(atPath: expected)
            for file in produced { try Fixtures.write(Fixtures.read(output + "/" + file), to: expected + "/" + file) }
        }
        #expect(produced == Fixtures.files(in: expected))
        for file in produced {
            let actual = Fixtures.read(output + "/" + file)
            let golden = Fixtures.read(expected + "/" + file)
            #expect(actual == golden, "\(file) differs from its golden file (GANBOOK_UPDATE_GOLDEN=1 rewrites it)")
        }
    }

    @Test func mathThatCmarkWouldMangleSurvives() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("basic"), outputFolder: output, frozen: true)).build()
        let page = Fixtures.read(output + "/01-basics.html")
        #expect(page.contains(#"<mi>a</mi><mo>∗</mo><mi>b</mi><mo>∗</mo><mi>c</mi></mrow><annotation encoding="application/x-tex">a*b*c</annotation>"#))
        #expect(page.contains(#"<annotation encoding="application/x-tex">\{x\}</annotation>"#))
        #expect(page.contains(#"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><munder><mi>min</mi><mi>G</mi></munder>"#))
        #expect(!page.contains("<em>b</em>"))
        #expect(page.contains(#"<code>let s = &quot;$a*b$&quot;</code>"#), "dollars in code spans stay untouched")
        #expect(page.contains("print(&quot;$not math$&quot;)"), "dollars in fenced code stay untouched")
        #expect(!page.contains("alert(1)"), "raw HTML is dropped by default")
        let home = Fixtures.read(output + "/index.html")
        #expect(home.contains("价格是 $5，"), "an escaped dollar is a dollar")
    }

    @Test func chineseHeadingsGetStableUniqueAnchors() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("basic"), outputFolder: output, frozen: true)).build()
        let page = Fixtures.read(output + "/01-basics.html")
        #expect(page.contains(#"<h2 id="判别器-discriminator">"#))
        #expect(page.contains(#"<h2 id="判别器-discriminator-1">"#))
        #expect(page.contains(##"<a href="#判别器-discriminator">"##), "the sidebar links to the sections")
    }
}

@Suite struct CellOutputTests {
    @Test func frozenOutputsAppearBelowTheirCode() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("basic"), outputFolder: output, frozen: true)).build()
        let page = Fixtures.read(output + "/01-basics.html")
        let code = try #require(page.range(of: #"<span class="hl-keyword">let</span> x"#))
        let printed = try #require(page.range(of: #"<pre class="cell-stdout">总价 $3"#))
        #expect(code.upperBound < printed.lowerBound)
        #expect(page.contains("冻结输出"), "the header says the output came from the freeze")
        #expect(!page.contains("刚刚运行"), "a committed site never says a cell just ran")
    }
}

/// A figure cell end to end: run (when the golden files are made), frozen as an SVG file of the
/// freeze, inlined into the page with the cell's `alt` as the SVG's `<desc>`, escaped once.
@Suite struct FigureCellTests {
    @Test func aChartIsInlinedAsSVGWithItsAltAsDescription() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("basic"), outputFolder: output, frozen: true)).build()
        let page = Fixtures.read(output + "/01-basics.html")
        let figure = try #require(page.range(of: #"<figure class="cell-figure" id="fig-line">"#), "the cell is a numbered figure")
        let svg = try #require(page.range(of: "<svg", range: figure.upperBound..<page.endIndex), "the SVG is inlined, not linked")
        let description = try #require(page.range(of: "<desc>", range: svg.upperBound..<page.endIndex))
        #expect(page[description.upperBound...].hasPrefix("一条从左下到右上的直线 &amp; 图例 &quot;y = x&quot;</desc>"),
                "the alt text replaces the figure's own description, escaped once")
        #expect(page.contains("一条直线 &lt;y = x&gt;</figcaption>"), "the caption is escaped text")
        #expect(!page.contains(#"<img src="figures/"#), "an SVG figure is not a separate file")
    }
}

@Suite struct MathWarningTests {
    @Test func texProblemsAreWarningsAtTheirPositionAndMerrorInThePage() throws {
        let lessons = try Fixtures.temporaryFolder()
        try Fixtures.write("---\ntitle: 首页\n---\n\n公式 $\\frac{a}{b} + \\foo{x}$ 和\n$$\n\\left( x\n$$\n", to: lessons + "/index.md")
        var log: [String] = []
        let output = lessons + "/../site-\(UUID().uuidString)"
        try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: output), log: { log.append($0) }).build()
        #expect(log.contains("\(lessons)/index.md:5:19: warning: unknown TeX command '\\foo'"))
        #expect(log.contains("\(lessons)/index.md:7:1: warning: '\\left' without matching '\\right'"))
        #expect(Fixtures.read(output + "/index.html").contains("<merror>"))
    }
}

@Suite struct MathPositionTests {
    @Test func byteOffsetsBecomeCharacterColumns() {
        #expect(MathRenderer.characterPosition(of: 0, in: "x") == (1, 1))
        #expect(MathRenderer.characterPosition(of: 9, in: "\\text{中}\\foo") == (1, 8), "中 is three bytes but one column")
        #expect(MathRenderer.characterPosition(of: 3, in: "a\n\\b") == (2, 2))
    }
}
