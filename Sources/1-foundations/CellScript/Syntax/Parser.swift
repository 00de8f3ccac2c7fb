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
    /// Generic parameters of the functions being parsed (`func f<T>`): annotations naming
    /// them read as `Any`.
    var genericNames: Set<String> = []
    /// The generic parameters of each generic type declared so far (`struct Heap<T>`): an
    /// `extension Heap` reads them as the declaration's body does.
    var declaredGenerics: [String: Set<String>] = [:]
    /// The generic parameters of the type whose body is being parsed, in order (kept by name
    /// in ``StoredProperty/writtenType`` and ``Parameter/writtenType``).
    var typeGenerics: [String] = []
    /// The ordered generic parameters of each generic type declared so far (for its extensions).
    var declaredGenericOrder: [String: [String]] = [:]
    /// The generic parameters of the functions being parsed (kept by name in written types).
    var functionGenerics: [String] = []
    /// Computed variables declared outside a type in the enclosing blocks (`Parser+ComputedLocals.swift`).
    var computedVariables: Set<String> = []
    /// `typealias` declarations of the cell so far: annotations and type expressions naming
    /// one read as its type.
    var typeAliases: [String: TypeAnnotation] = [:]
    /// The further bindings of `let a = 1, b = 2`, added after the first as statements of
    /// their own.
    var pendingDeclarations: [Stmt] = []
    /// Types declared inside a struct, class or enum (see `Parser+NestedTypes.swift`).
    var nestedTypes = NestedTypes()
    /// Height of the tree being built above the current token: every nested expression, block,
    /// closure, `else if`, operand of an operator chain and link of a postfix chain counts one.
    /// The parser fails past ``maximumDepth``, so every later pass that recurses on the tree
    /// (compiler, interpreter, def/use and alias analysis, the notebook's walks) recurses at most
    /// that deep, whatever the input. Real programs stay far below: the deepest of the 329
    /// programs of the Swift corpus reaches 27, the deepest cell of the course 28. The parser
    /// and analyses run on a deep stack (``DeepStack``, the interpreter's cell thread):
    /// `NestingLimitTests` runs the deepest accepted forms through every pass on an 8 MB thread
    /// in a debug build.
    var depth = 0
    static let maximumDepth = 128
    /// Deepest `depth` reached since the current chain began (see `continueChain`).
    var highWater = 0
    /// Deepest `depth` reached in the whole parse (tests compare programs with the limit).
    private(set) var deepest = 0
    /// Set when nesting went past the limit: the rest of the cell is skipped and reports no
    /// further errors (a 6 000-branch `else if` would otherwise cascade into thousands).
    var abandoned = false
    /// Inside a `switch`: a statement list also ends at the next `case`/`default` label.
    var stopAtCaseLabels = false
    /// The `@autoclosure` parameters of the functions declared so far, by function name.
    var autoclosureParameters: [String: [(index: Int, label: String?)]] = [:]
    /// The operators and precedence groups the cell declares (see `CustomOperators.swift`).
    var customOperators = CustomOperators()

    init(tokens: [Token]) {
        self.tokens = tokens.isEmpty ? [Token(kind: .endOfFile, range: .zero, newlineBefore: true, spaceBefore: true)] : tokens
    }

    /// Parses a whole cell.
    static func parse(_ source: String) -> (statements: [Stmt], diagnostics: [Diagnostic]) {
        ParseLog.parsed(source)
        let (lexed, lexErrors, abandoned) = Lexer.tokenizeReportingAbandon(source)
        let (tokens, directiveErrors) = ConditionalCompilation.resolve(lexed)
        if !directiveErrors.isEmpty && !abandoned { return ([], lexErrors + directiveErrors) }
        var parser = Parser(tokens: tokens)
        parser.nestedTypes = NestedTypes.scan(tokens)
        parser.customOperators = CustomOperators.scan(tokens, builtinLevels: Parser.levels)
        var statements = parser.parseStatements(topLevel: true)
        if let range = ResultType.undeclaredUse(tokens) {
            return ([], lexErrors + [Diagnostic(message: Unsupported.message("Result"), range: range)])
        }
        statements = mergeExtensions(statements, &parser.diagnostics)
        // After a lexer nesting error the tokens stop mid-construct: parse errors there are noise.
        return (abandoned ? [] : statements, abandoned ? lexErrors : lexErrors + parser.diagnostics)
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
        if abandoned { return Failure() }
        let token = current
        var text = message
        if case .endOfFile = token.kind {} else if showFound && !message.contains("found") { text += ", found \(token.spelling)" }
        diagnostics.append(Diagnostic(message: text, range: token.range))
        return Failure()
    }

    mutating func enterNesting() throws {
        depth += 1
        highWater = max(highWater, depth)
        deepest = max(deepest, depth)
        if depth > Self.maximumDepth {
            let failure = fail("expression or block nested too deeply (more than \(Self.maximumDepth) levels)", showFound: false)
            abandoned = true
            position = tokens.count - 1
            throw failure
        }
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
            if abandoned || (stopAtCaseLabels && !topLevel && atCaseLabel) { break }
            let savedDepth = depth
            do {
                let mark = nestedTypes.hoisted.count
                let statement = try parseStatement()
                statements += nestedTypes.hoisted[mark...]
                nestedTypes.hoisted.removeSubrange(mark...)
                statements.append(statement)
                statements.append(contentsOf: pendingDeclarations)
                pendingDeclarations = []
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
        if stopAtCaseLabels && atCaseLabel { return }
        if check("=") { throw fail(Unsupported.message("assignment used as a value"), showFound: false) }
        if case .identifier(let name) = current.kind, ["as", "is", "catch", "where", "throws", "rethrows"].contains(name) {
            throw fail(Unsupported.message(name), showFound: false)
        }
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
        let savedComputed = computedVariables
        defer { computedVariables = savedComputed }
        let body = parseStatements(topLevel: false)
        try expect("}", "to close the block")
        return body
    }

    /// Begins an operator or postfix chain; pair with `endChain` (in a `defer`). `1 + 1 + 1` is
    /// `(1 + 1) + 1`: the next link sits on top of everything parsed so far, so
    /// `continueChain()` moves `depth` to the deepest level reached since the chain began and
    /// adds one. Invariant: a tree parsed from depth d whose parse reached depth H is at most
    /// H - d + 1 high; hence no tree is higher than ``maximumDepth`` + 1.
    mutating func beginChain() -> (depth: Int, highWater: Int) {
        defer { highWater = depth }
        return (depth, highWater)
    }

    mutating func endChain(_ saved: (depth: Int, highWater: Int)) {
        depth = saved.depth
        highWater = max(saved.highWater, highWater)
    }

    /// The next link of a chain (between `beginChain` and `endChain`).
    mutating func continueChain() throws {
        depth = highWater
        try enterNesting()
    }

    /// The nested `if` of an `else if`: one level deeper, so a long chain is an error, not a
    /// stack overflow in the passes that recurse on it.
    mutating func parseElseIf() throws -> Stmt {
        try enterNesting()
        defer { depth -= 1 }
        return try parseStatement()
    }
}
