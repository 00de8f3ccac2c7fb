/// `switch` and its patterns, labelled statements, `break`/`continue` with labels,
/// `fallthrough`, `do`/`catch`, `throw` and `defer`.
extension Parser {
    /// Whether an identifier at the start of a statement begins one of the constructs below
    /// (`fallthrough`, `throw x`, `defer {`, `indirect enum`, `outer: for`).
    func beginsControlStatement(_ name: String) -> Bool {
        let next = peekToken(1)
        switch name {
        case "fallthrough": return next.newlineBefore || next.isSymbol("}") || next.isSymbol(";") || { if case .endOfFile = next.kind { return true } else { return false } }()
        case "throw": return !next.newlineBefore && !next.isSymbol("=") && !(next.isSymbol(".") && !next.spaceBefore) && !next.isSymbol(")")
        case "defer": return next.isSymbol("{")
        case "indirect": return next.isKeyword(.enum)
        case "case": return true
        default:
            guard next.isSymbol(":") else { return false }
            let after = peekToken(2)
            return [.for, .while, .repeat, .switch, .do].contains { after.isKeyword($0) }
        }
    }

    mutating func parseControlStatement(_ name: String) throws -> Stmt.Kind {
        switch name {
        case "fallthrough":
            advance()
            return .fallthroughStatement
        case "throw":
            advance()
            return .throwStatement(try parseExpression())
        case "defer":
            advance()
            return .deferStatement(try parseBlock("after 'defer'"))
        case "indirect":
            advance()
            return try parseEnum(isIndirect: true)
        case "case":
            throw fail("'case' label can only appear inside a 'switch' statement", showFound: false)
        default:
            let start = advance().range
            advance()  // ':'
            let loop = try parseStatement()
            return .labeled(name, Stmt(kind: loop.kind, range: start.union(loop.range)))
        }
    }

    /// `break`, `continue`, each optionally with a label on the same line.
    mutating func parseJump() throws -> Stmt.Kind {
        let isBreak = advance().isKeyword(.break)
        if let label = current.identifier, !current.newlineBefore, label != "case", label != "default" {
            advance()
            return .labeledJump(isBreak: isBreak, label: label)
        }
        return isBreak ? .breakStatement : .continueStatement
    }

    mutating func parseSwitchOrEnum() throws -> Stmt.Kind {
        if check(.enum) { return try parseEnum(isIndirect: false) }
        advance()
        let subject = try parseConditionExpression()
        try expect("{", "after 'switch' subject")
        try enterNesting()
        defer { depth -= 1 }
        var cases: [SwitchCase] = []
        while !check("}") && !atEnd {
            let start = current.range
            var patterns: [GuardedPattern] = []
            if current.identifier == "case" {
                advance()
                patterns = try parseGuardedPatterns()
            } else if current.identifier == "default" {
                advance()
            } else {
                throw fail("expected 'case' or 'default' in switch")
            }
            try expect(":", "after the case label")
            let saved = stopAtCaseLabels
            stopAtCaseLabels = true
            let body = parseStatements(topLevel: false)
            stopAtCaseLabels = saved
            if body.isEmpty {
                diagnostics.append(Diagnostic(message: "'\(patterns.isEmpty ? "default" : "case")' label in a 'switch' must have at least one executable statement", range: start))
            }
            cases.append(SwitchCase(patterns: patterns, body: body, range: start))
        }
        try expect("}", "to close the switch")
        return .switchStatement(subject, cases)
    }

    /// Whether the current token begins a case label (ends the statements of the case before).
    var atCaseLabel: Bool {
        guard let name = current.identifier else { return false }
        return name == "case" || (name == "default" && peekToken(1).isSymbol(":"))
    }

    /// `p1 where c1, p2, …` up to a ':' or '{'.
    mutating func parseGuardedPatterns() throws -> [GuardedPattern] {
        var patterns: [GuardedPattern] = []
        repeat {
            let start = current.range
            let pattern = try parseCasePattern(binding: false)
            var whereClause: Expr?
            if match(.where) { whereClause = try parseConditionExpression() }
            patterns.append(GuardedPattern(pattern: pattern, whereClause: whereClause, range: start.union(previous.range)))
        } while match(",")
        return patterns
    }

    private mutating func parseConditionExpression() throws -> Expr {
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        defer { allowTrailingClosure = saved }
        return try parseExpression()
    }

    /// A pattern; `binding` is true under `let`/`var`, where a bare name binds.
    mutating func parseCasePattern(binding: Bool) throws -> CasePattern {
        try enterNesting()
        defer { depth -= 1 }
        var pattern: CasePattern
        let start = current.range
        if check(.let) || check(.var) {
            advance()
            pattern = try parseCasePattern(binding: true)
        } else if current.identifier == "_" {
            advance()
            pattern = .wildcard
        } else if current.identifier == "is", let type = peekToken(1).identifier {
            advance()
            let range = advance().range
            return .cast(nil, type: type, range: range)
        } else if check("(") {
            advance()
            let (items, labels) = try parsePatternList(binding: binding)
            pattern = items.count == 1 && labels[0] == nil ? items[0] : .tuple(items, labels: labels)
        } else if check("."), let name = peekToken(1).identifier {
            advance()
            advance()
            pattern = try parseEnumCasePattern(type: nil, name: name, binding: binding, start: start)
        } else if let type = current.identifier, type.first?.isUppercase == true, peekToken(1).isSymbol("."),
                  let name = peekToken(2).identifier, name.first?.isLowercase == true,
                  !peekToken(3).isSymbol("..<"), !peekToken(3).isSymbol("...") {
            advance()
            advance()
            advance()
            pattern = try parseEnumCasePattern(type: type, name: name, binding: binding, start: start)
        } else if binding, let name = current.identifier {
            pattern = .binding(name, advance().range)
        } else if check("..<") || check("...") {
            let closed = advance().isSymbol("...")
            pattern = .oneSidedRange(lower: nil, upper: try parseExpression(), closed: closed)
        } else if let lower = try parseLowerBoundedRange() {
            pattern = lower
        } else {
            let saved = allowTrailingClosure
            allowTrailingClosure = false
            defer { allowTrailingClosure = saved }
            pattern = .value(try parseExpression())
        }
        if check("?") && !current.spaceBefore {
            advance()
            pattern = .optional(pattern)
        }
        if current.identifier == "as", let type = peekToken(1).identifier {
            advance()
            let range = advance().range
            pattern = .cast(pattern, type: type, range: range)
        }
        return pattern
    }

    /// `10...` before `:`, `,` or `where`: the lower bound is the tokens up to the `...`.
    private mutating func parseLowerBoundedRange() throws -> CasePattern? {
        var i = 0
        var parens = 0
        while true {
            let token = peekToken(i)
            if case .endOfFile = token.kind { return nil }
            if token.isSymbol("(") || token.isSymbol("[") { parens += 1 }
            if token.isSymbol(")") || token.isSymbol("]") { parens -= 1 }
            if parens < 0 || (parens == 0 && (token.isSymbol(":") || token.isSymbol(",") || token.isSymbol("{") || token.isKeyword(.where))) { return nil }
            if parens == 0 && token.isSymbol("...") {
                let after = peekToken(i + 1)
                guard after.isSymbol(":") || after.isSymbol(",") || after.isSymbol(")") || after.isKeyword(.where) else { return nil }
                break
            }
            i += 1
        }
        let end = position + i
        var lowerTokens = Array(tokens[position..<end])
        lowerTokens.append(Token(kind: .endOfFile, range: tokens[end].range, newlineBefore: true, spaceBefore: true))
        var inner = Parser(tokens: lowerTokens)
        inner.depth = depth
        let lower = try? inner.parseExpression()
        diagnostics += inner.diagnostics
        guard let lower, inner.atEnd else { throw fail("expected a lower bound before '...'") }
        position = end + 1
        return .oneSidedRange(lower: lower, upper: nil, closed: true)
    }

    private mutating func parseEnumCasePattern(type: String?, name: String, binding: Bool, start: SourceRange) throws -> CasePattern {
        guard check("(") && !current.newlineBefore else {
            return .enumCase(type: type, name: name, arguments: nil, labels: [], range: start.union(previous.range))
        }
        advance()
        let (items, labels) = try parsePatternList(binding: binding)
        return .enumCase(type: type, name: name, arguments: items, labels: labels, range: start.union(previous.range))
    }

    /// `p1, label: p2, …)` (the `(` already consumed; `)` consumed).
    private mutating func parsePatternList(binding: Bool) throws -> ([CasePattern], [String?]) {
        var items: [CasePattern] = []
        var labels: [String?] = []
        if !check(")") {
            repeat {
                var label: String?
                if let name = current.identifier, peekToken(1).isSymbol(":") {
                    label = name
                    advance()
                    advance()
                }
                labels.append(label)
                items.append(try parseCasePattern(binding: binding))
            } while match(",")
        }
        try expect(")", "to close the pattern")
        return (items, labels)
    }

    /// `do { } catch p { } …`; a `do` without `catch` is a plain block.
    mutating func parseDo() throws -> Stmt.Kind {
        advance()
        skipThrows()
        let body = try parseBlock("after 'do'")
        var clauses: [CatchClause] = []
        while current.identifier == "catch" {
            let start = advance().range
            var patterns: [GuardedPattern] = []
            if !check("{") {
                let saved = allowTrailingClosure
                allowTrailingClosure = false
                defer { allowTrailingClosure = saved }
                patterns = try parseGuardedPatterns()
            }
            clauses.append(CatchClause(patterns: patterns, body: try parseBlock("after 'catch'"), range: start))
        }
        return clauses.isEmpty ? .block(body) : .doCatch(body, clauses)
    }
}

/// `if case`, `guard case`, `while case` and `for case`.
extension Parser {
    /// `case pattern = value` in a condition list.
    mutating func parseCaseCondition() throws -> Condition {
        advance()
        let pattern = try parseCasePattern(binding: false)
        try expect("=", "after the pattern of 'case'")
        return .pattern(pattern, value: try parseExpression())
    }

    /// `for case p in seq where c { body }`, read as
    /// `for $case in seq { if case p = $case, c { body } }`.
    mutating func parseForCase() throws -> Stmt.Kind {
        let start = advance().range
        let pattern = try parseCasePattern(binding: false)
        guard match(.in) else { throw fail("expected 'in' after for-in pattern") }
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        let sequence = try parseExpression()
        var conditions: [Condition] = [.pattern(pattern, value: Expr(kind: .identifier("$case"), range: start))]
        if match(.where) { conditions.append(.expression(try parseExpression())) }
        allowTrailingClosure = saved
        let body = try parseBlock("to begin the loop body")
        let test = Stmt(kind: .ifStatement(conditions, then: body, else: nil), range: start.union(previous.range))
        return .forIn(.name("$case", start), sequence: sequence, whereClause: nil, body: [test])
    }
}

/// `try`, `try?`, `try!` before an expression (they cover the whole expression to the right).
extension Parser {
    /// The kind of `try` when the token after it continues one (`try f()`, `try? f()`).
    func tryKind(_ next: Token) -> TryKind? {
        if next.newlineBefore { return nil }
        if next.isSymbol("?") && !next.spaceBefore { return .optional }
        if next.isSymbol("!") && !next.spaceBefore { return .forced }
        switch next.kind {
        case .identifier, .keyword, .dollar, .integer, .double, .string: return .plain
        case .symbol(let s): return ["(", "[", ".", "{", "-", "!"].contains(s) ? .plain : nil
        default: return nil
        }
    }

    mutating func parseTry(_ kind: TryKind) throws -> Expr {
        let start = advance().range
        if kind != .plain { advance() }
        let operand = try parseExpression()
        return Expr(kind: .tryExpression(kind, operand), range: start.union(operand.range))
    }
}

extension Parser {
    /// `throws`, `rethrows` or `throws(E)` after a parameter list: accepted, with no effect on
    /// the signature (any function may throw in a cell).
    mutating func skipThrows() {
        guard let word = current.identifier, word == "throws" || word == "rethrows", !current.newlineBefore else { return }
        advance()
        if check("(") && !current.spaceBefore {
            while !atEnd && !check(")") { advance() }
            advance()
        }
    }
}

extension Parser {
}
