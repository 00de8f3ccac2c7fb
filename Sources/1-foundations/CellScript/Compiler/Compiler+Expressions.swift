/// Lowering expressions.
extension Compiler {
    func compileExpression(_ expr: Expr) -> Eval {
        if expr.checkedType == .int, Self.prefersTyped(expr), let typed = compileIntAsValue(expr) { return typed }
        if expr.checkedType == .double, Self.prefersTypedDouble(expr), let typed = compileDoubleAsValue(expr) { return typed }
        let range = expr.range
        let runtime = self.runtime
        switch expr.kind {
        case .integer(let v): let value = Value.int(v); return { _ in value }
        case .fixedWidthInteger(let x): let value = Value(integer: x); return { _ in value }
        case .double(let v): let value = Value.double(v); return { _ in value }
        case .string(let s): let value = Value.string(s); return { _ in value }
        case .bool(let b): let value = Value.bool(b); return { _ in value }
        case .nilLiteral: return { _ in .nil }
        case .interpolated(let parts): return compileInterpolation(parts)
        case .identifier(let name): return compileIdentifier(name, range)
        case .dollar(let n):
            guard let (reference, _) = resolve("$\(n)") else {
                error("anonymous closure argument '$\(n)' not contained in a closure", range)
                return { _ in .void }
            }
            return read(reference)
        case .unary(let op, let operand):
            let eval = compileExpression(operand)
            if op == "!" { return { frame in try located(range) { try runtime.not(try eval(frame)) } } }
            if op == "+" { return eval }
            if op == "&" { error("'&' may only be used to pass an argument to an 'inout' parameter", range) }
            if op == "~" { return { frame in try located(range) { try runtime.bitwiseNot(try eval(frame)) } } }
            if op != "-" && op != "&" { return compileCustomPrefix(op, eval, range) }
            return { frame in try located(range) { try runtime.negate(try eval(frame)) } }
        case .binary(let op, let lhs, let rhs, let opRange):
            return compileBinary(op, lhs, rhs, opRange)
        case .ternary(let condition, let thenValue, let elseValue):
            if case .binary(let op, let lhs, let rhs, let opRange) = condition.kind, let test = fastCondition(op, lhs, rhs, opRange) {
                let a = compileExpression(thenValue), b = compileExpression(elseValue)
                return { frame in try test.evaluate(frame) ? try a(frame) : try b(frame) }
            }
            let test = compileTest(condition, locatingErrors: false), a = compileExpression(thenValue), b = compileExpression(elseValue)
            return { frame in try test(frame) ? try a(frame) : try b(frame) }
        case .call(let callee, let arguments):
            return compileCall(callee, arguments, range)
        case .member(let base, let name, let nameRange):
            return compileMember(base, name, nameRange)
        case .implicitMember(let name):
            return compileImplicitMember(name, arguments: nil, range)
        case .subscriptAccess(let base, let arguments):
            return compileSubscript(base, arguments, range)
        case .array(let items):
            let evals = items.map(compileExpression)
            let adaptive = items.map(\.isAdaptiveIntLiteral)
            let adapts = adaptive.contains(true)
            return { frame in
                var values: [Value] = []
                values.reserveCapacity(evals.count)
                for eval in evals { values.append(try eval(frame)) }
                if adapts { Value.adaptIntLiterals(&values, adaptive) }
                return .array(values)
            }
        case .dictionary(let pairs):
            let evals = pairs.map { (compileExpression($0.key), compileExpression($0.value), $0.key.range) }
            let adaptiveKeys = pairs.map(\.key.isAdaptiveIntLiteral), adaptiveValues = pairs.map(\.value.isAdaptiveIntLiteral)
            let adapts = adaptiveKeys.contains(true) || adaptiveValues.contains(true)
            return { frame in
                var keys: [Value] = [], values: [Value] = []
                for (key, value, _) in evals {
                    keys.append(try key(frame))
                    values.append(try value(frame))
                }
                if adapts {
                    Value.adaptIntLiterals(&keys, adaptiveKeys)
                    Value.adaptIntLiterals(&values, adaptiveValues)
                }
                var dict = DictionaryValue()
                for (index, k) in keys.enumerated() {
                    guard dict.set(k, values[index]) else {
                        throw ScriptError(DictionaryValue.unsupportedKeyMessage(k), evals[index].2)
                    }
                }
                return .dictionary(dict)
            }
        case .tuple(let items):
            let evals = items.map(compileExpression)
            if evals.isEmpty { return { _ in .void } }
            return { frame in .tuple(try evals.map { try $0(frame) }) }
        case .closure(let closure):
            return compileClosure(closure, range)
        case .forceUnwrap(let operand):
            let eval = compileExpression(operand)
            return { frame in
                let v = try eval(frame)
                if case .nil = v { throw ScriptError("unexpectedly found nil while unwrapping an optional value", range) }
                return v
            }
        case .adaptiveIntLiteral(let literal):
            return compileExpression(literal)
        case .floatRound(let operand):
            let eval = compileExpression(operand)
            return { frame in
                switch try eval(frame) {
                case .double(let d): return .double(Double(Float(d)))
                case .int(let i): return .double(Double(Float(i)))
                case let other: return other
                }
            }
        case .described(let operand, let type):
            let eval = compileExpression(operand)
            if type == .unknown {
                // A value of a type the checker could not work out, about to be printed: it
                // passes unchanged (printed by its run-time value), unless it holds a tuple.
                return { frame in
                    let value = try eval(frame)
                    if TypedDescription.containsTuple(value) { throw ScriptError(TypedDescription.untypedTupleMessage, range) }
                    return value
                }
            }
            return { frame in .string(TypedDescription.describe(try eval(frame), as: type)) }
        case .tryExpression(let kind, let operand):
            return compileTry(kind, operand, range)
        case .coercion(let operand, _):
            return compileExpression(operand)
        case .optionalChain(let body):
            return compileOptionalChain(body, range)
        case .optionalBind(let operand):
            return compileExpression(Expr(kind: .forceUnwrap(operand), range: range))
        case .invalid:
            return { _ in .void }
        }
    }

    private func compileIdentifier(_ name: String, _ range: SourceRange) -> Eval {
        if let (reference, _) = resolve(name) { return read(reference) }
        if let member = implicitBuiltinMember(Expr(kind: .identifier(name), range: range)) { return compileExpression(member) }
        if Parser.operatorFunctions.contains(name) { return operatorFunction(name, range) }
        if let overloads = registry.functions[name], let first = overloads.first {
            let value = Value.function(Function(native: first))
            return { _ in value }
        }
        if let member = compileImplicitSelfMember(name, range) { return member }
        if registry.typeNames.contains(name) || TypeCheck.builtinNames.contains(name) || runtime.enumTypes[name] != nil {
            return { _ in .type(name) }
        }
        unknownName(name, range)
        return { _ in .void }
    }

    /// `+`, `<`, … as a two-argument function value.
    private func operatorFunction(_ op: String, _ range: SourceRange) -> Eval {
        let a = Expr(kind: .dollar(0), range: range), b = Expr(kind: .dollar(1), range: range)
        let body = Expr(kind: .binary(op: op, a, b, opRange: range), range: range)
        let closure = ClosureExpr(parameters: nil, body: [Stmt(kind: .expression(body), range: range)])
        return compileClosure(closure, range)
    }

    private func compileBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> Eval {
        if let fixed = compileFixedBinary(op, lhs, rhs, opRange) { return fixed }
        if let arithmetic = ArithmeticOperator(op), let fast = fastArithmetic(arithmetic, lhs, rhs, opRange) { return fast }
        if let fast = fastComparison(op, lhs, rhs, opRange) { return fast }
        let a = compileExpression(lhs), b = compileExpression(rhs)
        let runtime = self.runtime
        let promote = Self.isNumericLiteral(lhs) || Self.isNumericLiteral(rhs)
        switch op {
        case "&&":
            return { frame in
                guard try located(lhs.range, { try runtime.truth(try a(frame)) }) else { return .bool(false) }
                return .bool(try located(rhs.range) { try runtime.truth(try b(frame)) })
            }
        case "||":
            return { frame in
                if try located(lhs.range, { try runtime.truth(try a(frame)) }) { return .bool(true) }
                return .bool(try located(rhs.range) { try runtime.truth(try b(frame)) })
            }
        case "??":
            return { frame in
                let v = try a(frame)
                if case .nil = v { return try b(frame) }
                return v
            }
        case "===", "!==": return compileIdentity(op, a, b, opRange)
        case "==": return { frame in .bool(try located(opRange) { try runtime.equals(try a(frame), try b(frame), promote: promote) }) }
        case "!=": return { frame in .bool(try !located(opRange) { try runtime.equals(try a(frame), try b(frame), promote: promote) }) }
        case "<", "<=", ">", ">=":
            return compileComparison(op, a, b, promote, opRange)
        case "..<", "...":
            let closed = op == "..."
            return { frame in try located(opRange) { try runtime.makeRange(try a(frame), try b(frame), closed: closed) } }
        default:
            if let integer = IntegerOperator(op) {
                return { frame in try located(opRange) { try runtime.integerOperation(integer, op, try a(frame), try b(frame)) } }
            }
            guard let arithmetic = ArithmeticOperator(op) else {
                if let custom = compileCustomBinary(op, a, b, opRange) { return custom }
                error("unknown operator '\(op)'", opRange)
                return { _ in .void }
            }
            return compileArithmetic(arithmetic, a, b, promote, opRange)
        }
    }

    private func compileComparison(_ op: String, _ a: @escaping Eval, _ b: @escaping Eval, _ promote: Bool, _ opRange: SourceRange) -> Eval {
        let runtime = self.runtime
        if op == "<" {
            return { frame in
                let x = try a(frame), y = try b(frame)
                if case .int(let i) = x, case .int(let j) = y { return .bool(i < j) }
                return .bool(try located(opRange) { try runtime.compare(op, x, y, promote: promote) })
            }
        }
        return { frame in
            let x = try a(frame), y = try b(frame)
            return .bool(try located(opRange) { try runtime.compare(op, x, y, promote: promote) })
        }
    }

    private func compileArithmetic(_ op: ArithmeticOperator, _ a: @escaping Eval, _ b: @escaping Eval, _ promote: Bool, _ opRange: SourceRange) -> Eval {
        let runtime = self.runtime
        switch op {
        case .add:
            return { frame in
                let x = try a(frame), y = try b(frame)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.addingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .double(let i) = x, case .double(let j) = y { return .double(i + j) }
                return try located(opRange) { try runtime.arithmetic(op, x, y, promote: promote) }
            }
        case .multiply:
            return { frame in
                let x = try a(frame), y = try b(frame)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.multipliedReportingOverflow(by: j)
                    if !o { return .int(r) }
                } else if case .double(let i) = x, case .double(let j) = y { return .double(i * j) }
                return try located(opRange) { try runtime.arithmetic(op, x, y, promote: promote) }
            }
        case .subtract:
            return { frame in
                let x = try a(frame), y = try b(frame)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.subtractingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .double(let i) = x, case .double(let j) = y { return .double(i - j) }
                return try located(opRange) { try runtime.arithmetic(op, x, y, promote: promote) }
            }
        default:
            return { frame in
                let x = try a(frame), y = try b(frame)
                return try located(opRange) { try runtime.arithmetic(op, x, y, promote: promote) }
            }
        }
    }

    static func isNumericLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .integer, .double: return true
        case .unary("-", let inner): return isNumericLiteral(inner)
        default: return false
        }
    }

    private func compileMember(_ base: Expr, _ name: String, _ nameRange: SourceRange) -> Eval {
        let eval = compileExpression(base)
        let runtime = self.runtime
        let cache = PropertyCache()
        return { frame in
            let receiver = try eval(frame)
            if let getter = cache.getter, let kind = receiver.builtinKind, kind == cache.kind {
                return try located(nameRange) { try getter(receiver, runtime.context) }
            }
            let typeName = receiver.typeName
            if let getter = cache.getter, cache.typeName == typeName {
                return try located(nameRange) { try getter(receiver, runtime.context) }
            }
            if case .tuple = receiver {} else if receiver.isCellTypeValue {} else if let property = runtime.propertyGetter(typeName, name) {
                cache.typeName = typeName
                cache.kind = receiver.builtinKind ?? -1
                cache.getter = property.getter
            }
            return try located(nameRange) { try runtime.property(receiver, name) }
        }
    }

    /// `.relu` → a symbol; `.pi`, `.infinity` → the Double constants.
    func compileImplicitMember(_ name: String, arguments: [Argument]?, _ range: SourceRange) -> Eval {
        guard let arguments else {
            if let constant = registry.properties["Double.Type"]?[name] {
                let runtime = self.runtime
                return { _ in try located(range) { try constant.getter(.type("Double"), runtime.context) } }
            }
            return { _ in .symbol(Symbol(name: name)) }
        }
        let evals = arguments.map { compileExpression($0.value) }
        let labels = arguments.map(\.label)
        return { frame in .symbol(Symbol(name: name, arguments: try evals.map { try $0(frame) }, labels: labels)) }
    }
}

/// Remembers the property getter a member expression resolved for the last receiver type.
final class PropertyCache {
    var typeName: String?
    /// ``Value/builtinKind`` of `typeName` (-1 for host types), compared without building names.
    var kind = -1
    var getter: HostPropertyGetter?
}
