/// Typing calls: conversions, `print`, the cell's own functions and closures, and the methods
/// of builtin collections the checker has a table for. Other calls (host builtins) are typed
/// `unknown`; their arguments are still checked.
extension TypeChecker {
    func call(_ e: Expr, _ callee: Expr, _ arguments: [Argument], expected: StaticType?) -> Typed {
        var out = e
        func finish(_ calleeExpr: Expr, _ args: [Argument], _ type: StaticType) -> Typed {
            out.kind = .call(calleeExpr, args)
            if type == .float { return Typed(Expr(kind: .floatRound(out), range: e.range), type) }
            return Typed(out, type)
        }
        if let typed = overloadedCall(e, callee, arguments, expected: expected) { return typed }
        if let typed = implicitCollectionInit(e, callee, arguments, expected: expected) { return typed }
        if let typed = contextualInitializerCall(e, callee, arguments, expected: expected) { return typed }
        if let typed = structCall(e, callee, arguments) { return typed }
        if case .identifier("type") = callee.kind, lookup("type") == nil, arguments.count == 1, arguments[0].label == "of" { return typeOf(e, arguments[0]) }
        if case .identifier(let name) = callee.kind, lookup(name) == nil, let typed = integerConversion(e, callee, name, arguments) { return typed }
        if case .identifier(let name) = callee.kind, lookup(name) == nil, let typed = stdlibFunction(e, callee, name, arguments) {
            return typed
        }
        if case .member(let base, "Scalar", _) = callee.kind, case .identifier("Unicode") = base.kind, lookup("Unicode") == nil {
            // `Unicode.Scalar(65)` is `UnicodeScalar(65)` (Swift's typealias).
            let renamed = Expr(kind: .identifier("UnicodeScalar"), range: callee.range)
            if let typed = stdlibFunction(e, renamed, "UnicodeScalar", arguments) { return typed }
        }
        if let typed = surfaceCall(e, callee, arguments) { return typed }
        if let typed = typedCollectionCall(e, callee, arguments) { return typed }
        if case .identifier(let name) = callee.kind, lookup(name) == nil {
            switch name {
            case "print":
                let args = arguments.map { argument -> Argument in
                    var a = argument
                    let typed = expression(argument.value, expected: argument.label == nil ? nil : .string)
                    a.value = argument.label == nil ? describedIfNeeded(typed) : typed.expr
                    return a
                }
                return finish(callee, args, .void)
            case "Double", "Float", "Int", "String", "Bool":
                guard arguments.count == 1 else { break }
                var argument = arguments[0]
                let typed = expression(argument.value, expected: nil)
                let target = StaticType(.named(name, callee.range))
                if name == "String" {
                    argument.value = describedIfNeeded(typed)
                    return finish(callee, [argument], .string)
                }
                argument.value = typed.expr
                guard argument.label == nil else { return finish(callee, [argument], argument.label == "exactly" && name != "String" ? .optional(target) : .unknown) }
                let fromText = typed.type == .string || typed.type == .character
                return finish(callee, [argument], fromText ? .optional(target) : (typed.type.isKnown ? target : .unknown))
            default:
                break
            }
        }
        if let typed = enumCall(e, callee, arguments, expected: expected) { return typed }
        if let typed = optionalMap(e, callee, arguments) ?? tupleElementCall(e, callee, arguments) { return typed }
        if case .member(let base, let name, let nameRange) = callee.kind {
            return method(e, base, name, nameRange, arguments)
        }
        if case .identifier(let name) = callee.kind, let overloads = hostOverloads(name) {
            return finish(callee, hostArguments(overloads, arguments, callee: name, e.range), hostResultType(name, overloads))
        }
        let calleeTyped = expression(callee, expected: nil)
        guard case .function(let params, let result) = calleeTyped.type,
              params.count == arguments.count else {
            // Variadic or defaulted parameters: the result's type is still the declared one.
            let result: StaticType = if case .function(_, let r) = calleeTyped.type { r } else { .unknown }
            return finish(calleeTyped.expr, arguments.map { argumentChecked($0, nil) }, result)
        }
        let args = zip(arguments, params).map { argumentChecked($0, $1, reporting: true) }
        return finish(calleeTyped.expr, args, result)
    }

    func argumentChecked(_ argument: Argument, _ type: StaticType?, reporting: Bool = false) -> Argument {
        var a = argument
        let typed = expression(argument.value, expected: type)
        if reporting, let type { convertible(typed, to: type, specified: false, argument: true) }
        a.value = typed.expr
        return a
    }

    /// `base.name(arguments)`.
    private func method(_ e: Expr, _ base: Expr, _ name: String, _ nameRange: SourceRange, _ arguments: [Argument]) -> Typed {
        var out = e
        let receiver = expression(base, expected: literalReceiverType(base, name))
        rejectIndexOfSlice(base, name, nameRange)
        rejectIndexOfArraySlice(base, name, nameRange)
        if let typed = structMethodCall(e, receiver, name, nameRange, arguments) { return typed }
        let calleeExpr = Expr(kind: .member(receiver.expr, name: name, nameRange: nameRange), range: e.range)
        var element: StaticType?
        if case .array(let t) = receiver.type { element = t }
        if case .range = receiver.type { element = .int }
        var args: [Argument]
        var type = StaticType.unknown
        if let overloads = hostMethodOverloads(receiver.type, name) {
            out.kind = .call(calleeExpr, hostArguments(overloads, arguments, callee: name, e.range))
            return Typed(out, .unknown)
        }
        if let (checked, result) = stdlibMethod(receiver.type, name, arguments, nameRange) {
            out.kind = .call(calleeExpr, checked)
            if result == .float { return Typed(Expr(kind: .floatRound(out), range: e.range), result) }
            return Typed(out, result)
        }
        if element == nil { element = sequenceElement(receiver.type) }
        switch (name, element) {
        case (let n, let t?) where (n == "append" || n == "contains") && arguments.count == 1 && arguments[0].label == nil:
            args = arguments.map { argumentChecked($0, t) }
            if t == .unknown, n == "append" { refuseLiteral(expression(arguments[0].value, expected: nil), beside: Typed(base, .unknown)) }
        case ("append", nil) where receiver.type == .unknown && arguments.count == 1 && arguments[0].label == nil:
            args = arguments.map { argumentChecked($0, nil) }
            refuseLiteral(expression(arguments[0].value, expected: nil), beside: Typed(base, .unknown))
            type = name == "append" ? .void : .bool
        case ("map", let t?) where arguments.count == 1:
            let typed = closureArgument(arguments[0], [t], result: nil)
            args = [typed.0]
            if case .function(_, let r) = typed.1, r.isKnown { type = .array(r) }
        case ("compactMap", let t?) where arguments.count == 1:
            let typed = closureArgument(arguments[0], [t], result: nil)
            args = [typed.0]
            if case .function(_, .optional(let r)) = typed.1, r.isKnown { type = .array(r) }
        case (let n, let t?) where (n == "filter" || n == "sorted") && arguments.count == 1:
            args = [closureArgument(arguments[0], name == "filter" ? [t] : [t, t], result: .bool).0]
            type = .array(t)
        case ("reduce", let t?) where arguments.count == 2:
            let initialIsLiteral = Compiler.isNumericLiteral(arguments[0].value)
            let initial = expression(arguments[0].value, expected: initialIsLiteral && t.isNumeric ? t : nil)
            var first = arguments[0]
            first.value = initial.expr
            let combine = closureArgument(arguments[1], [initial.type, t], result: initial.type)
            args = [first, combine.0]
            type = initial.type
        case ("sorted", let t?) where arguments.isEmpty:
            args = []
            type = .array(t)
        case (let n, let t?) where ["min", "max", "popLast", "randomElement"].contains(n) && arguments.isEmpty:
            args = []
            type = .optional(t)
        case (let n, let t?) where (n == "removeLast" || n == "removeFirst") && arguments.isEmpty:
            args = []
            type = t
        case (let n, _?) where (n == "firstIndex" || n == "lastIndex") && arguments.count == 1:
            args = arguments.map { argumentChecked($0, arguments[0].label == "of" ? element : nil) }
            type = .optional(.int)
        default:
            args = arguments.map { argumentChecked($0, nil) }
            type = scalarMethodType(receiver.type, name, arguments)
        }
        out.kind = .call(calleeExpr, args)
        if type == .float { return Typed(Expr(kind: .floatRound(out), range: e.range), type) }
        return Typed(out, type)
    }

    private func scalarMethodType(_ receiver: StaticType, _ name: String, _ arguments: [Argument]) -> StaticType {
        switch (receiver, name) {
        case (.double, "squareRoot"), (.double, "rounded"), (.float, "squareRoot"), (.float, "rounded"): return receiver
        case (.string, "uppercased"), (.string, "lowercased"): return .string
        case (.string, "hasPrefix"), (.string, "hasSuffix"), (.string, "contains"): return .bool
        default: return .unknown
        }
    }

    /// A closure argument with the parameter types its callee gives it.
    func closureArgument(_ argument: Argument, _ params: [StaticType], result: StaticType?) -> (Argument, StaticType) {
        var a = argument
        let typed = expression(argument.value, expected: .function(params, result ?? .unknown))
        a.value = typed.expr
        return (a, typed.type)
    }

    /// `base.name` without a call.
    func memberType(base: Expr, _ type: StaticType, _ name: String) -> StaticType {
        if let member = structMemberType(base, type, name) { return member }
        if let member = enumMemberType(base: base, type, name) { return member }
        if case .identifier(let typeName) = base.kind, lookup(typeName) == nil {
            switch (typeName, name) {
            case ("Double", "pi"), ("Double", "infinity"), ("Double", "nan"), ("Double", "greatestFiniteMagnitude"): return .double
            case ("Int", "max"), ("Int", "min"): return .int
            default: return .unknown
            }
        }
        if let member = integerMemberType(type, name) { return member }
        if let member = stdlibMember(type, name) { return member }
        switch (type, name) {
        case (.array, "count"), (.string, "count"), (.dictionary, "count"), (.range, "count"): return .int
        case (.array, "isEmpty"), (.string, "isEmpty"), (.dictionary, "isEmpty"): return .bool
        case (.array(let t), "first"), (.array(let t), "last"): return .optional(t)
        case (.dictionary(let k, let v), "first"): return .optional(.tuple([k, v], labels: ["key", "value"]))
        case (.tuple(let items, _), _):
            if let index = Int(name), index >= 0, index < items.count { return items[index] }
            return .unknown
        default: return .unknown
        }
    }

    /// `{ … }` with the function type the context expects, if any.
    func closure(_ e: Expr, _ closure: ClosureExpr, expected: StaticType?) -> Typed {
        var out = e
        var expectedParams: [StaticType] = []
        var expectedResult: StaticType?
        if case .function(let p, let r)? = expected {
            expectedParams = p
            expectedResult = r == .unknown ? nil : r
        }
        let declaredResult = closure.returnType.map(resolvedType) ?? expectedResult
        var checked = closure
        var params: [StaticType] = []
        var resultType = declaredResult ?? .unknown
        withScope {
            if let names = closure.parameters {
                for (i, parameter) in names.enumerated() {
                    let annotated = i < closure.parameterTypes.count ? closure.parameterTypes[i].map(resolvedType) : nil
                    let t = annotated ?? (i < expectedParams.count ? expectedParams[i] : .unknown)
                    params.append(t)
                    bind(parameter.name, t)
                }
                dollarTypes.append([])
            } else {
                params = expectedParams
                dollarTypes.append(expectedParams)
            }
            returnTypes.append(declaredResult)
            if closure.body.count == 1, case .expression(let single) = closure.body[0].kind {
                let typed = expression(single, expected: declaredResult)
                checked.body = [Stmt(kind: .expression(typed.expr), range: closure.body[0].range)]
                if declaredResult == nil { resultType = typed.type }
            } else {
                checked.body = block(closure.body)
            }
            returnTypes.removeLast()
            dollarTypes.removeLast()
        }
        out.kind = .closure(checked)
        return Typed(out, .function(params, resultType))
    }
}
