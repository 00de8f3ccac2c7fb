/// Raw string literals: `#"a \ b"#`, `##"say "#hi"#"##`, `#"""…"""#`. Between `n` `#`s a
/// backslash is text; an escape is written `\#n`, `\#(x)` (the backslash followed by `n` `#`s).
extension Lexer {
    /// How many `#`s open a raw string here (0 when the `#`s are not followed by `"`).
    func rawStringHashes() -> Int {
        var n = 0
        while peek(n) == "#" { n += 1 }
        return n > 0 && peek(n) == "\"" ? n : 0
    }

    mutating func lexRawString(hashes n: Int) -> TokenKind {
        let start = location
        for _ in 0..<n { advance() }
        let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
        for _ in 0..<(multiline ? 3 : 1) { advance() }
        if multiline {
            while let c = peek(), c == " " || c == "\t" { advance() }
            if peek() == "\n" { advance() } else {
                error("multi-line string literal content must begin on a new line", SourceRange(start, location))
            }
        }
        var segments: [StringSegment] = []
        var text = ""
        var closed = false
        while let c = peek() {
            if !multiline && c == "\n" { break }
            if closes(hashes: n, multiline: multiline) {
                for _ in 0..<(n + (multiline ? 3 : 1)) { advance() }
                closed = true
                break
            }
            if c == "\\", (1...n).allSatisfy({ peek($0) == "#" }) {
                // `\#…`: step to the last `#`, which the escape reader takes for the backslash.
                for _ in 0..<n { advance() }
                _ = lexEscape(into: &text, segments: &segments)
                continue
            }
            text.unicodeScalars.append(c)
            advance()
        }
        if !closed { error("unterminated string literal", SourceRange(start, location)) }
        if !text.isEmpty || segments.isEmpty { segments.append(.text(text)) }
        return .string(multiline ? Self.removeIndentation(segments) : segments)
    }

    /// `"` (or `"""`) followed by `n` `#`s at the current position.
    private func closes(hashes n: Int, multiline: Bool) -> Bool {
        let quotes = multiline ? 3 : 1
        for k in 0..<quotes where peek(k) != "\"" { return false }
        for k in 0..<n where peek(quotes + k) != "#" { return false }
        return true
    }
}
