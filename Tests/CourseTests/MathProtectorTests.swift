import Testing
@testable import Course

@Suite struct MathProtectorTests {
    func protect(_ markdown: String) -> MathProtector {
        var protector = MathProtector(markdown: markdown, firstLine: 1)
        protector.run()
        return protector
    }

    @Test(arguments: [
        ("$a*b*c$", ["a*b*c"]),
        ("x $\\{x\\}$ y", ["\\{x\\}"]),
        ("two $a$ and $b$.", ["a", "b"]),
        ("costs $5 and $6 today", []),
        ("a $ b$ is not math", []),
        ("a $b $ is not math", []),
        ("escaped \\$a$ is not math", []),
        ("code `$a*b$` stays", []),
        ("code ``x `$y$` z`` stays", []),
        ("$$x^2$$", ["x^2"]),
        ("$$\n\\frac{a}{b}\n$$", ["\\frac{a}{b}"]),
        ("日本 $\\alpha$ 中文", ["\\alpha"]),
    ])
    func findsTheRightSpans(markdown: String, expected: [String]) {
        #expect(protect(markdown).spans.map(\.tex) == expected)
    }

    @Test func fencedCodeIsUntouched() {
        let result = protect("```swift\nlet price = \"$a*b$\"\n```\n$x$")
        #expect(result.spans.map(\.tex) == ["x"])
        #expect(result.text.hasPrefix("```swift\nlet price = \"$a*b$\"\n```\n"))
    }

    @Test func spansDoNotCrossBlankLines() {
        #expect(protect("$a\n\nb$").spans.isEmpty)
    }

    @Test func displayMathIsMarkedAndPositioned() {
        let result = protect("intro\n\n  $$\n  E = mc^2\n  $$\nafter $y$")
        #expect(result.spans.count == 2)
        #expect(result.spans[0].display && result.spans[0].line == 4 && result.spans[0].column == 3, "the position of the TeX itself")
        #expect(!result.spans[1].display && result.spans[1].line == 6 && result.spans[1].column == 8)
    }

    @Test func lineMapAccountsForCollapsedDisplayMath() {
        let result = protect("$$\na\nb\n$$\n\n```swift\nx\n```")
        // The fence is on line 6 of the original; in the protected text it is on line 3.
        let protectedLines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
        let fenceLine = (protectedLines.firstIndex(of: "```swift") ?? 0) + 1
        #expect(result.lineMap.originalLine(fenceLine) == 6)
    }

    @Test func columnsCountCharactersNotBytes() {
        let result = protect("中文 $x$")
        #expect(result.spans.first?.column == 5)
    }
}

@Suite struct CrossReferenceTests {
    @Test func figureReferencesAreFoundOutsideCode() {
        var protector = MathProtector(markdown: "见 @fig-train，和 @fig-gan-1d. 邮件 a@fig-b.cn，代码 `@fig-code`", firstLine: 3)
        protector.run()
        #expect(protector.references.map(\.label) == ["fig-train", "fig-gan-1d"])
        var tables = MathProtector(markdown: "见 @tbl-modes 与 @fig-a；a@tbl-b.cn 不是", firstLine: 1)
        tables.run()
        #expect(tables.references.map(\.label) == ["tbl-modes", "fig-a"])
        #expect(protector.references[0].line == 3 && protector.references[0].column == 3)
    }
}
