import MarkupText
import CellScript
import Course
import Foundation
import Testing
@testable import Site

/// The renderer draws pages from the data it is given, and nothing else: the reference page
/// lists exactly the entries passed in.
@Suite struct SiteRendererTests {
    func course(_ home: String = "# 首页\n") throws -> Course {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-site-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try ("---\ntitle: 首页\n---\n\n" + home).write(toFile: folder + "/index.md", atomically: true, encoding: .utf8)
        return try Course.load(folder: folder)
    }

    @Test func outputFilesComeFromTheAssetSourceItIsGiven() throws {
        let course = try course("```swift\n//| label: fig-a\n//| alt: 说明\nshow(1)\n```\n")
        var frozen = FrozenLesson()
        frozen.cells = [FrozenCell(name: "fig-a", index: 0, key: "k", ownHash: "h", outputs: [.svg(file: "f.svg", title: "t")],
                                   failure: nil, skippedBecause: nil, seconds: 0, filesRead: [:])]
        let svg = "<svg><title>t</title><desc>old</desc></svg>"
        var asked: [String] = []
        var renderer = SiteRenderer(course: course, frozen: ["index": frozen]) { slug, file in
            asked.append("\(slug)/\(file)")
            return Array(svg.utf8)
        }
        let page = String(decoding: try #require(renderer.files()["index.html"]), as: UTF8.self)
        #expect(asked == ["index/f.svg"])
        #expect(page.contains("<svg><title>t</title><desc>说明</desc></svg>"), "inlined from memory, alt in <desc>")
    }

    /// Each cell names its source line, has its "冻结输出" explained once above the first cell
    /// that runs, and `files(only:)` renders just the pages asked for (serve after a page's run).
    @Test func cellsNameTheirSourceAndPartialRendersOnlyThosePages() throws {
        let course = try course("前言。\n\n```swift norun\nlet a = 1\n```\n\n```swift\n//| label: b\nprint(2)\n```\n")
        var frozen = FrozenLesson()
        frozen.cells = [FrozenCell(name: "b", index: 1, key: "k", ownHash: "h", outputs: [.text("2\n")],
                                   failure: nil, skippedBecause: nil, seconds: 0, filesRead: [:])]
        var renderer = SiteRenderer(course: course, frozen: ["index": frozen])
        let page = String(decoding: try #require(renderer.files()["index.html"]), as: UTF8.self)
        let folder = (course.folder as NSString).lastPathComponent
        #expect(page.contains("<span class=\"cell-source\" title=\"这个单元写在这个文件的这一行\">\(folder)/index.md:11</span>"))
        #expect(page.components(separatedBy: "class=\"cell-legend\"").count == 2, "one legend")
        let legend = try #require(page.range(of: "cell-legend")), runnable = try #require(page.range(of: "id=\"cell-b\""))
        let norun = try #require(page.range(of: "cell-norun"))
        #expect(norun.lowerBound < legend.lowerBound && legend.lowerBound < runnable.lowerBound, "above the first cell that runs")
        #expect(page.contains("ganbook serve") && page.contains("编辑"))
        #expect(Set(renderer.files(only: ["index"]).keys) == ["index.html"])
        #expect(renderer.files(only: []).isEmpty)
    }

    @Test func theReferencePageListsTheEntriesItIsGiven() throws {
        let standard = Array(HostRegistry.standard().entries.prefix(3))
        let builtins = Array(HostRegistry.standard().entries.suffix(2))
        var renderer = SiteRenderer(course: try course(), reference: ReferenceEntries(standard: standard, course: builtins))
        let page = String(decoding: try #require(renderer.files()["reference.html"]), as: UTF8.self)
        for entry in standard + builtins {
            #expect(page.contains(MarkupText.escape(entry.signature.components(separatedBy: "(")[0])), "\(entry.signature)")
        }
    }

    @Test func withoutEntriesThereIsNoReferencePage() throws {
        var renderer = SiteRenderer(course: try course())
        let files = renderer.files()
        #expect(files["reference.html"] == nil)
        #expect(files["index.html"] != nil)
    }
}
