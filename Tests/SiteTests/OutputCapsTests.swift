import Course
import Foundation
import Testing
@testable import Site

/// A page and the search index stay bounded whatever a cell's source holds.
@Suite struct OutputCapsTests {
    func course(_ body: String) throws -> Course {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-caps-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try ("---\ntitle: 首页\n---\n\n" + body).write(toFile: folder + "/index.md", atomically: true, encoding: .utf8)
        return try Course.load(folder: folder)
    }

    @Test func aTenMegabyteCellGivesABoundedPageWithANote() throws {
        // 10 MB of code that fails on every line: the page once held all of it, highlighted,
        // and every error; the search index held the errors.
        let line = "let value = undefinedName + 1   // 一行会失败的代码\n"
        let code = String(repeating: line, count: 10_000_000 / line.utf8.count)
        let course = try course("## 节\n\n```swift\n//| label: big\n" + code + "```\n")
        let report = (1...40_000).map { "index.md:\($0 + 5):13: error: unknown name 'undefinedName'\n    let value = undefinedName + 1\n" }.joined()
        var frozen = FrozenLesson()
        frozen.cells = [FrozenCell(name: "big", index: 0, key: "k", ownHash: "h", outputs: [],
                                   failure: CellFailure(message: "unknown name", line: 6, column: 13, rendered: report),
                                   skippedBecause: nil, seconds: 0, filesRead: [:])]
        var renderer = SiteRenderer(course: course, frozen: ["index": frozen])
        let files = renderer.files()
        let page = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        let index = try #require(files["search-index.js"])
        #expect(page.utf8.count < 1_000_000, "page: \(page.utf8.count) bytes")
        #expect(index.count < 100_000, "search index: \(index.count) bytes")
        let shownLines = OutputCaps.codeBytes / line.utf8.count
        let totalLines = 10_000_000 / line.utf8.count
        #expect(page.contains("单元格代码过长：后面还有 \(totalLines - shownLines) 行（9.5 MB）未显示，页面最多显示 64 KB。"))
        #expect(page.contains("错误报告过长：后面还有 "))
    }

    @Test func smallCellsAreUntouched() {
        let code = "let x = 1\nprint(x)\n"
        #expect(OutputCaps.prefix(of: code, limit: 64).omitted == nil)
        #expect(CodeHighlighting.capped(code).note == nil)
    }

    @Test func cutsFallOnLineOrCharacterBoundaries() {
        let (kept, omitted) = OutputCaps.prefix(of: "ab\ncd\nef", limit: 7)
        #expect(kept == "ab\ncd\n" && omitted?.lines == 1 && omitted?.bytes == 2)
        let chinese = OutputCaps.prefix(of: String(repeating: "中", count: 10), limit: 7)
        #expect(chinese.kept == "中中" && chinese.omitted?.bytes == 24, "one line: cut before a split character")
    }

    @Test func aSearchSectionIsCapped() {
        var index = SearchIndex()
        index.addPage(url: "a.html", title: "A", bodyHTML: "<h2 id=\"s\">节</h2><p>" + String(repeating: "词语 ", count: 100_000) + "</p>")
        #expect(index.sections.allSatisfy { $0.text.utf8.count <= OutputCaps.searchSectionBytes + 3 })
        #expect(index.sections.last?.text.hasSuffix("…") == true)
    }
}

/// Outputs a cell displays are bounded in the page too, each cut with a note.
@Suite struct DisplayedOutputCapsTests {
    @Test func aHugeValueAndALongTableAreCutWithNotes() {
        var renderer = CellOutputRenderer(slug: "index", asset: { _ in nil })
        let value = "[" + (0..<2_000_000).map(String.init).joined(separator: ", ") + "]"
        let rows = (0..<5000).map { ["\($0)", "\($0 * $0)"] }
        let frozen = FrozenCell(name: "c", index: 0, key: "k", outputs: [.value(value), .table(header: ["n", "n²"], rows: rows)],
                                failure: nil, seconds: 0, filesRead: [:])
        let html = renderer.render(frozen, alt: nil).html
        #expect(html.utf8.count < 200_000, "\(html.utf8.count) bytes")
        #expect(html.contains("值过长：后面还有 1 行（"))
        #expect(html.contains("表格过长：只显示前 1000 行，共 5000 行。"))
        #expect(!html.contains("<td>1000</td>") && html.contains("<td>999</td>"))
    }
}
