/// Operator functions outside a struct body: the global form `func == (lhs: Edge, rhs: Edge)
/// -> Bool` declares the operator for its first parameter's type, so it is read as a static
/// method in an extension of that type (where cells look operators up); `static func <` in an
/// `enum` is an enum's static method. Operators cells cannot define (`~=`, custom symbols,
/// `prefix`/`postfix` forms) stop at the operator with a located "not supported" error.
extension Parser {
    /// Whether `func` is followed by an operator name (at `func`).
    var atOperatorFunction: Bool {
        guard check(.func), case .symbol(let op) = peekToken(1).kind else { return false }
        return !["(", "{", "[", "<"].contains(op) || Self.overloadableOperators.contains(op) || atDeclarableOperatorFunction
    }

    /// `func OP (lhs: T, rhs: T) -> R { … }` at the top level (at `func`).
    mutating func parseGlobalOperatorFunction() throws -> Stmt.Kind {
        let start = current.range
        try rejectUnsupportedOperator()
        let function = try parseNamedOperatorFunction()
        // `func ** (radix: Int, power: Int)`, `func ~=`: a function named by the operator; a use
        // of the operator calls it (see `TypeChecker+CustomOperators.swift`).
        if !Self.overloadableOperators.contains(function.name) && !Self.compoundAssignmentOperators.contains(function.name) {
            guard function.parameters.count == 2 else {
                diagnostics.append(Diagnostic(message: Unsupported.message("operator function '\(function.name)' with \(function.parameters.count) parameters"), range: start))
                throw Failure()
            }
            return .function(function)
        }
        guard function.parameters.count == 2, case .named(let typeName, let typeRange)? = function.parameters[0].type else {
            diagnostics.append(Diagnostic(message: Unsupported.message("operator function '\(function.name)' on this type") + ": declare it as a static func in the type", range: start))
            throw Failure()
        }
        let decl = StructDecl(name: typeName, nameRange: typeRange, isExtension: true, conformances: [],
                              members: [.method(function, isMutating: false, isStatic: true)])
        return .structure(decl)
    }

    /// `static func < (lhs: E, rhs: E) -> Bool` in an enum body (at `func`).
    mutating func parseEnumOperatorFunction(into decl: inout EnumDecl, isStatic: Bool) throws {
        try rejectUnsupportedOperator()
        let function = try parseNamedOperatorFunction()
        decl.methods.append(MethodDecl(function: function, isStatic: true, isMutating: false))
    }

    /// Stops at an operator name cells cannot define (at `func`).
    mutating func rejectUnsupportedOperator() throws {
        guard case .symbol = peekToken(1).kind, !atDeclarableOperatorFunction else { return }
        if let (op, _) = operatorFunctionName(at: 1), Self.overloadableOperators.contains(op) { return }
        if let (op, count) = operatorFunctionName(at: 1), count > 1, !Self.swiftOperators.contains(op) {
            advance()
            throw fail("operator implementation without matching operator declaration", showFound: false)
        }
        guard case .symbol(let op) = peekToken(1).kind else { return }
        // `~=` lexes as `~` `=`; a custom operator as its symbols: name what is written.
        var spelled = op
        var i = 2
        while case .symbol(let next) = peekToken(i).kind, !peekToken(i).spaceBefore, next != "(" { spelled += next; i += 1 }
        advance()
        throw fail(Unsupported.message("func \(spelled)"), showFound: false)
    }
}
