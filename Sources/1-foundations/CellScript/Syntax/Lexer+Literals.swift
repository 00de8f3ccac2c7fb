/// Number, string and operator tokens.
extension Lexer {
    private static let symbols: [String] = [
        "===", "!==", "...", "..<", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "->", "??",
        "+", "-", "*", "/", "%", "=", "<", ">", "!", "?", ":", ",", ".", ";", "(", ")", "[", "]",
        "{", "}", "&", "|", "^", "~", "@", "#",
    ]

    mutating func lexSymbol(_ c: Unicode.Scalar) -> TokenKind {
        let start = location
        for symbol in Self.symbols where matches(symbol) {
            for _ in symbol.unicodeScalars { advance() }
            return .symbol(symbol)
        }
        advance()
        // `\.name`, `\Root.name`: a key path, parsed as a function (see `Parser+KeyPath.swift`).
        if c == "\\", let next = peek(0), next == "." || next == "[" || next.properties.isXIDStart { return .symbol(String(c)) }
        error("unexpected character '\(c)'", SourceRange(start, location))
        return .symbol(String(c))
    }

    private func matches(_ symbol: String) -> Bool {
        var i = 0
        for s in symbol.unicodeScalars {
            guard peek(i) == s else { return false }
            i += 1
        }
        return true
    }

    mutating func lexNumber() -> TokenKind {
        let start = location
        var text = ""
        var isDouble = false
        func digits(_ lexer: inout Lexer, _ text: inout String) {
            while let c = lexer.peek(), ("0"..."9").contains(c) || c == "_" {
                if c != "_" { text.unicodeScalars.append(c) }
                lexer.advance()
            }
        }
        if peek() == "0", let x = peek(1), x == "x" || x == "b" || x == "o" { return lexRadix(start) }
        digits(&self, &text)
        if !afterDot, peek() == ".", let d = peek(1), ("0"..."9").contains(d) {
            isDouble = true
            text += "."; advance()
            digits(&self, &text)
        }
        if !afterDot, let e = peek(), e == "e" || e == "E" {
            var ahead = 1
            if let sign = peek(1), sign == "-" || sign == "+" { ahead = 2 }
            if let d = peek(ahead), ("0"..."9").contains(d) {
                isDouble = true
                text += "e"; advance()
                if ahead == 2, let sign = peek() { text.unicodeScalars.append(sign); advance() }
                digits(&self, &text)
            }
        }
        if isDouble { return .double(Double(text) ?? 0) }
        guard let value = Int(text) else {
            error("integer literal '\(text)' overflows Int", SourceRange(start, location))
            return .integer(0)
        }
        return .integer(value)
    }

    private mutating func lexRadix(_ start: SourceLocation) -> TokenKind {
        advance()
        let marker = peek()
        advance()
        let radix = marker == "x" ? 16 : marker == "b" ? 2 : 8
        var text = ""
        while let c = peek(), c.properties.isASCIIHexDigit || c == "_" {
            if c != "_" { text.unicodeScalars.append(c) }
            advance()
        }
        if radix == 16, let hexFloat = lexHexFloatTail(text, start) { return hexFloat }
        guard let value = Int(text, radix: radix) else {
            error("invalid number literal", SourceRange(start, location))
            return .integer(0)
        }
        return .integer(value)
    }

    mutating func lexString() -> TokenKind {
        let start = location
        if matches("\"\"\"") { return lexMultilineString(start) }
        advance()
        var segments: [StringSegment] = []
        var text = ""
        while true {
            guard let c = peek(), c != "\n" else {
                error("unterminated string literal", SourceRange(start, location))
                break
            }
            if c == "\"" { advance(); break }
            if c == "\\" {
                if lexEscape(into: &text, segments: &segments) { continue }
            } else {
                text.unicodeScalars.append(c)
                advance()
            }
        }
        if !text.isEmpty || segments.isEmpty { segments.append(.text(text)) }
        return .string(segments)
    }

    /// Lexes one backslash escape; returns true if it handled it.
    mutating func lexEscape(into text: inout String, segments: inout [StringSegment]) -> Bool {
        let start = location
        advance()
        guard let e = peek() else { return true }
        advance()
        switch e {
        case "n": text += "\n"
        case "t": text += "\t"
        case "r": text += "\r"
        case "0": text += "\0"
        case "\\": text += "\\"
        case "\"": text += "\""
        case "'": text += "'"
        case "u": lexUnicodeEscape(into: &text, start)
        case "(":
            if !text.isEmpty { segments.append(.text(text)); text = "" }
            guard interpolationDepth < Self.maximumInterpolationDepth else {
                abandonNesting(SourceRange(start, location))
                return true
            }
            interpolationDepth += 1
            let tokens = lexAll(untilClosingParen: true)
            interpolationDepth -= 1
            segments.append(.interpolation(tokens, SourceRange(start, location)))
        default:
            error("invalid escape sequence '\\\(e)' in literal", SourceRange(start, location))
        }
        return true
    }

    private mutating func lexUnicodeEscape(into text: inout String, _ start: SourceLocation) {
        guard peek() == "{" else { error("expected '{' in \\u{…} escape", SourceRange(start, location)); return }
        advance()
        var hex = ""
        while let c = peek(), c != "}", c != "\n", c != "\"" { hex.unicodeScalars.append(c); advance() }
        if peek() == "}" { advance() }
        if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
            text.unicodeScalars.append(scalar)
        } else {
            error("invalid unicode scalar '\\u{\(hex)}'", SourceRange(start, location))
        }
    }

    /// `"""` strings: content starts on the next line; the closing delimiter's indentation is
    /// removed from every line.
    private mutating func lexMultilineString(_ start: SourceLocation) -> TokenKind {
        for _ in 0..<3 { advance() }
        while let c = peek(), c == " " || c == "\t" { advance() }
        if peek() == "\n" { advance() } else {
            error("multi-line string literal content must begin on a new line", SourceRange(start, location))
        }
        var segments: [StringSegment] = []
        var text = ""
        var closed = false
        while let c = peek() {
            if matches("\"\"\"") {
                for _ in 0..<3 { advance() }
                closed = true
                break
            }
            if c == "\\" { _ = lexEscape(into: &text, segments: &segments) } else {
                text.unicodeScalars.append(c)
                advance()
            }
        }
        if !closed { error("unterminated multi-line string literal", SourceRange(start, location)) }
        if !text.isEmpty || segments.isEmpty { segments.append(.text(text)) }
        return .string(Self.removeIndentation(segments))
    }

    /// Strips the indentation of the closing `"""` line from every line, and the final newline.
    static func removeIndentation(_ segments: [StringSegment]) -> [StringSegment] {
        guard case .text(let last)? = segments.last, let newline = last.lastIndex(of: "\n") else { return segments }
        let indent = last[last.index(after: newline)...]
        guard indent.allSatisfy({ $0 == " " || $0 == "\t" }) else { return segments }
        var result: [StringSegment] = []
        var atLineStart = true
        for (i, segment) in segments.enumerated() {
            guard case .text(var text) = segment else { result.append(segment); atLineStart = false; continue }
            if i == segments.count - 1 {
                text = String(text[..<newline])
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for j in lines.indices where (j > 0 || atLineStart) && lines[j].hasPrefix(indent) {
                lines[j].removeFirst(indent.count)
            }
            atLineStart = false
            result.append(.text(lines.joined(separator: "\n")))
        }
        return result
    }
}
