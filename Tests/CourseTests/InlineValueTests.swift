import Testing
@testable import Course

@Suite struct InlineValueTests {
    private let body = """
    # T

    ```swift
    let share = 0.25
    ```

    这里有 `{swift} (share * 100).formatted(digits: 1)`% 的样本，$x$ 和 `{swift} share` 都来自上面的单元格，`code` 不是。

    ```swift
    print(share)
    ```
    """

    @Test func codeSpansMarkedSwiftBecomeInlineCellsInDocumentOrder() throws {
        let document = try LessonParser().parse(body: body, firstLine: 5, path: "l.md")
        #expect(document.cells.map(\.name) == ["cell-1", "inline-1", "inline-2", "cell-2"])
        #expect(document.cells.map(\.index) == [0, 1, 2, 3])
        #expect(document.cells.map(\.isInline) == [false, true, true, false])
        let first = document.cells[1]
        #expect(first.source == "(share * 100).formatted(digits: 1)")
        #expect(first.codeLine == 11)
        // The code is indented to the expression's column, so diagnostics point into the line.
        let column = first.code.prefix(while: { $0 == " " }).count + 1
        let line = body.split(separator: "\n", omittingEmptySubsequences: false)[6]
        let expected = line.distance(from: line.startIndex, to: line.range(of: "(share")!.lowerBound) + 1
        #expect(column == expected)
        #expect(first.startColumn == expected)
        #expect(document.cells[0].startColumn == 1)
        #expect(document.cells[2].source == "share")
        #expect(!document.html.contains("{swift}"))
        #expect(document.html.contains("<code>code</code>"))
    }

    @Test func anInlineValueNeverRenamesTheBlocksAfterIt() throws {
        let without = try LessonParser().parse(body: body.replacingOccurrences(of: "`{swift} share`", with: "它"), firstLine: 1, path: "l.md")
        let with = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
        #expect(without.cells.filter { !$0.isInline }.map(\.name) == with.cells.filter { !$0.isInline }.map(\.name))
    }

    @Test func anEmptyInlineValueIsALocatedError() {
        #expect(throws: CourseError.self) { try LessonParser().parse(body: "a `{swift}  ` b\n", firstLine: 3, path: "l.md") }
        do {
            _ = try LessonParser().parse(body: "a `{swift}  ` b\n", firstLine: 3, path: "l.md")
        } catch {
            #expect("\(error)".hasPrefix("l.md:3:"))
        }
    }
}
