/// `if` and `switch` used as values (Swift 5.9: `let x = if c { 1 } else { 2 }`), and closure
/// capture lists.
extension Parser {
    /// `if c { a } else if d { b } else { e }`: a conditional expression when every condition
    /// is a Boolean expression; otherwise (`if let`, `if case`) a statement expression.
    mutating func parseIfExpression() throws -> Expr {
        let start = advance().range
        let conditions = try parseConditions()
        let thenBranch = try parseBlock("after 'if' condition")
        guard match(.else) else {
            diagnostics.append(Diagnostic(message: "'if' must have an unconditional 'else' to be used as expression", range: start))
            throw Failure()
        }
        let elseValue: Expr
        if check(.if) {
            elseValue = try parseIfExpression()
        } else {
            elseValue = try branchValue(try parseBlock("after 'else'"), "if", start)
        }
        let thenValue = try branchValue(thenBranch, "if", start)
        let range = start.union(previous.range)
        var tests: [Expr] = []
        for condition in conditions {
            guard case .expression(let test) = condition else {
                let returning = { (value: Expr) in Stmt(kind: .returnStatement(value), range: value.range) }
                let statement = Stmt(kind: .ifStatement(conditions, then: [returning(thenValue)], else: [returning(elseValue)]), range: range)
                return Self.statementExpression(statement, range)
            }
            tests.append(test)
        }
        let test = tests.dropFirst().reduce(tests[0]) { Expr(kind: .binary(op: "&&", $0, $1, opRange: $1.range), range: $0.range.union($1.range)) }
        return Expr(kind: .ternary(test, thenValue, elseValue), range: range)
    }

    /// `switch x { case …: value … }` as a value: each case's single expression is returned
    /// from a statement expression.
    mutating func parseSwitchExpression() throws -> Expr {
        let start = current.range
        guard case .switchStatement(let subject, var cases) = try parseSwitchOrEnum() else { throw fail("expected 'switch'") }
        for i in cases.indices {
            let value = try branchValue(cases[i].body, "switch", cases[i].range)
            cases[i].body = [Stmt(kind: .returnStatement(value), range: value.range)]
        }
        let range = start.union(previous.range)
        return Self.statementExpression(Stmt(kind: .switchStatement(subject, cases), range: range), range)
    }

    /// The single expression of a branch of an `if`/`switch` expression.
    private mutating func branchValue(_ body: [Stmt], _ keyword: String, _ range: SourceRange) throws -> Expr {
        if body.count == 1, case .expression(let value) = body[0].kind { return value }
        let at = body.first?.range ?? range
        diagnostics.append(Diagnostic(message: "each branch of an '\(keyword)' expression must be a single expression in cells", range: at))
        throw Failure()
    }

    /// A statement run as a value: a closure of no parameters, called at once, whose body
    /// returns the value (the type checker gives it the context's type).
    static func statementExpression(_ statement: Stmt, _ range: SourceRange) -> Expr {
        var closure = ClosureExpr(parameters: [], body: [statement])
        closure.isStatementExpression = true
        return Expr(kind: .call(Expr(kind: .closure(closure), range: range), []), range: range)
    }

    /// `[a, b = expr]` right after a closure's `{` and before its `in` header (or `in`): the
    /// captured names and values. `weak`/`unowned` captures stop with a located error.
    /// Nil when the `[` begins the body (an array literal).
    mutating func parseCaptureList() throws -> [Argument]? {
        guard check("[") else { return nil }
        var i = 1
        var depth = 1
        while depth > 0 {
            let token = peekToken(i)
            if case .endOfFile = token.kind { return nil }
            if token.isSymbol("[") { depth += 1 }
            if token.isSymbol("]") { depth -= 1 }
            i += 1
        }
        let after = peekToken(i)
        guard after.isKeyword(.in) || after.isSymbol("(") || (after.identifier != nil && !after.newlineBefore) else { return nil }
        advance()
        var captures: [Argument] = []
        repeat {
            if let word = current.identifier, word == "weak" || word == "unowned", peekToken(1).identifier != nil || peekToken(1).isSymbol("(") {
                // Reported, then read on: the rest of the closure parses as usual.
                diagnostics.append(Diagnostic(message: Unsupported.message("\(word) capture"), range: current.range))
                advance()
                if match("(") { _ = try expectIdentifier("'safe' or 'unsafe'"); try expect(")", "after the capture specifier") }
            }
            let (name, range) = try expectIdentifier("captured name")
            var value = Expr(kind: .identifier(name), range: range)
            if match("=") { value = try parseExpression() }
            // `[self]` changes nothing: methods and properties are read through it either way.
            if name != "self" { captures.append(Argument(label: name, labelRange: range, value: value)) }
        } while match(",")
        try expect("]", "to close the capture list")
        return captures
    }
}

extension Parser {
    /// `if let (a, b) = pair`, `while let (d, _) = stack.popLast()`: Swift's optional binding of a
    /// tuple, the condition `case let (a, b)? = pair`. Nil unless `let (`/`var (` is next.
    mutating func parseTupleBinding() throws -> Condition? {
        guard check(.let) || check(.var), peekToken(1).isSymbol("(") else { return nil }
        advance()
        let pattern = try parseCasePattern(binding: true)
        try expect("=", "after the pattern of the optional binding")
        return .pattern(.optional(pattern), value: try parseExpression())
    }
}
