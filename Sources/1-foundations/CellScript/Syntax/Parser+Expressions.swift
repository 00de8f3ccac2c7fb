/// Expressions, one method per Swift precedence level, lowest first.
extension Parser {
    mutating func parseExpression() throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        if current.identifier == "try", let kind = tryKind(peekToken(1)) { return try parseTry(kind) }
        return try parseTernary()
    }

    private mutating func parseTernary() throws -> Expr {
        let condition = try parseBinary(level: 0)
        guard check("?") && current.spaceBefore else { return condition }
        advance()
        let thenValue = try parseExpression()
        try expect(":", "in ternary expression")
        let elseValue = try parseExpression()
        return Expr(kind: .ternary(condition, thenValue, elseValue), range: condition.range.union(elseValue.range))
    }

    /// Binary operator levels from lowest to highest precedence, and whether they associate right.
    static let levels: [(ops: Set<String>, rightAssociative: Bool)] = [
        (["||"], false),
        (["&&"], false),
        (["==", "!=", "===", "!==", "<", "<=", ">", ">="], false),
        (["??"], true),
        ([], false), // casting (`as`), see `Parser+Cast.swift`
        (["..<", "..."], false),
        (["+", "-", "|", "^", "&+", "&-"], false),
        (["*", "/", "%", "&", "&*"], false),
        (["<<", ">>", "&<<", "&>>"], false),
    ]

    private mutating func parseBinary(level: Int) throws -> Expr {
        let levels = customOperators.levels ?? Self.levels
        if level == levels.count { return try parseUnary() }
        if levels[level].ops.isEmpty { return try parseCasts(try parseBinary(level: level + 1)) }
        // Each operator of a chain adds a level to the tree (`1 + 1 + 1` is `(1 + 1) + 1`).
        let saved = beginChain()
        defer { endChain(saved) }
        var left = try parseBinary(level: level + 1)
        let (ops, rightAssociative) = levels[level]
        while let (op, width) = binaryOperatorAtCurrent(), ops.contains(op), isBinaryPosition() {
            if let oneSided = oneSidedUpTo(left) { return oneSided }
            try continueChain()
            var opRange = advance().range
            for _ in 1..<width { opRange = opRange.union(advance().range) }
            let right = rightAssociative ? try parseBinary(level: level) : try parseBinary(level: level + 1)
            left = Expr(kind: .binary(op: op, left, right, opRange: opRange), range: left.range.union(right.range))
            if rightAssociative { break }
        }
        return left
    }

    /// A `-` or `+` at the start of a line with no space after it begins a new statement.
    private func isBinaryPosition() -> Bool {
        guard current.newlineBefore else { return true }
        if check("-") || check("+") { return current.spaceAfter }
        return true
    }

    mutating func parseUnary() throws -> Expr {
        if let oneSided = try oneSidedFrom() { return oneSided }
        if let (op, width) = customPrefixAtCurrent() { return try parseCustomPrefix(op, width) }
        let next = peekToken(1)
        if case .symbol(let op) = current.kind, op == "-" || op == "!" || op == "+" || op == "&" || op == "~", !next.isSymbol(")"), !next.isSymbol(",") {
            let opToken = advance()
            try enterNesting()
            defer { depth -= 1 }
            let operand = try parseUnary()
            if op == "-", case .integer(let v) = operand.kind { return Expr(kind: .integer(-v), range: opToken.range.union(operand.range)) }
            if op == "-", case .fixedWidthInteger(let x) = operand.kind, x.bits == 1 << 63 { return Expr(kind: .integer(.min), range: opToken.range.union(operand.range)) }
            if op == "-", case .double(let v) = operand.kind { return Expr(kind: .double(-v), range: opToken.range.union(operand.range)) }
            return Expr(kind: .unary(op: op, operand), range: opToken.range.union(operand.range))
        }
        let saved = beginChain()
        defer { endChain(saved) }
        return try parsePostfix(try parsePrimary())
    }

    /// Each call, subscript, member, `!` or trailing closure adds a level to the tree.
    private mutating func parsePostfix(_ base: Expr) throws -> Expr {
        var expr = base
        var chained = false
        while true {
            if isOptionalChainingMark {
                // `a?.b`, `a?[i]`, `f?()`: the rest of the postfix chain runs only when `a` is not nil.
                advance()
                expr = Expr(kind: .optionalBind(expr), range: expr.range.union(previous.range))
                chained = true
            }
            if isPostfixStart { try continueChain() }
            if check("(") && !current.newlineBefore {
                advance()
                let arguments = wrappingAutoclosures(expr, try parseArguments(closing: ")"))
                expr = Expr(kind: .call(expr, arguments), range: expr.range.union(previous.range))
            } else if check("[") && !current.newlineBefore {
                advance()
                let arguments = try parseArguments(closing: "]")
                if let keyPath = arguments.first(where: { $0.label == "keyPath" }) {
                    diagnostics.append(Diagnostic(message: Unsupported.message("[keyPath:] subscript"), range: keyPath.labelRange ?? keyPath.value.range))
                    throw Failure()
                }
                expr = Expr(kind: .subscriptAccess(expr, arguments), range: expr.range.union(previous.range))
            } else if check(".") {
                advance()
                let nameToken = current
                let name: String
                switch nameToken.kind {
                case .identifier(let n): name = n
                case .integer(let i) where i >= 0: name = String(i)
                case .keyword(let k): name = k.rawValue
                default: throw fail("expected member name following '.'")
                }
                advance()
                _ = skipCompoundNameLabels()
                if name == "init", !(check("(") && !current.spaceBefore), case .identifier = expr.kind {
                    expr = Self.initializerReference(expr, expr.range.union(nameToken.range))
                    continue
                }
                if case .identifier(let module) = expr.kind, Self.moduleNames.contains(module), case .identifier = nameToken.kind {
                    // `Foundation.exp(x)`, `Swift.max(a, b)`: a module-qualified name is the name.
                    expr = Expr(kind: .identifier(name), range: nameToken.range)
                    continue
                }
                expr = Expr(kind: .member(expr, name: name, nameRange: nameToken.range), range: expr.range.union(nameToken.range))
            } else if check("!") && !current.spaceBefore {
                advance()
                expr = Expr(kind: .forceUnwrap(expr), range: expr.range.union(previous.range))
            } else if check("{") && allowTrailingClosure && !current.newlineBefore {
                expr = try attachTrailingClosure(to: expr)
            } else {
                return chained ? Expr(kind: .optionalChain(expr), range: expr.range) : expr
            }
        }
    }

    /// Whether the current token continues a postfix chain (the conditions of `parsePostfix`).
    private var isPostfixStart: Bool {
        (check("(") && !current.newlineBefore) || (check("[") && !current.newlineBefore) || check(".")
            || (check("!") && !current.spaceBefore) || (check("{") && allowTrailingClosure && !current.newlineBefore)
    }

    private mutating func attachTrailingClosure(to expr: Expr) throws -> Expr {
        let closure = try parseClosure()
        var trailing = [Argument(label: nil, labelRange: nil, value: closure, isTrailingClosure: true)]
        // `f { … } second: { … }`: further trailing closures, each with its label.
        while let label = current.identifier, label != "case", label != "default", peekToken(1).isSymbol(":"), peekToken(2).isSymbol("{") {
            let labelRange = advance().range
            advance()
            trailing.append(Argument(label: label, labelRange: labelRange, value: try parseClosure(), isTrailingClosure: true))
        }
        let range = expr.range.union(previous.range)
        if case .call(let callee, let arguments) = expr.kind {
            return Expr(kind: .call(callee, arguments + trailing), range: range)
        }
        return Expr(kind: .call(expr, trailing), range: range)
    }

    /// Comma-separated, optionally labelled arguments up to `closing` (consumed).
    private mutating func parseArguments(closing: String) throws -> [Argument] {
        let saved = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = saved }
        var arguments: [Argument] = []
        if match(closing) { return arguments }
        repeat {
            var label: String?
            var labelRange: SourceRange?
            if case .symbol(":") = peekToken(1).kind {
                if let name = current.identifier { label = name } else if case .keyword(let k) = current.kind { label = k.rawValue }
                if label != nil { labelRange = advance().range; advance() }
            }
            arguments.append(Argument(label: label, labelRange: labelRange, value: try parseExpression()))
        } while match(",")
        try expect(closing, "to close the argument list")
        return arguments
    }

    /// Operators usable as function values, as in `reduce(0, +)` or `sorted(by: >)`.
    static let operatorFunctions: Set<String> = ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!="]

    private mutating func parsePrimary() throws -> Expr {
        let token = current
        switch token.kind {
        case .integer(let v): advance(); return Expr(kind: .integer(v), range: token.range)
        case .wideInteger(let v): advance(); return Expr(kind: .fixedWidthInteger(FixedWidthInt(canonical: v, .uint64)), range: token.range)
        case .double(let v): advance(); return Expr(kind: .double(v), range: token.range)
        case .string(let segments): advance(); return try stringLiteral(segments, token.range)
        case .keyword(.true): advance(); return Expr(kind: .bool(true), range: token.range)
        case .keyword(.false): advance(); return Expr(kind: .bool(false), range: token.range)
        case .keyword(.nil): advance(); return Expr(kind: .nilLiteral, range: token.range)
        case .keyword(.if): return try parseIfExpression()
        case .keyword(.switch): return try parseSwitchExpression()
        case .identifier(let name) where (name == "try" || name == "await") && !peekToken(1).newlineBefore
                                          && (peekToken(1).identifier != nil || peekToken(1).isSymbol("?") || peekToken(1).isSymbol("!")):
            throw fail(Unsupported.message(name), showFound: false)
        case .identifier where Self.isMemoryLayout(token, peekToken(1)):
            return try parseMemoryLayout()
        case .identifier where floatingPointBitCount() != nil:
            let (value, tokens) = floatingPointBitCount()!
            return parseFloatingPointBitCount(value, tokens: tokens)
        case .identifier(let name) where Self.isGenericCollectionCall(name, peekToken(1)):
            return try genericCollectionType(token)
        case .identifier(let name) where genericNames.contains(name):
            // A generic parameter used as a type (`[T]()`) reads as `Any`, as in annotations.
            advance()
            return Expr(kind: .identifier("Any"), range: token.range)
        case .identifier where qualifiedNestedType() != nil:
            let (name, range) = matchQualifiedNestedType()!
            return Expr(kind: .identifier(name), range: range)
        case .identifier(let name) where computedVariables.contains(name):
            advance()
            return Self.computedVariableRead(name, token.range)
        case .identifier(let name) where typeAliases[name] != nil:
            advance()
            return Self.typeExpression(typeAliases[name]!, token.range)
        case .identifier(let name):
            advance()
            if let callee = genericStructCallee(token, name) { return callee }
            skipGenericArguments()
            return Expr(kind: .identifier(name), range: token.range)
        case .dollar(let n): advance(); return Expr(kind: .dollar(n), range: token.range)
        case .symbol(let op) where Self.operatorFunctions.contains(op) && (peekToken(1).isSymbol(")") || peekToken(1).isSymbol(",")):
            advance()
            return Expr(kind: .identifier(op), range: token.range)
        case .symbol("("): return try parseParenthesized()
        case .symbol("\\"): return try parseKeyPath()
        case .symbol("["): return try matchCollectionTypeCallee() ?? parseCollectionLiteral()
        case .symbol("{"): return try parseClosure()
        case .symbol("."):
            advance()
            let (name, range) = try expectIdentifier("member name after '.'")
            return Expr(kind: .implicitMember(name), range: token.range.union(range))
        default:
            throw fail("expected expression")
        }
    }

    private mutating func stringLiteral(_ segments: [StringSegment], _ range: SourceRange) throws -> Expr {
        if segments.count == 1, case .text(let text) = segments[0] { return Expr(kind: .string(text), range: range) }
        var parts: [InterpolationPart] = []
        for segment in segments {
            switch segment {
            case .text(let text): parts.append(.text(text))
            case .interpolation(let tokens, let segmentRange):
                var inner = Parser(tokens: tokens)
                inner.depth = depth
                inner.customOperators = customOperators
                if case .endOfFile = inner.current.kind {
                    diagnostics.append(Diagnostic(message: "expected expression in string interpolation", range: segmentRange))
                    throw Failure()
                }
                let expr = try? inner.parseExpression()
                if inner.abandoned {
                    diagnostics += inner.diagnostics
                    abandoned = true
                    position = tokens.count - 1
                    throw Failure()
                }
                if expr != nil && !inner.atEnd { _ = inner.fail("expected ')' in string interpolation") }
                diagnostics += inner.diagnostics
                guard let expr, inner.diagnostics.isEmpty else { throw Failure() }
                parts.append(.expression(expr))
            }
        }
        return Expr(kind: .interpolated(parts), range: range)
    }

    private mutating func parseParenthesized() throws -> Expr {
        let open = advance()
        let saved = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = saved }
        var elements: [Expr] = []
        var labels: [String?] = []
        if !check(")") {
            repeat {
                if let label = current.identifier, peekToken(1).isSymbol(":") {
                    advance(); advance()
                    labels.append(label)
                } else {
                    labels.append(nil)
                }
                elements.append(try parseExpression())
                if check("=") { throw fail(Unsupported.message("assignment used as a value"), showFound: false) }
            } while match(",")
        }
        let close = try expect(")", "to close the parenthesized expression")
        let range = open.range.union(close.range)
        if elements.count == 1 { return Expr(kind: elements[0].kind, range: range) }
        return Expr(kind: .tuple(elements), range: range, labels: labels.contains { $0 != nil } ? labels : nil)
    }

    private mutating func parseCollectionLiteral() throws -> Expr {
        let open = advance()
        let saved = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = saved }
        if check(":") && peekToken(1).isSymbol("]") {
            advance()
            let close = advance()
            return Expr(kind: .dictionary([]), range: open.range.union(close.range))
        }
        var elements: [Expr] = []
        var pairs: [(key: Expr, value: Expr)] = []
        while !check("]") {
            let first = try parseExpression()
            if match(":") {
                guard elements.isEmpty else { throw fail("expected ',' in array literal") }
                pairs.append((first, try parseExpression()))
            } else {
                guard pairs.isEmpty else { throw fail("expected ':' in dictionary literal") }
                elements.append(first)
            }
            if !match(",") { break }
        }
        let close = try expect("]", "to close the collection literal")
        let range = open.range.union(close.range)
        return pairs.isEmpty ? Expr(kind: .array(elements), range: range) : Expr(kind: .dictionary(pairs), range: range)
    }

    /// `{ body }`, `{ x, y in body }` or `{ (x: Double) -> Double in body }`.
    mutating func parseClosure() throws -> Expr {
        let open = try expect("{", "to begin closure")
        try enterNesting()
        defer { depth -= 1 }
        let captures = try parseCaptureList()
        let header = try parseClosureHeader()
        if captures != nil && header == nil { throw fail("expected 'in' after the closure's capture list") }
        let saved = allowTrailingClosure
        allowTrailingClosure = true
        defer { allowTrailingClosure = saved }
        let body = parseStatements(topLevel: false)
        let close = try expect("}", "to close the closure")
        var closure = ClosureExpr(parameters: header?.names, body: body)
        closure.parameterTypes = header?.types ?? []
        closure.returnType = header?.returnType
        closure.captures = captures ?? []
        closure.mutableFirstParameter = header?.firstIsInout ?? false
        return Expr(kind: .closure(closure), range: open.range.union(close.range))
    }

    /// Returns the parameters when an `in` header follows, consuming it; nil otherwise.
    private mutating func parseClosureHeader() throws -> ClosureHeader? {
        var i = 0
        var parenDepth = 0
        while true {
            let token = peekToken(i)
            switch token.kind {
            case .keyword(.in) where parenDepth == 0:
                return try parseClosureParameters(upTo: position + i)
            case .identifier: break
            case .symbol(let s) where [",", ":", "->", "[", "]", "?", "<", ">", "."].contains(s): break
            case .symbol("("): parenDepth += 1
            case .symbol(")"): parenDepth -= 1
            default: return nil
            }
            i += 1
        }
    }

    private mutating func parseClosureParameters(upTo end: Int) throws -> ClosureHeader {
        var header = ClosureHeader()
        let parenthesized = match("(")
        while position < end && !check(")") {
            let (name, range) = try expectIdentifier("closure parameter name")
            header.names.append((name, range))
            let annotated = match(":")
            if annotated && current.identifier == "inout" {
                if header.names.count == 1 { header.firstIsInout = true } else {
                    // Reported without stopping the closure, so the error is the only one.
                    _ = fail(Unsupported.message("inout closure parameter after the first"), showFound: false)
                }
                advance()
            }
            header.types.append(annotated ? try parseType() : nil)
            if !match(",") { break }
        }
        if parenthesized { try expect(")", "to close the closure parameters") }
        if match("->") { header.returnType = try parseType() }
        guard match(.in) else { throw fail("expected 'in' after closure parameters") }
        return header
    }
}

/// A closure's `(x: T, y) -> R in` header.
struct ClosureHeader {
    var names: [(name: String, range: SourceRange)] = []
    var types: [TypeAnnotation?] = []
    var returnType: TypeAnnotation?
    /// `{ (s: inout State) in … }`.
    var firstIsInout = false
}

extension Parser {
    /// The modules a cell may name a standard function by (`Foundation.sqrt`, `Swift.min`).
    static let moduleNames: Set<String> = ["Swift", "Foundation", "Glibc", "Darwin"]
}
