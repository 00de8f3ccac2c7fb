/// `struct` and `extension` declarations: stored and computed properties, methods
/// (`mutating`, `static`) and initialisers.
extension Parser {
    /// Parses `struct Name: P { … }` or `extension Name: P { … }` (at the keyword).
    mutating func parseStructure(isExtension: Bool, isClass: Bool = false) throws -> StructDecl {
        let what = isExtension ? "extension" : isClass ? "class" : "struct"
        advance()
        let (name, nameRange) = try matchQualifiedNestedType() ?? expectIdentifier(isExtension ? "type name after 'extension'" : "struct name")
        if isExtension { try checkExtendedType(name, nameRange) }
        // A generic struct's parameters read as `Any` in its body, as a generic function's do.
        let savedGenerics = genericNames
        defer { genericNames = savedGenerics }
        var generics: Set<String> = []
        let ordered = isExtension ? [] : orderedGenericParameters()
        let savedTypeGenerics = typeGenerics
        defer { typeGenerics = savedTypeGenerics }
        if !isExtension && check("<") { generics = parseGenericParameters() }
        if isExtension { generics = declaredGenerics[name] ?? [] } else if !generics.isEmpty { declaredGenerics[name] = generics }
        genericNames.formUnion(generics)
        typeGenerics = isExtension ? declaredGenericOrder[name] ?? [] : ordered
        if !isExtension && !ordered.isEmpty { declaredGenericOrder[name] = ordered }
        var conformances: [String] = []
        if match(":") {
            repeat {
                let (name, range) = try expectIdentifier("protocol name")
                try checkConformance(name, range)
                if isClass && conformances.isEmpty && !Self.knownProtocols.contains(name) {
                    diagnostics.append(Diagnostic(message: Unsupported.message("class inheritance"), range: range))
                    throw Failure()
                }
                conformances.append(name)
            } while match(",")
        }
        if isExtension && check(.where) {
            // `extension Array where Element: Comparable`: constraints are not checked in cells.
            while !atEnd && !check("{") { advance() }
        }
        if isExtension && name == "Array" { genericNames.insert("Element") }
        // `Index` in `extension String` is `String.Index`.
        let savedIndexAlias = typeAliases["Index"]
        defer { typeAliases["Index"] = savedIndexAlias }
        if isExtension && name == "String" { typeAliases["Index"] = .named("String.Index", nameRange) }
        try expect("{", "to begin the \(what) body")
        try enterNesting()
        defer { depth -= 1 }
        var members: [StructMember] = []
        while !atEnd && !check("}") {
            if match(";") { continue }
            if abandoned { throw Failure() }
            let savedDepth = depth
            do {
                members.append(contentsOf: try parseMember())
            } catch {
                depth = savedDepth
                if abandoned { throw error }
                skipMember()
            }
        }
        try expect("}", "to close the \(what) body")
        return Self.qualifyingStaticDefaults(StructDecl(name: name, nameRange: nameRange, isExtension: isExtension, conformances: conformances,
                                                        members: members, genericParameters: isExtension ? generics.sorted() : ordered, isClass: isClass))
    }

    /// After an error in a member of a struct, class, extension or enum: skips to the next line
    /// (or the body's `}`) outside braces.
    mutating func skipMember() {
        var braces = 0
        let start = position
        while !atEnd {
            if position > start && braces == 0 && current.newlineBefore { return }
            if check("{") { braces += 1 }
            if check("}") {
                if braces == 0 { return }
                braces -= 1
            }
            advance()
        }
    }

    private mutating func parseMember() throws -> [StructMember] {
        var isStatic = false, isMutating = false
        while true {
            if atAttribute {
                try skipDeclarationAttributes()  // `@discardableResult`, `@inline(__always)`: no effect in a cell
                continue
            }
            // `class func`/`class var` in a class: a static member.
            if check(.class), peekToken(1).isKeyword(.func) || peekToken(1).isKeyword(.var) { advance(); isStatic = true; continue }
            guard case .identifier(let modifier) = current.kind else { break }
            if modifier == "static" { isStatic = true } else if modifier == "mutating" { isMutating = true }
            else if !Unsupported.ignoredModifiers.contains(modifier) { break }
            advance()
            // `private(set)`: access control, no effect in a cell.
            if check("("), peekToken(1).identifier == "set", peekToken(2).isSymbol(")") { advance(); advance(); advance() }
        }
        switch current.kind {
        case .keyword(.let), .keyword(.var):
            return try parseProperties(isStatic: isStatic)
        case .identifier("prefix") where isStatic && peekToken(1).isKeyword(.func):
            return [try parsePrefixOperatorFunction()]
        case .keyword(.func):
            if atDeclarableOperatorFunction {
                return [.method(try parseNamedOperatorFunction(), isMutating: false, isStatic: isStatic)]
            }
            if atOperatorFunction { try rejectUnsupportedOperator() }
            return [.method(try parseFunction(), isMutating: isMutating, isStatic: isStatic)]
        case .identifier("init"):
            return [.initializer(try parseInitializer())]
        case .identifier("typealias") where peekToken(1).identifier != nil:
            _ = try parseTypeAlias()
            return []
        case .identifier("subscript") where peekToken(1).isSymbol("(") && !isStatic:
            return [.computed(try parseSubscript())]
        case .keyword(let k) where [.struct, .class, .enum].contains(k):
            try parseNestedType()
            return []
        case .identifier(let name) where Unsupported.statementKeywords.contains(name) || name == "case":
            throw fail(Unsupported.message(name), showFound: false)
        default:
            throw fail("expected a declaration in the body")
        }
    }

    /// Protocols a class may name first in its list (anything else there is a superclass).
    static let knownProtocols: Set<String> = ["Equatable", "Hashable", "Comparable", "CustomStringConvertible", "CustomDebugStringConvertible"]

    /// The binary operators a struct may implement (`static func + (lhs: V, rhs: V) -> V`).
    static let overloadableOperators: Set<String> = ["+", "-", "*", "/", "%", "==", "<"]

    /// `var x = 0.0, y = 0.0`, `let a, b: Int`, or one computed property.
    private mutating func parseProperties(isStatic: Bool) throws -> [StructMember] {
        let isLet = advance().isKeyword(.let)
        var properties: [StoredProperty] = []
        repeat {
            let (name, range) = try expectIdentifier("property name")
            var type: TypeAnnotation?
            var written: TypeAnnotation?
            if match(":") {
                let start = self
                type = try parseType()
                written = writtenType(from: start, generics: typeGenerics)
            }
            if !isLet, properties.isEmpty, check("{") {
                return [.computed(try parseAccessors(name, range, type, isStatic: isStatic))]
            }
            var value: Expr?
            if match("=") {
                // `var n = 0 { didSet { … } }`: the brace opens observers, not a trailing closure.
                let saved = allowTrailingClosure
                allowTrailingClosure = !observersFollow()
                defer { allowTrailingClosure = saved }
                value = try parseExpression()
            }
            if check("{") && !current.newlineBefore { throw fail(Unsupported.message("property observers"), showFound: false) }
            properties.append(StoredProperty(isLet: isLet, name: name, range: range, type: type, defaultValue: value, isStatic: isStatic))
            properties[properties.count - 1].writtenType = written
        } while match(",")
        // `var a, b: Int`: a name without type or value takes the next annotation.
        for i in properties.indices.reversed() where properties[i].type == nil && properties[i].defaultValue == nil {
            properties[i].type = properties[(i + 1)...].first { $0.type != nil }?.type
            if properties[i].type == nil {
                diagnostics.append(Diagnostic(message: "type annotation missing in pattern", range: properties[i].range))
                throw Failure()
            }
        }
        return properties.map { .stored($0) }
    }

    /// Whether a `{ willSet`/`{ didSet` follows on this line (property observers).
    private func observersFollow() -> Bool {
        var i = 0
        while true {
            let token = peekToken(i)
            if case .endOfFile = token.kind { return false }
            if i > 0 && token.newlineBefore { return false }
            if token.isSymbol("{"), let next = peekToken(i + 1).identifier, next == "willSet" || next == "didSet" { return true }
            i += 1
        }
    }

    /// `func + (lhs: V, rhs: V) -> V { … }` (at `func`).
    mutating func parseOperatorFunction() throws -> FunctionDecl {
        advance()
        let op = advance()
        guard case .symbol(let name) = op.kind else { throw fail("expected an operator") }
        return try parseOperatorFunctionRest(name: name, nameRange: op.range)
    }

    /// `{ statements }` (a getter) or `{ get { … } set(name) { … } }`.
    private mutating func parseAccessors(_ name: String, _ range: SourceRange, _ type: TypeAnnotation?, isStatic: Bool) throws -> ComputedProperty {
        let open = try expect("{", "to begin the property's accessors")
        try enterNesting()
        defer { depth -= 1 }
        var getter: [Stmt]?
        var setter: (name: String, body: [Stmt])?
        if case .identifier(let word) = current.kind, ["get", "set", "willSet", "didSet"].contains(word),
           peekToken(1).isSymbol("{") || peekToken(1).isSymbol("(") {
            while case .identifier(let word) = current.kind {
                switch word {
                case "get":
                    advance()
                    getter = try parseBlock("after 'get'")
                case "set":
                    advance()
                    var newName = "newValue"
                    if match("(") {
                        newName = try expectIdentifier("setter parameter name").0
                        try expect(")", "after the setter parameter name")
                    }
                    setter = (newName, try parseBlock("after 'set'"))
                case "willSet", "didSet":
                    throw fail(Unsupported.message("property observers"), showFound: false)
                default:
                    throw fail("expected 'get' or 'set'")
                }
            }
        } else {
            getter = parseStatements(topLevel: false)
        }
        try expect("}", "to close the property's accessors")
        guard let type else {
            diagnostics.append(Diagnostic(message: "computed property must have an explicit type", range: range))
            throw Failure()
        }
        guard let getter else {
            diagnostics.append(Diagnostic(message: "computed property must have a getter", range: open.range))
            throw Failure()
        }
        return ComputedProperty(name: name, range: range, type: type, getter: getter, setter: setter, isStatic: isStatic)
    }

    /// `subscript(i: Int) -> T { get … set … }` (at `subscript`). A single parameter name is
    /// not an argument label, as in Swift.
    private mutating func parseSubscript() throws -> ComputedProperty {
        let start = advance()
        try expect("(", "after 'subscript'")
        var indices: [Parameter] = []
        if !check(")") {
            repeat {
                let labelled = peekToken(1).identifier != nil
                var parameter = try parseParameter()
                if !labelled { parameter.label = nil }
                indices.append(parameter)
            } while match(",")
        }
        try expect(")", "to close the subscript's parameters")
        try expect("->", "after the subscript's parameters")
        let type = try parseType()
        var property = try parseAccessors(StructType.subscriptKey(indices.count), start.range, type, isStatic: false)
        property.indices = indices
        return property
    }

    private mutating func parseInitializer() throws -> FunctionDecl {
        let start = advance()
        if check("!") { throw fail(Unsupported.message("init!"), showFound: false) }
        // `init?`: marked by an optional result (`return nil` fails it).
        let failable = match("?") ? TypeAnnotation.optional(.named("Self", start.range)) : nil
        // `init<S: Sequence>(_ items: S)`: generic parameters read as `Any`, as in a generic func.
        let savedGenerics = genericNames
        defer { genericNames = savedGenerics }
        if check("<") && !current.spaceBefore { genericNames.formUnion(parseGenericParameters()) }
        try expect("(", "after 'init'")
        var parameters: [Parameter] = []
        if !check(")") {
            repeat { parameters.append(try parseParameter()) } while match(",")
        }
        try expect(")", "to close the parameter list")
        skipThrows()
        // `where S.Element == T`: constraints are not checked in cells.
        if check(.where) { while !atEnd && !check("{") { advance() } }
        let body = try parseBlock("to begin the initializer body")
        return FunctionDecl(name: "init", nameRange: start.range, parameters: parameters, returnType: failable, body: body)
    }
}

/// `typealias Name = Type`: later annotations and type expressions of the cell naming it read
/// as the type (`typealias Vector = [Double]`; `Vector(repeating: 0, count: 3)`).
extension Parser {
    mutating func parseTypeAlias() throws -> Stmt.Kind {
        advance()
        let (name, _) = try expectIdentifier("type alias name")
        if check("<") { throw fail(Unsupported.message("generic typealias"), showFound: false) }
        try expect("=", "in type alias declaration")
        typeAliases[name] = try parseType()
        return .block([])
    }
}

extension Parser {
    /// Skips the type arguments of `Stack<Int>(…)` or `Pair<String, [Int]>.make()` after a
    /// name: a `<` right after it whose `>` (only type syntax between) is followed by `(` or `.`.
    /// Values of generic types are typed at run time, so the arguments are not needed.
    mutating func skipGenericArguments() {
        guard check("<"), !current.spaceBefore else { return }
        var i = 1
        var depth = 1
        while depth > 0 {
            let token = peekToken(i)
            switch token.kind {
            case .identifier: break
            case .symbol("<"): depth += 1
            case .symbol(">"): depth -= 1
            case .symbol(let s) where [",", ":", "[", "]", "?", "."].contains(s): break
            default: return
            }
            i += 1
        }
        let after = peekToken(i)
        guard !after.spaceBefore, after.isSymbol("(") || after.isSymbol(".") else { return }
        for _ in 0..<i { advance() }
    }
}

extension Parser {
    /// `let a = 1, b = 2` or `var x, y: Double` (at the first `,`): the first binding is
    /// returned, the others wait in ``pendingDeclarations``; a name with neither type nor value
    /// takes the next annotation.
    mutating func parseMoreBindings(isLet: Bool, first: (Pattern, TypeAnnotation?, Expr?)) throws -> Stmt.Kind {
        var bindings: [(pattern: Pattern, type: TypeAnnotation?, value: Expr?, range: SourceRange)] = [(first.0, first.1, first.2, previous.range)]
        while match(",") {
            let start = current.range
            let pattern = try parsePattern()
            var type: TypeAnnotation?
            if match(":") { type = try parseType() }
            var value: Expr?
            if match("=") { value = try parseExpression() }
            bindings.append((pattern, type, value, start.union(previous.range)))
        }
        for i in bindings.indices.reversed() where bindings[i].type == nil && bindings[i].value == nil {
            bindings[i].type = bindings[(i + 1)...].first { $0.type != nil }?.type
            if bindings[i].type == nil {
                diagnostics.append(Diagnostic(message: "type annotation missing in pattern", range: bindings[i].range))
                throw Failure()
            }
        }
        pendingDeclarations = bindings.dropFirst().map {
            Stmt(kind: .declaration(isLet: isLet, pattern: $0.pattern, type: $0.type, value: $0.value), range: $0.range)
        }
        return .declaration(isLet: isLet, pattern: bindings[0].pattern, type: bindings[0].type, value: bindings[0].value)
    }
}
