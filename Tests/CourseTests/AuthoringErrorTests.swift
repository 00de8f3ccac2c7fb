import Foundation
import Testing
@testable import Course

/// Authoring mistakes that used to pass silently are errors at `file:line:column`.
@Suite struct AuthoringErrorTests {
    func message(_ body: String, firstLine: Int = 1) -> String? {
        do {
            _ = try LessonParser().parse(body: body, firstLine: firstLine, path: "l.md")
            return nil
        } catch { return String(describing: error) }
    }

    @Test func duplicateLabelsAreAnErrorAtTheSecondLabel() {
        let body = "```swift\n//| label: b1\nlet a = 1\n```\n\n文字\n\n```swift\n//| echo: false\n//| label: b1\nlet b = 2\n```\n"
        #expect(message(body, firstLine: 5) == "l.md:14:1: error: duplicate cell label 'b1' (both cells would get id=\"cell-b1\"); the first is at 6:1")
    }

    @Test func twoFiguresWithOneLabelAreAnError() {
        // Both used to be captioned 图 N.2 (the number map is keyed by name).
        let body = "```swift\n//| label: fig-loss\n//| caption: 损失\nx\n```\n\n```swift\n//| label: fig-loss\n//| caption: 又一个\ny\n```\n"
        #expect(message(body)?.hasPrefix("l.md:8:1: error: duplicate cell label 'fig-loss'") == true)
    }

    @Test func aLabelMayNotTakeTheNameOfAnUnlabelledCell() {
        // The second cell is unlabelled, so its name is cell-2: the error is at its fence.
        let body = "```swift\n//| label: cell-2\nx\n```\n\n```swift\ny\n```\n"
        #expect(message(body) == "l.md:6:1: error: duplicate cell label 'cell-2' (both cells would get id=\"cell-cell-2\"); the first is at 2:1")
    }

    @Test func unterminatedDisplayMathIsAnErrorAtItsDollars() {
        let body = "引言\n\n  $$\n  E = mc^2\n\n后文\n"
        #expect(message(body, firstLine: 4) == "l.md:6:3: error: unterminated display math: no closing '$$' before the paragraph ends")
        #expect(message("见 $$x^2$ 结束") == "l.md:1:3: error: unterminated display math: no closing '$$' before the paragraph ends")
    }

    @Test func unterminatedInlineMathIsAnErrorButPricesAreNot() {
        #expect(message("中文 $\\alpha + b 没有结尾")?.hasPrefix("l.md:1:4: error: unterminated inline math") == true)
        #expect(message("a $b $ c")?.hasPrefix("l.md:1:3: error: unterminated inline math") == true, "closing $ after a space")
        #expect(message("第一行\n然后 $x$5 个")?.hasPrefix("l.md:2:4: error: unterminated inline math") == true, "closing $ before a digit")
        #expect(message("花了 $5，又花了 $6.") == nil, "a dollar before a digit is a price, as in pandoc")
        #expect(message("a $ b and \\$x and `$y` and $z$") == nil)
        #expect(message("行尾的 $\r\n下一行") == nil, "a dollar before a CRLF line end opens nothing")
    }

    @Test func unclosedFenceIsAnErrorAtTheOpeningFence() {
        let body = "文字\n\n ```swift\nlet x = 1\n\n后面的 prose 都被吞掉了\n"
        #expect(message(body, firstLine: 3) == "l.md:5:2: error: code fence '```swift' is never closed (it would swallow the rest of the file); add a closing ``` line")
        #expect(message("~~~~\ncode\n~~~\n")?.hasPrefix("l.md:1:1: error: code fence '~~~~' is never closed") == true, "a shorter fence does not close")
        #expect(message("````\n```swift\nx\n```\n````\n") == nil)
    }

    @Test func invalidUTF8NamesLineAndColumnOfTheFirstBadByte() {
        var bytes = Array("---\ntitle: t\n---\n中文ab".utf8)
        bytes += [0xFF, 0x63, 0x0A]
        #expect(throws: CourseError.invalidUTF8(FileLocation(path: "l.md", line: 4, column: 5), byte: 0xFF, offset: 25)) {
            try LessonText.decode(bytes, path: "l.md")
        }
        let message = String(describing: CourseError.invalidUTF8(FileLocation(path: "l.md", line: 4, column: 5), byte: 0xFF, offset: 25))
        #expect(message == "l.md:4:5: error: invalid UTF-8: byte 0xFF at offset 25 does not decode (save the file as UTF-8)")
        // A truncated sequence at the very end, and an overlong encoding of '/'.
        #expect(throws: CourseError.self) { try LessonText.decode(Array("ab\n中".utf8).dropLast(), path: "l.md") }
        #expect(throws: CourseError.self) { try LessonText.decode([0x61, 0xC0, 0xAF], path: "l.md") }
        #expect((try? LessonText.decode([0xEF, 0xBB, 0xBF] + Array("ok".utf8), path: "l.md")) == "ok", "a byte-order mark is dropped")
    }
}

/// Course-level mistakes: reserved and clashing page names, links out of the course.
@Suite struct CourseFolderErrorTests {
    /// A fresh course folder with `files` (name → content).
    func course(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-authoring-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func loadError(_ folder: String) -> String? {
        do { _ = try Course.load(folder: folder); return nil } catch { return String(describing: error) }
    }

    let home = "---\ntitle: 首页\n---\n正文\n"

    @Test func aLessonNamedReferenceIsRejected() throws {
        let folder = try course(["index.md": home, "reference.md": "---\ntitle: 参考\n---\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(loadError(folder) == "\(folder)/reference.md:1:1: error: lesson name 'reference' is reserved: the site writes its cell reference page to reference.html; rename the file")
    }

    @Test func slugClashesAreRejected() throws {
        let index = try course(["index.md": home, "Index.markdown": home])
        defer { try? FileManager.default.removeItem(atPath: index) }
        #expect(loadError(index) == "\(index)/index.md:1:1: error: lesson slug 'index' (its page index.html) is already used by \(index)/Index.markdown")
        let lessons = try course(["index.md": home, "02-GAN.md": home, "02-gan.md": home])
        defer { try? FileManager.default.removeItem(atPath: lessons) }
        #expect(loadError(lessons)?.hasPrefix("\(lessons)/02-gan.md:1:1: error: lesson slug '02-gan'") == true)
    }

    @Test func aPageNameThatBreaksLinksIsRejected() throws {
        let folder = try course(["index.md": home, "03 gan#2.md": home])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(loadError(folder) == "\(folder)/03 gan#2.md:1:1: error: lesson name '03 gan#2' is reserved: its page name would hold ' ', which breaks links to it; rename the file")
    }

    @Test func aSymlinkLeadingOutsideTheCourseIsRejected() throws {
        let outside = try course(["secret.md": "---\ntitle: 秘密\n---\n私人笔记\n"])
        let folder = try course(["index.md": home])
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/05-notes.md", withDestinationPath: outside + "/secret.md")
        let realOutside = CourseContainment.realPath(outside + "/secret.md") ?? ""
        #expect(loadError(folder) == "\(folder)/05-notes.md:1:1: error: symbolic link leads outside the course folder, to \(realOutside) (copy the file in instead)")
    }

    @Test func aSymlinkInsideTheCourseIsFine() throws {
        let folder = try course(["index.md": home, "_draft.md": "---\ntitle: 草稿\n---\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/05-draft.md", withDestinationPath: "_draft.md")
        #expect(loadError(folder) == nil)
        #expect(CourseContainment.escape(of: folder + "/05-draft.md", from: folder) == nil)
    }

    @Test func invalidUTF8InALessonIsLocated() throws {
        let folder = try course(["index.md": home])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Array("---\ntitle: x\n---\n\n## 标题\n价格 ".utf8) + [0xE4, 0xB8] + Array(" 元\n".utf8)).write(to: URL(fileURLWithPath: folder + "/01-a.md"))
        #expect(loadError(folder)?.hasPrefix("\(folder)/01-a.md:6:4: error: invalid UTF-8: byte 0xE4") == true)
    }
}

/// The real course and the shared TeX corpus load without any of the new errors.
@Suite struct AuthoringErrorRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theCourseLessonsStillLoad() throws {
        let course = try Course.load(folder: Self.repository.appendingPathComponent("lessons").path)
        #expect(course.lessons.count >= 4)
    }

    /// Every formula of `../shared/tex-corpus` as display math and, when it holds no `$`, as
    /// inline math in a Chinese sentence: none is an unterminated span. A missing corpus fails.
    @Test(arguments: ["ml-notes.tsv", "test-suites.tsv"])
    func theTeXCorpusParsesAsMath(file: String) throws {
        let url = Self.repository.deletingLastPathComponent().appendingPathComponent("shared/tex-corpus/\(file)")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count > 200)
        var display = "", inline = "", expectedDisplay = 0, expectedInline = 0
        for row in rows {
            let tex = row.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).last.map(String.init) ?? ""
            let trimmed = tex.trimmingWhitespace
            guard !trimmed.isEmpty else { continue }
            display += "公式：\n\n$$\n\(tex)\n$$\n\n"
            expectedDisplay += 1
            if !trimmed.contains("$"), !trimmed.contains("`"), !trimmed.hasSuffix("\\") {
                inline += "设 $\(trimmed)$ 为例。\n\n"
                expectedInline += 1
            }
        }
        let displayDocument = try LessonParser().parse(body: display, firstLine: 1, path: file)
        #expect(displayDocument.math.count == expectedDisplay)
        let inlineDocument = try LessonParser().parse(body: inline, firstLine: 1, path: file)
        #expect(inlineDocument.math.count == expectedInline)
    }
}

/// A heading anchor may not repeat a cell's or figure's id.
@Suite struct ElementIDClashTests {
    @Test func aHeadingNamedLikeAFigureIsAnError() {
        let body = "## fig-loss\n\n```swift\n//| label: fig-loss\n//| caption: 损失\nx\n```\n"
        #expect(throws: CourseError.duplicateElementID(FileLocation(path: "l.md", line: 1), id: "fig-loss",
                                                       other: FileLocation(path: "l.md", line: 4))) {
            try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
        }
        let message = String(describing: CourseError.duplicateElementID(FileLocation(path: "l.md", line: 1), id: "fig-loss",
                                                                        other: FileLocation(path: "l.md", line: 4)))
        #expect(message == "l.md:1:1: error: heading anchor '#fig-loss' is also the id of the cell at 4:1; rename the heading or the label")
    }

    @Test func aHeadingNamedLikeACellBlockIsAnError() {
        #expect(throws: CourseError.self) { try LessonParser().parse(body: "## cell-b1\n\n```swift\n//| label: b1\nx\n```\n", firstLine: 1, path: "l.md") }
        #expect((try? LessonParser().parse(body: "## 训练\n\n```swift\n//| label: train\nx\n```\n", firstLine: 1, path: "l.md")) != nil,
                "a plain cell's own name is not an id: only cell-NAME is")
    }
}
