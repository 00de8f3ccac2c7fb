import Testing
@testable import CellScript

@Suite struct SyntaxHighlighterTests {
    @Test func piecesRebuildTheSourceAndClassifyTokens() {
        let source = "let G = Sequential { Linear(100, 128) } // 生成器\nvar s = \"损失 \\(x)\" /* note */\nfor i in 0..<3 { print($0, 2.5e-4, true) }"
        let pieces = SyntaxHighlighter.pieces(source)
        #expect(pieces.map(\.text).joined() == source)
        let kinds = Dictionary(pieces.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["let"] == .keyword && kinds["for"] == .keyword)
        #expect(kinds["Sequential"] == .type && kinds["G"] == .type && kinds["i"] == .identifier)
        #expect(kinds["// 生成器"] == .comment && kinds["/* note */"] == .comment)
        #expect(kinds["\"损失 \\(x)\""] == .string)
        #expect(kinds["2.5e-4"] == .number && kinds["true"] == .number)
        #expect(kinds["..<"] == .operator && kinds["{"] == .punctuation)
    }

    @Test func brokenSourceStillRoundTrips() {
        let source = "let x = \"unterminated\nlet y = @@ 3"
        #expect(SyntaxHighlighter.pieces(source).map(\.text).joined() == source)
    }
}
