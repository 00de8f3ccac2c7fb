/// Recursive-descent parser producing ``Stmt`` trees, one method per precedence level
/// (see `Parser+Expressions.swift`). Syntax errors are collected and the parser recovers at
/// the next statement boundary, so a cell reports all of its syntax errors at once.
struct Parser {
    struct Failure: Error {}

    private(set) var tokens: [Token]
    var position = 0
    var diagnostics: [Diagnostic] = []
    /// Conditions of `if`/`while`/`guard`/`for` cannot take trailing closures (as in Swift).
    var allowTrailingClosure = true
    /// Current nesting of expressions and blocks; deep nesting is an error, not a stack overflow.
    var depth = 0
    static let maximumDepth = 200

    init(tokens: [Token]) {
        self.tokens = tokens.isEmpty ? [Token(kind: .endOfFile, range: .zero, newlineBefore: true, spaceBefore: true)] : tokens
    }

    /// Parses a whole cell.
    static func parse(_ source: String) -> (statements: [Stmt], diagnostics: [Diagnostic]) {
        let (tokens, lexErrors) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens)
        let statements = parser.parseStatements(topLevel: true)
        return (statements, lexErrors + parser.diagnostics)
    }

    // MARK: token helpers

    var current: Token { tokens[min(position, tokens.count - 1)] }
    var previous: Token { tokens[max(0, min(position - 1, tokens.count - 1))] }
    var atEnd: Bool { if case .endOfFile = current.kind { return true } else { return false } }

    func peekToken(_ ahead: Int) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if !atEnd { position += 1 }
        return token
    }

    func check(_ symbol: String) -> Bool { current.isSymbol(symbol) }
    func check(_ keyword: Keyword) -> Bool { current.isKeyword(keyword) }

    mutating func match(_ symbol: String) -> Bool {
        guard check(symbol) else { return false }
        advance()
        return true
    }

    mutating func match(_ keyword: Keyword) -> Bool {
        guard check(keyword) else { return false }
        advance()
        return true
    }

    @discardableResult
    mutating func expect(_ symbol: String, _ context: String) throws -> Token {
        guard check(symbol) else { throw fail("expected '\(symbol)' \(context)") }
        return advance()
    }

    mutating func expectIdentifier(_ context: String) throws -> (String, SourceRange) {
        guard let name = current.identifier else { throw fail("expected \(context)") }
        let token = advance()
        return (name, token.range)
    }

    /// Records an error at the current token and returns the error to throw.
    mutating func fail(_ message: String, showFound: Bool = true) -> Failure {
        let token = current
        var text = message
        if case .endOfFile = token.kind {} else if showFound && !message.contains("found") { text += ", found \(token.spelling)" }
        diagnostics.append(Diagnostic(message: text, range: token.range))
        return Failure()
    }

    mutating func enterNesting() throws {
        depth += 1
        if depth > Self.maximumDepth { throw fail("expression or block nested too deeply", showFound: false) }
    }

    // MARK: statements lists and recovery

    /// Parses statements until `}` (not consumed) or the end of input.
    mutating func parseStatements(topLevel: Bool) -> [Stmt] {
        var statements: [Stmt] = []
        while !atEnd {
            if check("}") {
                if !topLevel { break }
                _ = fail("unexpected '}'")
                advance()
                continue
            }
            if match(";") { continue }
            let savedDepth = depth
            do {
                statements.append(try parseStatement())
                try expectStatementEnd()
            } catch {
                depth = savedDepth
                synchronize()
            }
        }
        return statements
    }

    private mutating func expectStatementEnd() throws {
        if atEnd || check("}") || current.newlineBefore { return }
        if match(";") { return }
        throw fail("consecutive statements on a line must be separated by ';'")
    }

    /// Skips tokens to the start of the next statement: a new line, `;` or `}` at brace depth 0.
    private mutating func synchronize() {
        var braces = 0
        let start = position
        while !atEnd {
            if position > start && braces == 0 && current.newlineBefore { return }
            if check("{") { braces += 1 }
            if check("}") {
                if braces == 0 { return }
                braces -= 1
            }
            if check(";") && braces == 0 { advance(); return }
            advance()
        }
    }

    /// Parses `{ statements }`.
    mutating func parseBlock(_ context: String) throws -> [Stmt] {
        try expect("{", context)
        try enterNesting()
        defer { depth -= 1 }
        let saved = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = saved }
        let body = parseStatements(topLevel: false)
        try expect("}", "to close the block")
        return body
    }
}
