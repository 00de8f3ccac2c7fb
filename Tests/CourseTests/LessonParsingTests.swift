import Testing
@testable import Course

@Suite struct LessonParsingTests {
    @Test func frontMatterIsSplitFromTheBody() throws {
        let split = try FrontMatter.split("---\ntitle: 生成模型\norder: 1\nsummary: 概览\nseed: 7\n---\n# 正文\n", path: "a.md")
        #expect(split.frontMatter == FrontMatter(title: "生成模型", order: 1, summary: "概览", seed: 7))
        #expect(split.body == "# 正文\n")
        #expect(split.bodyStartLine == 7)
    }

    @Test func noFrontMatterMeansTheWholeFileIsBody() throws {
        let split = try FrontMatter.split("# Title\n", path: "a.md")
        #expect(split.frontMatter.title == nil)
        #expect(split.bodyStartLine == 1)
    }

    @Test func invalidYAMLNamesFileAndLine() {
        #expect { try FrontMatter.split("---\ntitle: x\norder: [1\n---\n", path: "l.md") } throws: { error in
            guard case .invalidFrontMatter(let location, _) = error as? CourseError else { return false }
            return location.path == "l.md" && (3...4).contains(location.line)
        }
    }

    @Test func wrongValueTypesAreRejected() {
        #expect(throws: CourseError.self) { try FrontMatter.split("---\ntitle: x\norder: first\n---\n", path: "l.md") }
        #expect(throws: CourseError.self) { try FrontMatter.split("---\ntitle: x\nauthor: me\n---\n", path: "l.md") }
    }

    @Test func cellsCarryOptionsAndFileLines() throws {
        let body = "# T\n\n```swift\n//| label: train\n//| timeout: 120\n//| echo: false\nlet x = 1\n```\n\n```swift norun\nlet y = 2\n```\n"
        let document = try LessonParser().parse(body: body, firstLine: 5, path: "l.md")
        #expect(document.cells.count == 2)
        let cell = document.cells[0]
        #expect(cell.name == "train" && cell.options.timeout == 120 && !cell.options.echo)
        #expect(cell.fenceLine == 7 && cell.codeLine == 11 && cell.code == "let x = 1\n")
        #expect(cell.isRunnable)
        #expect(!document.cells[1].isRunnable && document.cells[1].name == "cell-2")
    }

    @Test func badCellOptionsPointAtTheirLine() {
        #expect { try LessonParser().parse(body: "```swift\n//| timeout: soon\n```\n", firstLine: 10, path: "l.md") } throws: { error in
            String(describing: error) == "l.md:11:1: error: option 'timeout' must be a positive number of seconds, found 'soon'"
        }
    }

    @Test func memoryOptionTakesBinarySizes() throws {
        func memory(_ value: String) throws -> Int? {
            try LessonParser().parse(body: "```swift\n//| memory: \(value)\nlet x = 1\n```\n", firstLine: 1, path: "l.md").cells[0].options.memory
        }
        #expect(try memory("8 GB") == 8 << 30)
        #expect(try memory("1.5GB") == 3 << 29)
        #expect(try memory("512 MiB") == 512 << 20)
        #expect(try LessonParser().parse(body: "```swift\nlet x = 1\n```\n", firstLine: 1, path: "l.md").cells[0].options.memory == nil)
        for bad in ["lots", "8", "0.5 MB", "2000 GB", "-1 GB", "8 GB GB", "nan GB"] {
            #expect { try memory(bad) } throws: { error in
                String(describing: error) == "l.md:2:1: error: option 'memory' must be a size from 1 MB to 1024 GB such as '8 GB' or '512 MB', found '\(bad)'"
            }
        }
    }

    @Test func otherLanguagesAreNotCells() throws {
        let document = try LessonParser().parse(body: "```python\nx = 1\n```\n```\nplain\n```\n", firstLine: 1, path: "l.md")
        #expect(document.cells.isEmpty)
        #expect(document.html.contains("language-python"))
    }

    @Test func reservedCharactersAreRejected() {
        #expect(throws: CourseError.self) { try LessonParser().parse(body: "a \u{E000}M0\u{E001}", firstLine: 1, path: "l.md") }
    }

    @Test func headingSlugsKeepChineseAndDeduplicate() {
        var slugger = HeadingSlugger()
        #expect(slugger.slug(for: "最优判别器 D*") == "最优判别器-d")
        #expect(slugger.slug(for: "最优判别器 D*") == "最优判别器-d-1")
        #expect(slugger.slug(for: "KL 散度：定义") == "kl-散度定义")
        #expect(slugger.slug(for: "???") == "section")
    }

    @Test func rawHTMLPassesOnlyWhenAllowed() throws {
        let body = "<div class=\"note\">hi</div>\n\n<script>x()</script>\n"
        #expect(!(try LessonParser().parse(body: body, firstLine: 1, path: "l.md").html.contains("<div class")))
        let allowed = try LessonParser(allowRawHTML: true).parse(body: body, firstLine: 1, path: "l.md").html
        #expect(allowed.contains("<div class=\"note\">"))
        #expect(allowed.contains("&lt;script>"), "tagfilter still disarms <script>")
    }
}

@Suite struct CJKLineJoinerTests {
    @Test func softBreaksBetweenChineseCharactersVanish() throws {
        let html = try LessonParser().parse(body: "第一行结束。\n第二行开始，**加粗**\n继续\nand English\n接着", firstLine: 1, path: "l.md").html
        #expect(html.contains("第一行结束。第二行开始，<strong>加粗</strong>继续\nand English\n接着"))
    }
}
