/// Statements: declarations, control flow, assignment.
extension Parser {
    mutating func parseStatement() throws -> Stmt {
        let start = current.range
        let kind: Stmt.Kind
        switch current.kind {
        case .keyword(.let), .keyword(.var): kind = try parseDeclaration()
        case .keyword(.func) where atOperatorFunction: kind = try parseGlobalOperatorFunction()
        case .identifier where atOperatorDeclaration: kind = try parseOperatorDeclaration()
        case .identifier("precedencegroup") where peekToken(1).identifier != nil: kind = try parsePrecedenceGroup()
        case .keyword(.func): kind = .function(try parseFunction())
        case .keyword(.if): kind = try parseIf()
        case .keyword(.guard): kind = try parseGuard()
        case .keyword(.for): kind = try parseFor()
        case .keyword(.while):
            advance()
            let conditions = try parseConditions()
            kind = .whileLoop(conditions, body: try parseBlock("after 'while' condition"))
        case .keyword(.repeat):
            advance()
            let body = try parseBlock("after 'repeat'")
            guard match(.while) else { throw fail("expected 'while' after 'repeat' body") }
            kind = .repeatWhile(body: body, condition: try parseCondition())
        case .keyword(.do): kind = try parseDo()
        case .keyword(.break), .keyword(.continue): kind = try parseJump()
        case .keyword(.switch), .keyword(.enum): kind = try parseSwitchOrEnum()
        case .identifier(let name) where beginsControlStatement(name): kind = try parseControlStatement(name)
        case .keyword(.return):
            advance()
            if atEnd || check("}") || check(";") || current.newlineBefore { kind = .returnStatement(nil) }
            else { kind = .returnStatement(try parseExpression()) }
        case .keyword(.import):
            // `import Foundation`: the names cells use are always there.
            advance()
            _ = try expectIdentifier("module name")
            while !current.newlineBefore && match(".") { _ = try expectIdentifier("module name") }
            kind = .block([])
        case .keyword(.struct): kind = .structure(try parseStructure(isExtension: false))
        case .keyword(.class) where peekToken(1).identifier != nil: kind = .structure(try parseStructure(isExtension: false, isClass: true))
        case .identifier("extension") where Self.continuesConstruct(peekToken(1)): kind = .structure(try parseStructure(isExtension: true))
        case .identifier("typealias") where Self.continuesConstruct(peekToken(1)): kind = try parseTypeAlias()
        case .keyword(let k) where [.struct, .class].contains(k):
            throw fail(Unsupported.message(k.rawValue), showFound: false)
        case .symbol("@") where atAttribute:
            // Attributes with no effect in a cell; others stop here (`Parser+Attributes.swift`).
            try skipDeclarationAttributes()
            return try parseStatement()
        case .identifier(let name) where Unsupported.ignoredModifiers.contains(name) && Self.beginsDeclaration(peekToken(1)):
            advance()
            return try parseStatement()
        case .identifier(let name) where Unsupported.statementKeywords.contains(name) && Self.continuesConstruct(peekToken(1)):
            throw fail(Unsupported.message(name), showFound: false)
        default: kind = try parseExpressionStatement()
        }
        return Stmt(kind: kind, range: start.union(previous.range))
    }

    /// Whether a token after a modifier begins a declaration (`public func`, `private let`).
    static func beginsDeclaration(_ token: Token) -> Bool {
        guard !token.newlineBefore else { return false }
        switch token.kind {
        case .keyword(let k): return [.let, .var, .func, .struct, .class, .enum].contains(k)
        case .identifier(let name): return Unsupported.ignoredModifiers.contains(name) || Unsupported.statementKeywords.contains(name)
        default: return false
        }
    }

    /// Whether the token after a keyword-like name continues that construct (`defer {`,
    /// `extension Int`), rather than using the name as a value.
    static func continuesConstruct(_ token: Token) -> Bool {
        guard !token.newlineBefore else { return false }
        switch token.kind {
        case .identifier, .keyword: return true
        case .symbol(let s): return s == "{"
        default: return false
        }
    }

    private mutating func parseExpressionStatement() throws -> Stmt.Kind {
        let target = try parseExpression()
        let compound = ["=": nil, "+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%"] as [String: String?]
        if let (op, opRange) = matchCompoundIntegerAssignment() {
            // `x <<= 1` is `x = x << 1` (the target is read, then written).
            let value = try parseExpression()
            let combined = Expr(kind: .binary(op: op, target, value, opRange: opRange), range: target.range.union(value.range))
            return .assignment(target: target, op: nil, value: combined, opRange: opRange)
        }
        if case .symbol(let s) = current.kind, let op = compound[s] {
            let opToken = advance()
            let value = try parseExpression()
            return .assignment(target: target, op: op, value: value, opRange: opToken.range)
        }
        return .expression(target)
    }

    private mutating func parseDeclaration() throws -> Stmt.Kind {
        let isLet = advance().isKeyword(.let)
        let pattern = try parsePattern()
        var type: TypeAnnotation?
        if match(":") { type = try parseType() }
        var value: Expr?
        if match("=") { value = try parseExpression() }
        if !isLet, value == nil, type != nil, check("{"), !current.newlineBefore {
            return try parseComputedVariable(pattern, type!)
        }
        if !computedVariables.isEmpty { for (name, _) in pattern.names { computedVariables.remove(name) } }
        if check(",") { return try parseMoreBindings(isLet: isLet, first: (pattern, type, value)) }
        if value == nil && type == nil {
            diagnostics.append(Diagnostic(message: "type annotation missing in pattern", range: previous.range))
            throw Failure()
        }
        return .declaration(isLet: isLet, pattern: pattern, type: type, value: value)
    }

    mutating func parsePattern() throws -> Pattern {
        if case .identifier("_") = current.kind { advance(); return .wildcard }
        if let name = current.identifier {
            let token = advance()
            return .name(name, token.range)
        }
        if match("(") {
            try enterNesting()
            defer { depth -= 1 }
            var items: [Pattern] = []
            if !check(")") {
                repeat { items.append(try parsePattern()) } while match(",")
            }
            try expect(")", "to close the tuple pattern")
            return .tuple(items)
        }
        throw fail("expected a name or '(' in pattern")
    }

    mutating func parseFunction() throws -> FunctionDecl {
        advance()
        let (name, nameRange) = try expectIdentifier("function name after 'func'")
        let orderedGenerics = orderedGenericParameters()
        let sequenceGenerics = sequenceConstrainedGenerics()
        let generics = parseGenericParameters()
        let savedFunctionGenerics = functionGenerics
        functionGenerics += orderedGenerics
        defer { functionGenerics = savedFunctionGenerics }
        // A generic parameter's values are typed at run time, like `Any`, in the signature
        // and the body.
        let savedGenerics = genericNames
        genericNames.formUnion(generics)
        defer { genericNames = savedGenerics }
        try expect("(", "after function name")
        var parameters: [Parameter] = []
        if !check(")") {
            repeat { parameters.append(try parseParameter()) } while match(",")
        }
        try expect(")", "to close the parameter list")
        recordAutoclosures(name, parameters)
        if current.identifier == "async" { throw fail(Unsupported.message("async"), showFound: false) }
        skipThrows()
        var returnType: TypeAnnotation?
        var writtenReturn: TypeAnnotation?
        if match("->") {
            let start = self
            returnType = try parseType()
            writtenReturn = writtenType(from: start, generics: typeGenerics + functionGenerics)
        }
        let sequenceElements = check(.where) ? whereElementEqualities() : [:]
        if check(.where) {
            // `where T: Comparable`: constraints are not checked in cells.
            while !atEnd && !check("{") { advance() }
        }
        let body = try parseBlock("to begin the function body")
        var decl = FunctionDecl(name: name, nameRange: nameRange, parameters: parameters, returnType: returnType, body: body)
        decl.writtenReturnType = writtenReturn
        decl.sequenceGenerics = sequenceGenerics
        decl.sequenceElements = sequenceElements
        return decl
    }

    /// `<T, U: Comparable>` after a function name: the generic parameters' names.
    mutating func parseGenericParameters() -> Set<String> {
        guard match("<") else { return [] }
        var names: Set<String> = []
        var depth = 1
        var expectsName = true
        while !atEnd {
            if check("<") {
                depth += 1
            } else if check(">") {
                depth -= 1
                if depth == 0 { advance(); break }
            } else if check(",") && depth == 1 {
                expectsName = true
                advance()
                continue
            } else if expectsName, depth == 1, let name = current.identifier {
                names.insert(name)
                expectsName = false
            }
            advance()
        }
        return names
    }

    mutating func parseParameter() throws -> Parameter {
        let (first, firstRange) = try keywordLabel() ?? expectIdentifier("parameter name")
        var label: String? = first == "_" ? nil : first
        var name = first
        var range = firstRange
        if let second = current.identifier {
            range = advance().range
            name = second
            label = first == "_" ? nil : first
        }
        var type: TypeAnnotation?
        var isVariadic = false
        var isInout = false
        var written: TypeAnnotation?
        if match(":") {
            if case .identifier("inout") = current.kind { advance(); isInout = true }
            let isAutoclosure = skipAutoclosure()
            let start = self
            type = try parseType()
            written = writtenType(from: start, generics: typeGenerics + functionGenerics)
            isVariadic = match("...")
            if isAutoclosure {
                var parameter = Parameter(label: label, name: name, range: range, type: type)
                parameter.isAutoclosure = true
                return parameter
            }
        }
        var defaultValue: Expr?
        if match("=") { defaultValue = try parseExpression() }
        var parameter = Parameter(label: label, name: name, range: range, type: type, defaultValue: defaultValue, isVariadic: isVariadic, isInout: isInout)
        parameter.writtenType = written
        return parameter
    }

    private mutating func parseIf() throws -> Stmt.Kind {
        advance()
        let conditions = try parseConditions()
        let thenBranch = try parseBlock("after 'if' condition")
        guard match(.else) else { return .ifStatement(conditions, then: thenBranch, else: nil) }
        if check(.if) {
            let nested = try parseElseIf()
            return .ifStatement(conditions, then: thenBranch, else: [nested])
        }
        return .ifStatement(conditions, then: thenBranch, else: try parseBlock("after 'else'"))
    }

    private mutating func parseGuard() throws -> Stmt.Kind {
        advance()
        let conditions = try parseConditions()
        guard match(.else) else { throw fail("expected 'else' after 'guard' condition") }
        return .guardStatement(conditions, else: try parseBlock("after 'else'"))
    }

    private mutating func parseFor() throws -> Stmt.Kind {
        advance()
        if current.identifier == "case" { return try parseForCase() }
        let pattern = try parsePattern()
        let elementType = match(":") ? try parseType() : nil
        guard match(.in) else { throw fail("expected 'in' after for-in pattern") }
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        defer { allowTrailingClosure = saved }
        let sequence = Self.typedSequence(try parseExpression(), elementType)
        var whereClause: Expr?
        if match(.where) { whereClause = try parseExpression() }
        return .forIn(pattern, sequence: sequence, whereClause: whereClause, body: try parseBlock("to begin the loop body"))
    }

    /// `cond, let x = value, …` without trailing closures.
    mutating func parseConditions() throws -> [Condition] {
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        defer { allowTrailingClosure = saved }
        var conditions: [Condition] = []
        repeat {
            if current.identifier == "case" {
                conditions.append(try parseCaseCondition())
            } else if let tupleBinding = try parseTupleBinding() {
                conditions.append(tupleBinding)
            } else if check(.let) || check(.var) {
                let isLet = advance().isKeyword(.let)
                let (name, range) = try expectIdentifier("name in optional binding")
                if let typed = try parseTypedBinding(isLet: isLet, name, range) {
                    conditions.append(typed)
                } else if match("=") {
                    conditions.append(.binding(isLet: isLet, name: name, nameRange: range, value: try parseExpression()))
                } else {
                    let value = Expr(kind: .identifier(name), range: range)
                    conditions.append(.binding(isLet: isLet, name: name, nameRange: range, value: value))
                }
            } else {
                conditions.append(.expression(try parseExpression()))
            }
        } while match(",")
        return conditions
    }

    private mutating func parseCondition() throws -> Expr {
        let saved = allowTrailingClosure
        allowTrailingClosure = false
        defer { allowTrailingClosure = saved }
        return try parseExpression()
    }

    /// Type annotations: `Int`, `[Double]`, `[String: Int]`, `Int?`, `(Int, Int)`, `(Double) -> Double`.
    mutating func parseType() throws -> TypeAnnotation {
        try enterNesting()
        defer { depth -= 1 }
        // `@escaping` and `@Sendable` change nothing in a cell.
        while check("@"), let attribute = peekToken(1).identifier, attribute == "escaping" || attribute == "Sendable" { advance(); advance() }
        if check("@"), let attribute = peekToken(1).identifier { throw fail(Unsupported.message("@" + attribute), showFound: false) }
        var type: TypeAnnotation
        if match("[") {
            let element = try parseType()
            if match(":") {
                type = .dictionary(element, try parseType())
            } else {
                type = .array(element)
            }
            try expect("]", "to close the type")
        } else if match("(") {
            var elements: [TypeAnnotation] = []
            var labels: [String?] = []
            if !check(")") {
                repeat {
                    if let label = current.identifier, peekToken(1).isSymbol(":") {
                        advance(); advance()
                        labels.append(label)
                    } else {
                        labels.append(nil)
                    }
                    // `(inout State, Int) -> Void`: the closure's parameter is written back (see `ClosureInout.swift`).
                    if current.identifier == "inout" { advance() }
                    elements.append(try parseType())
                } while match(",")
            }
            try expect(")", "to close the type")
            type = elements.count == 1 ? elements[0] : labels.contains { $0 != nil } ? .labeledTuple(elements, labels: labels) : .tuple(elements)
            if elements.isEmpty { type = .named("Void", previous.range) }
            skipThrows()
            if match("->") {
                type = .function(elements, try parseType())
            }
        } else if let (name, range) = matchQualifiedNestedType() {
            type = .named(name, range)
        } else {
            try checkAssociatedTypePath()
            var (name, range) = try expectIdentifier("type name")
            if name == "String" || name == "Unicode", check("."), let member = peekToken(1).identifier {
                advance()
                range = range.union(advance().range)
                name += "." + member
            }
            type = .named(genericNames.contains(name) ? "Any" : name, range)
            if let alias = typeAliases[name] { type = alias }
            if match("<") {
                var arguments: [TypeAnnotation] = []
                repeat { arguments.append(try parseType()) } while match(",")
                try expect(">", "to close the generic arguments")
                if let collection = Self.genericCollection(name, arguments) { type = collection }
                if let applied = appliedGenericType(name, arguments, range) { type = applied }
            }
        }
        while !current.spaceBefore && (check("?") || check("!") || check("??")) {
            if advance().isSymbol("??") { type = .optional(type) }
            type = .optional(type)
        }
        if match("->") {
            type = .function([type], try parseType())
        }
        return type
    }
}
