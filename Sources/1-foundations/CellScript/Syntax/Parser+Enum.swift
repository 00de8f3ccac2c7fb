/// `enum` declarations: cases (raw and associated values), methods, computed and static
/// properties.
extension Parser {
    mutating func parseEnum(isIndirect: Bool) throws -> Stmt.Kind {
        advance()  // 'enum'
        let (name, nameRange) = try expectIdentifier("enum name")
        // Generic parameters read as `Any` in the body's annotations, as for `func f<T>`.
        let savedGenerics = genericNames
        genericNames.formUnion(parseEnumGenerics())
        defer { genericNames = savedGenerics }
        var inherited: [String] = []
        if match(":") {
            repeat {
                let (name, range) = try expectIdentifier("type name")
                try checkConformance(name, range)
                inherited.append(name)
            } while match(",")
        }
        try expect("{", "to begin the enum body")
        try enterNesting()
        defer { depth -= 1 }
        var decl = EnumDecl(name: name, nameRange: nameRange, inherited: inherited, cases: [], methods: [], properties: [], isIndirect: isIndirect)
        while !check("}") && !atEnd {
            if match(";") { continue }
            do {
                try parseEnumMember(into: &decl)
            } catch {
                if abandoned { throw error }
                skipMember()
            }
        }
        try expect("}", "to close the enum")
        return .enumDeclaration(decl)
    }

    private mutating func parseEnumMember(into decl: inout EnumDecl) throws {
        var isStatic = false
        var isMutating = false
        try skipDeclarationAttributes()
        while let word = current.identifier, Unsupported.ignoredModifiers.contains(word) || ["static", "mutating", "indirect"].contains(word) {
            if word == "static" { isStatic = true }
            if word == "mutating" { isMutating = true }
            if word == "indirect" { decl.isIndirect = true }
            advance()
        }
        if current.identifier == "case" {
            advance()
            repeat { decl.cases.append(try parseEnumCase()) } while match(",")
            return
        }
        if current.identifier == "typealias", peekToken(1).identifier != nil {
            _ = try parseTypeAlias()
            return
        }
        if atOperatorFunction {
            try parseEnumOperatorFunction(into: &decl, isStatic: isStatic)
            return
        }
        if check(.func) {
            let function = try parseFunction()
            decl.methods.append(MethodDecl(function: function, isStatic: isStatic, isMutating: isMutating))
            return
        }
        if check(.let) || check(.var) {
            let isLet = advance().isKeyword(.let)
            let (name, range) = try expectIdentifier("property name")
            var type: TypeAnnotation?
            if match(":") { type = try parseType() }
            if isStatic && match("=") {
                let value = try parseExpression()
                decl.properties.append(PropertyDecl(name: name, range: range, type: type, isStatic: true,
                                                    getter: [Stmt(kind: .expression(value), range: value.range)], isStored: true))
                return
            }
            guard !isLet, type != nil, check("{") else {
                throw fail(Unsupported.message("stored property in an enum"), showFound: false)
            }
            decl.properties.append(PropertyDecl(name: name, range: range, type: type, isStatic: isStatic, getter: try parseGetter(), isStored: false))
            return
        }
        if current.identifier == "init" {
            let start = advance().range
            let isFailable = check("?") || check("!")
            if isFailable { advance() }
            try expect("(", "after 'init'")
            var parameters: [Parameter] = []
            if !check(")") {
                repeat { parameters.append(try parseParameter()) } while match(",")
            }
            try expect(")", "to close the parameter list")
            skipThrows()
            let body = try parseBlock("to begin the initializer body")
            decl.initializers.append((FunctionDecl(name: "init", nameRange: start, parameters: parameters, returnType: nil, body: body), isFailable))
            return
        }
        if let word = current.identifier, ["subscript", "deinit"].contains(word) {
            throw fail(Unsupported.message("\(word)' in an 'enum"), showFound: false)
        }
        if case .keyword(let k) = current.kind, [.enum, .struct, .class].contains(k) {
            try parseNestedType()
            return
        }
        throw fail("expected a declaration in the enum body")
    }

    /// `<T, U: Comparable>` after an enum's name: the parameters' names.
    private mutating func parseEnumGenerics() -> Set<String> {
        guard match("<") else { return [] }
        var names: Set<String> = []
        var expectsName = true
        var depth = 1
        while !atEnd && depth > 0 {
            if check("<") { depth += 1 } else if check(">") { depth -= 1 } else if check(",") && depth == 1 { expectsName = true } else if expectsName, depth == 1, let name = current.identifier {
                names.insert(name)
                expectsName = false
            }
            advance()
        }
        return names
    }

    /// `{ statements }` or `{ get { statements } }`.
    private mutating func parseGetter() throws -> [Stmt] {
        if peekToken(1).identifier == "get" && peekToken(2).isSymbol("{") {
            advance()
            advance()
            let body = try parseBlock("after 'get'")
            if current.identifier == "set" { throw fail(Unsupported.message("set"), showFound: false) }
            try expect("}", "to close the property")
            return body
        }
        return try parseBlock("to begin the property body")
    }

    private mutating func parseEnumCase() throws -> EnumCaseDecl {
        let (name, range) = try expectIdentifier("enum case name")
        var decl = EnumCaseDecl(name: name, range: range)
        if check("(") && !current.newlineBefore {
            advance()
            var associated: [(label: String?, type: TypeAnnotation)] = []
            if !check(")") {
                repeat {
                    var label: String?
                    if let first = current.identifier, peekToken(1).isSymbol(":") {
                        label = first == "_" ? nil : first
                        advance()
                        advance()
                    } else if current.identifier == "_", let _ = peekToken(1).identifier, peekToken(2).isSymbol(":") {
                        advance()
                        advance()
                        advance()
                    }
                    associated.append((label, try parseType()))
                    if check("=") { throw fail(Unsupported.message("default associated value"), showFound: false) }
                } while match(",")
            }
            try expect(")", "to close the associated values")
            decl.associated = associated
        }
        if match("=") { decl.rawValue = try parseExpression() }
        return decl
    }
}
