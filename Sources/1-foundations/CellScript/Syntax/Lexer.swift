/// Turns cell source into tokens with exact source ranges.
///
/// Identifiers may contain any letter (Chinese included); string literals support escapes,
/// `\(…)` interpolation and `"""` multi-line strings. Problems become diagnostics and the
/// lexer keeps going, so one cell reports all of them.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    /// True while lexing the token right after a `.`, so `t.0.1` lexes `0` and `1` as members.
    var afterDot = false
    private(set) var diagnostics: [Diagnostic] = []
    /// Interpolations (`"\(…)"`) open around the current position. Each level recurses, so
    /// nesting past ``maximumInterpolationDepth`` is an error and the rest of the input is
    /// skipped (``abandoned``) instead of overflowing the stack.
    var interpolationDepth = 0
    static let maximumInterpolationDepth = 64
    private(set) var abandoned = false

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// Lexes the whole input; the last token is `.endOfFile`.
    static func tokenize(_ source: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        let result = tokenizeReportingAbandon(source)
        return (result.tokens, result.diagnostics)
    }

    /// Also says whether lexing stopped early at a nesting error (the tokens end there).
    static func tokenizeReportingAbandon(_ source: String) -> (tokens: [Token], diagnostics: [Diagnostic], abandoned: Bool) {
        var lexer = Lexer(source)
        let tokens = lexer.lexAll(untilClosingParen: false)
        return (tokens, lexer.diagnostics, lexer.abandoned)
    }

    /// Reports interpolation nested too deeply at `range` and skips the rest of the input.
    mutating func abandonNesting(_ range: SourceRange) {
        error("string interpolation nested too deeply (more than \(Self.maximumInterpolationDepth) levels)", range)
        abandoned = true
        index = scalars.count
    }

    var location: SourceLocation { SourceLocation(line: line, column: column, offset: index) }
    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let i = index + ahead
        return i < scalars.count ? scalars[i] : nil
    }

    mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    mutating func error(_ message: String, _ range: SourceRange) {
        if abandoned { return }
        diagnostics.append(Diagnostic(message: message, range: range))
    }

    /// Lexes tokens until the end of input or, inside an interpolation, the matching `)`.
    mutating func lexAll(untilClosingParen: Bool) -> [Token] {
        var tokens: [Token] = []
        var depth = 0
        var newline = tokens.isEmpty
        while true {
            let hadSpace = skipTrivia(&newline)
            if let last = tokens.indices.last { tokens[last].spaceAfter = hadSpace || peek() == nil }
            let start = location
            guard let c = peek() else {
                tokens.append(Token(kind: .endOfFile, range: SourceRange(start, start), newlineBefore: true, spaceBefore: true))
                if untilClosingParen { error("unterminated string interpolation", SourceRange(start, start)) }
                return tokens
            }
            if untilClosingParen {
                if c == "(" { depth += 1 }
                if c == ")" {
                    if depth == 0 {
                        advance()
                        tokens.append(Token(kind: .endOfFile, range: SourceRange(start, start), newlineBefore: false, spaceBefore: false))
                        return tokens
                    }
                    depth -= 1
                }
                if c == "\n" || (c == "\"" && depth == 0 && tokens.isEmpty) {}
            }
            afterDot = tokens.last?.isSymbol(".") ?? false
            let kind = lexToken(c)
            tokens.append(Token(kind: kind, range: SourceRange(start, location), newlineBefore: newline, spaceBefore: hadSpace))
            newline = false
        }
    }

    /// Skips whitespace and comments; returns whether any was skipped.
    private mutating func skipTrivia(_ newline: inout Bool) -> Bool {
        let startIndex = index
        while let c = peek() {
            if c == "\n" { newline = true; advance() }
            else if c == " " || c == "\t" || c == "\r" { advance() }
            else if c == "/" && peek(1) == "/" { while let d = peek(), d != "\n" { advance() } }
            else if c == "/" && peek(1) == "*" { skipBlockComment() }
            else { break }
        }
        return index > startIndex || index == 0
    }

    private mutating func skipBlockComment() {
        let start = location
        var depth = 0
        while let c = peek() {
            if c == "/" && peek(1) == "*" { depth += 1; advance(); advance() }
            else if c == "*" && peek(1) == "/" {
                depth -= 1; advance(); advance()
                if depth == 0 { return }
            } else { advance() }
        }
        error("unterminated '/*' comment", SourceRange(start, location))
    }

    private mutating func lexToken(_ c: Unicode.Scalar) -> TokenKind {
        if isIdentifierStart(c) { return lexIdentifier() }
        if c.properties.numericType != nil && ("0"..."9").contains(c) { return lexNumber() }
        if c == "\"" { return lexString() }
        if c == "#", case let n = rawStringHashes(), n > 0 { return lexRawString(hashes: n) }
        if c == "$" { return lexDollar() }
        return lexSymbol(c)
    }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || (c.value >= 0x2E80 && c.value <= 0x9FFF)
    }

    private func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || ("0"..."9").contains(c) || c.properties.generalCategory == .decimalNumber
    }

    private mutating func lexIdentifier() -> TokenKind {
        var text = ""
        while let c = peek(), isIdentifierPart(c) { text.unicodeScalars.append(c); advance() }
        if let keyword = Keyword(rawValue: text) { return .keyword(keyword) }
        return .identifier(text)
    }

    private mutating func lexDollar() -> TokenKind {
        let start = location
        advance()
        var digits = ""
        while let c = peek(), ("0"..."9").contains(c) { digits.unicodeScalars.append(c); advance() }
        guard let n = Int(digits) else {
            error("expected a number after '$'", SourceRange(start, location))
            return .dollar(0)
        }
        return .dollar(n)
    }
}
