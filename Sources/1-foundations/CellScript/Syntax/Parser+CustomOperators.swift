/// Operator declarations and operators spelled by several symbol tokens (see
/// ``CustomOperators``): `infix operator ** : PowerPrecedence`, `prefix operator +++`,
/// `precedencegroup`, and operator functions named by them, by `~=` or by a compound
/// assignment (`static func += (lhs: inout V, rhs: V)`).
extension Parser {
    /// The compound assignments a type may implement (`static func += (lhs: inout V, rhs: V)`).
    static let compoundAssignmentOperators: Set<String> = ["+=", "-=", "*=", "/=", "%="]

    /// Operators of the standard library spelled by two or more of the lexer's symbols.
    static let swiftOperators: Set<String> = ["~=", "&+", "&-", "&*", "<<", ">>", "&<<", "&>>", "<<=", ">>=", "&=", "|=", "^=", "..<", "...", "&+=", "&-=", "&*="]

    /// Whether the tokens at the current position declare an operator (`infix operator …`).
    var atOperatorDeclaration: Bool {
        guard let fixity = current.identifier, ["infix", "prefix", "postfix"].contains(fixity) else { return false }
        return peekToken(1).identifier == "operator" && !peekToken(1).newlineBefore
    }

    /// `infix operator ** : Group`, `prefix operator +++` (read before parsing by
    /// ``CustomOperators/scan(_:builtinLevels:)``; here they are skipped). A `postfix` operator
    /// stops with a located "not supported".
    mutating func parseOperatorDeclaration() throws -> Stmt.Kind {
        if current.identifier == "postfix" { throw fail(Unsupported.message("postfix operator"), showFound: false) }
        advance()
        advance()
        guard let (_, width) = CustomOperators.spelledOperator(tokens, at: position) else { throw fail("expected operator name in operator declaration") }
        for _ in 0..<width { advance() }
        if check(":") && !current.newlineBefore {
            advance()
            _ = try expectIdentifier("precedence group name")
        }
        return .block([])
    }

    /// `precedencegroup Name { higherThan: … }` (read before parsing; skipped here).
    mutating func parsePrecedenceGroup() throws -> Stmt.Kind {
        advance()
        _ = try expectIdentifier("precedence group name")
        try expect("{", "to begin the precedence group")
        while !check("}") && !atEnd {
            guard let key = current.identifier, ["higherThan", "lowerThan", "associativity", "assignment"].contains(key) else {
                throw fail("expected 'higherThan', 'lowerThan', 'associativity' or 'assignment' in precedence group")
            }
            advance()
            try expect(":", "after '\(key)'")
            if key == "assignment" {
                guard match(.true) || match(.false) else { throw fail("expected 'true' or 'false' after 'assignment'") }
            } else {
                _ = try expectIdentifier("a value after '\(key)'")
                while match(",") { _ = try expectIdentifier("precedence group name") }
            }
        }
        try expect("}", "to close the precedence group")
        return .block([])
    }

    /// A declared operator spelled by two or more adjacent symbols at the current token, among
    /// `spellings`: the longest one and how many tokens it spans.
    func joinedCustomOperator(in spellings: Set<String>) -> (op: String, count: Int)? {
        guard !spellings.isEmpty, let (spelled, count) = CustomOperators.spelledOperator(tokens, at: position), count > 1 else { return nil }
        var n = count
        var candidate = spelled
        while n > 1 {
            if spellings.contains(candidate) { return (candidate, n) }
            guard case .symbol(let last) = peekToken(n - 1).kind else { return nil }
            candidate.removeLast(last.count)
            n -= 1
        }
        return nil
    }

    /// The binary operators the cell declares or defines functions for (joined from symbols).
    var customInfixSpellings: Set<String> { Set(customOperators.infix.keys).union(customOperators.functionNames) }

    /// The operator a function declaration names (at the operator, after `func`): its spelling
    /// and how many tokens it spans.
    func operatorFunctionName(at offset: Int) -> (op: String, count: Int)? {
        CustomOperators.spelledOperator(tokens, at: position + offset)
    }

    /// Whether a type may declare `func OP` for the operator at `func`: Swift's operators cells
    /// dispatch on values (`+`, `==`, …), compound assignments, `~=` and operators the cell declares.
    var atDeclarableOperatorFunction: Bool {
        guard check(.func), let (op, _) = operatorFunctionName(at: 1) else { return false }
        return Self.overloadableOperators.contains(op) || Self.compoundAssignmentOperators.contains(op) || op == "~="
            || customOperators.infix[op] != nil || customOperators.prefix.contains(op)
    }

    /// `func OP (lhs: T, rhs: T) -> R { … }` with an operator of one or more symbols (at `func`).
    mutating func parseNamedOperatorFunction() throws -> FunctionDecl {
        guard let (op, count) = operatorFunctionName(at: 1), count > 1 else { return try parseOperatorFunction() }
        advance()
        let first = current.range
        for _ in 1..<count { advance() }
        // `parseOperatorFunction` reads the name from one token: hand it the joined spelling.
        var function = try parseOperatorFunctionAfterName()
        function.name = op
        function.nameRange = first.union(function.nameRange)
        return function
    }

    /// The rest of an operator function from its last name token (consumed by this call).
    private mutating func parseOperatorFunctionAfterName() throws -> FunctionDecl {
        let nameToken = advance()
        return try parseOperatorFunctionRest(name: "", nameRange: nameToken.range)
    }

    /// An operator function's parameter list, result type and body, after its name. Operators
    /// are called without labels, so the parameters have none.
    mutating func parseOperatorFunctionRest(name: String, nameRange: SourceRange) throws -> FunctionDecl {
        try expect("(", "after the operator name")
        var parameters: [Parameter] = []
        if !check(")") {
            repeat { parameters.append(try parseParameter()) } while match(",")
        }
        try expect(")", "to close the parameter list")
        var returnType: TypeAnnotation?
        if match("->") { returnType = try parseType() }
        let body = try parseBlock("to begin the operator's body")
        for i in parameters.indices { parameters[i].label = nil }
        return FunctionDecl(name: name, nameRange: nameRange, parameters: parameters, returnType: returnType, body: body)
    }

    /// `+++v`: a prefix operator the cell declared, applied to its operand (the tokens at the
    /// current position spell `op` over `width` tokens).
    mutating func parseCustomPrefix(_ op: String, _ width: Int) throws -> Expr {
        let start = current.range
        for _ in 0..<width { advance() }
        try enterNesting()
        defer { depth -= 1 }
        let operand = try parseUnary()
        return Expr(kind: .unary(op: op, operand), range: start.union(operand.range))
    }

    /// A prefix operator the cell declared (`prefix operator +++`) at the current token.
    func customPrefixAtCurrent() -> (op: String, count: Int)? {
        if let joined = joinedCustomOperator(in: customOperators.prefix) { return joined }
        if case .symbol(let s) = current.kind, customOperators.prefix.contains(s) { return (s, 1) }
        return nil
    }
}
