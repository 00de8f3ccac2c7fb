/// Typing expressions, with the type the context expects (literals take it).
extension TypeChecker {
    func expression(_ e: Expr, expected: StaticType?) -> Typed {
        rejectingNestedOptional(typedExpression(e, expected: expected))
    }

    private func typedExpression(_ e: Expr, expected: StaticType?) -> Typed {
        var out = e
        switch e.kind {
        case .integer(let v):
            switch numericContext(expected) {
            case .double?:
                rewrote("\(v) is a Double", e.range)
                out.kind = .double(Double(v)); return Typed(out, .double, literal: true)
            case .float?:
                rewrote("\(v) is a Float", e.range)
                out.kind = .double(Double(Float(v))); return Typed(out, .float, literal: true)
            case .fixedInt(let kind)?: return fixedIntegerLiteral(e, v, kind)
            default: return Typed(e, .int, literal: true)
            }
        case .double(let v):
            if numericContext(expected) == .float {
                rewrote("\(v) is a Float", e.range)
                out.kind = .double(Double(Float(v))); return Typed(out, .float, literal: true)
            }
            return Typed(e, .double, literal: true)
        case .string:
            return Typed(e, expected.map(unwrapped) == .character ? .character : .string)
        case .interpolated(let parts):
            out.kind = .interpolated(parts.map { part in
                guard case .expression(let inner) = part else { return part }
                return .expression(describedIfNeeded(expression(inner, expected: nil)))
            })
            return Typed(out, .string)
        case .bool:
            return Typed(e, .bool)
        case .nilLiteral:
            return Typed(e, expected ?? .unknown)
        case .identifier(let name):
            if let member = implicitMember(e, name) { return member }
            if let overloaded = overloadReference(e, name, expected: expected) { return overloaded }
            return Typed(e, lookup(name) ?? .unknown)
        case .dollar(let n):
            let types = dollarTypes.last ?? []
            return Typed(e, n < types.count ? types[n] : .unknown)
        case .unary(let op, let operand):
            if rejectOneSided(e, op) { return Typed(e, .unknown) }
            if op == "!" {
                out.kind = .unary(op: op, expression(operand, expected: .bool).expr)
                return Typed(out, .bool)
            }
            if op == "~" { return bitwiseNot(e, operand, expected: expected) }
            if op == "-", let literal = negativeFixedIntegerLiteral(e, operand, expected: expected) { return literal }
            if !["-", "+", "&"].contains(op), let custom = customPrefix(e, op, operand) { return custom }
            let typed = expression(operand, expected: expected)
            out.kind = .unary(op: op, typed.expr)
            return Typed(out, typed.type, literal: typed.isLiteral)
        case .binary(let op, let lhs, let rhs, let opRange):
            return binary(e, op, lhs, rhs, opRange, expected: expected)
        case .ternary(let condition, let a, let b):
            let c = expression(condition, expected: .bool)
            var (x, y) = (expression(a, expected: expected), expression(b, expected: expected))
            (x, y) = unify(x, y, a, b)
            refuseLiteral(x, beside: y)
            refuseLiteral(y, beside: x)
            out.kind = .ternary(c.expr, x.expr, y.expr)
            return Typed(out, x.type == y.type ? x.type : .unknown, literal: x.isLiteral && y.isLiteral)
        case .call(let callee, let arguments):
            if case .closure(let c) = callee.kind, c.isStatementExpression { return statementExpression(e, callee, c, expected: expected) }
            return genericFunctionResult(call(e, callee, arguments, expected: expected), callee)
        case .member(let base, let name, let nameRange):
            if case .identifier("Float") = base.kind, lookup("Float") == nil, let value = Self.floatConstants[name] {
                // `Float.pi`: the Float constant, held as the Double of the same value.
                return Typed(Expr(kind: .floatRound(Expr(kind: .double(value), range: e.range)), range: e.range), .float)
            }
            if let constant = integerTypeConstant(e, base, name) { return constant }
            if let reference = initializerReference(e, base, name, expected: expected) { return reference }
            rejectIndexOfSlice(base, name, nameRange)
            rejectIndexOfArraySlice(base, name, nameRange)
            let typed = expression(base, expected: literalReceiverType(base, name))
            if let index = tupleLabelIndex(typed.type, name) {
                out.kind = .member(typed.expr, name: String(index), nameRange: nameRange)
                return Typed(out, memberType(base: base, typed.type, String(index)))
            }
            if name == "description", typed.type.printsByType, typed.type.isKnown, !typed.type.isOptional {
                // `f.description` of a Float, `[Float]`, `[Int?]`: what `print` writes for that static type.
                return Typed(Expr(kind: .described(typed.expr, typed.type), range: e.range), .string)
            }
            out.kind = .member(typed.expr, name: name, nameRange: nameRange)
            return Typed(out, memberType(base: base, typed.type, name))
        case .implicitMember(let name):
            if ["pi", "infinity", "nan", "greatestFiniteMagnitude", "ulpOfOne"].contains(name) {
                let t = numericContext(expected) == .float ? StaticType.float : .double
                return Typed(t == .float ? Expr(kind: .floatRound(e), range: e.range) : e, t)
            }
            if let typed = implicitEnumMember(e, name, arguments: nil, expected: expected) { return typed }
            return Typed(e, .unknown)
        case .subscriptAccess(let base, let arguments):
            if let oneSided = oneSidedSubscript(e, base, arguments, expected: expected) { return oneSided }
            let typed = expression(base, expected: nil)
            if case .array = typed.type, arguments.count == 1, arguments[0].label == nil { rejectPositionInArraySlice(base, e.range) }
            var keyType: StaticType?, valueType: StaticType?
            if case .dictionary(let k, let v) = typed.type { keyType = k; valueType = v }
            let args = arguments.map { argument -> (Argument, StaticType) in
                var a = argument
                let t = expression(argument.value, expected: argument.label == "default" ? valueType : keyType ?? .int)
                a.value = t.expr
                return (a, t.type)
            }
            out.kind = .subscriptAccess(typed.expr, args.map(\.0))
            if let type = stringSubscriptType(typed.type, args.map(\.1), e.range) { return Typed(out, type) }
            if let valueType, arguments.contains(where: { $0.label == "default" }) { return Typed(out, valueType) }
            if let type = labelledBuiltinSubscriptType(typed.type, arguments) { return Typed(out, type) }
            return Typed(out, subscriptType(typed.type, args.map(\.1)))
        case .array(let items):
            if case .set(let element)? = expected.map(unwrapped) { return setLiteral(e, items, element) }
            if let typed = arrayLiteralConformance(e, items, expected) { return typed }
            return arrayLiteral(e, items, expected: expected)
        case .dictionary(let pairs):
            var keyType: StaticType?, valueType: StaticType?
            if case .dictionary(let k, let v)? = expected.map(unwrapped) { keyType = k; valueType = v }
            var keys = pairs.map { expression($0.key, expected: keyType) }
            var values = pairs.map { expression($0.value, expected: valueType) }
            let k = join(&keys, pairs.map(\.key)), v = join(&values, pairs.map(\.value))
            out.kind = .dictionary(zip(keys, values).map { (key: $0.expr, value: $1.expr) })
            if pairs.isEmpty { return Typed(out, expected.map(unwrapped) ?? .unknown) }
            return Typed(out, .dictionary(keyType ?? k, valueType ?? v))
        case .tuple(let items):
            var expectedItems: [StaticType]?
            var expectedLabels: [String?]?
            if case .tuple(let types, let labels)? = expected.map(unwrapped), types.count == items.count {
                expectedItems = types
                expectedLabels = labels
            }
            let typed = items.enumerated().map { expression($1, expected: expectedItems?[$0]) }
            out.kind = .tuple(typed.map(\.expr))
            if items.isEmpty { return Typed(out, .void) }
            return Typed(out, .tuple(typed.map(\.type), labels: e.labels ?? expectedLabels ?? items.map { _ in nil }))
        case .closure(let closure):
            let captures = closure.captures + iterationCaptures(closure, e.range)
            if !captures.isEmpty {
                var capturing = closure
                capturing.captures = captures
                return capturingClosure(e, capturing, expected: expected)
            }
            return self.closure(e, closure, expected: expected)
        case .forceUnwrap(let operand):
            let typed = expression(operand, expected: expected.map { .optional($0) })
            out.kind = .forceUnwrap(typed.expr)
            if case .optional(let wrapped) = typed.type { return Typed(out, wrapped) }
            return Typed(out, .unknown)
        case .tryExpression(let kind, let operand):
            return tryExpression(e, kind, operand, expected: expected)
        case .coercion(let operand, let annotation):
            return coercion(e, operand, annotation)
        case .optionalChain(let body):
            return optionalChain(e, body)
        case .optionalBind(let operand):
            return optionalBind(e, operand)
        case .fixedWidthInteger(let x):
            // Unchecked: a literal above Int.max as the parser read it (`0xFFFF_FFFF_FFFF_FFFF`).
            if e.checkedType == nil { return wideIntegerLiteral(e, x.bits, expected: expected) }
            return Typed(e, StaticType(x.kind), literal: true)
        case .floatRound, .adaptiveIntLiteral, .described, .invalid:
            return Typed(e, .unknown)
        }
    }

    /// The numeric type a literal should take from its context (through optionals).
    func numericContext(_ expected: StaticType?) -> StaticType? {
        guard let expected else { return nil }
        let t = unwrapped(expected)
        return t.isNumeric ? t : nil
    }

    func unwrapped(_ type: StaticType) -> StaticType {
        if case .optional(let wrapped) = type { return unwrapped(wrapped) }
        return type
    }

    /// Wraps an expression whose printed form depends on its static type.
    func describedIfNeeded(_ typed: Typed) -> Expr {
        if rejectPrintedIndex(typed) { return typed.expr }
        checkPrintable(typed)
        rejectPrintedView(typed)
        // Unknown parts print by their run-time value (`Optional(_)` still shows its wrapper),
        // except a tuple: its labels are in its static type only, so an untyped one stops.
        guard typed.type.printsByType else {
            if !typed.type.isKnown { return Expr(kind: .described(typed.expr, .unknown), range: typed.expr.range) }
            return typed.expr
        }
        rewrote("printed as \(typed.type)", typed.expr.range)
        return Expr(kind: .described(typed.expr, typed.type), range: typed.expr.range)
    }

    /// Two operands of one type: a literal side takes the other side's numeric type.
    func unify(_ x: Typed, _ y: Typed, _ a: Expr, _ b: Expr) -> (Typed, Typed) {
        if x.type == y.type { return (x, y) }
        if x.isLiteral, !y.isLiteral, y.type.isNumeric { return (expression(a, expected: y.type), y) }
        if y.isLiteral, !x.isLiteral, x.type.isNumeric { return (x, expression(b, expected: x.type)) }
        if x.isLiteral, y.isLiteral {
            if y.type.isFloatingPoint, x.type == .int { return (expression(a, expected: y.type), y) }
            if x.type.isFloatingPoint, y.type == .int { return (x, expression(b, expected: x.type)) }
        }
        return (x, y)
    }

    /// The common type of collection elements: integer literals among Doubles become Doubles.
    func join(_ typed: inout [Typed], _ exprs: [Expr]) -> StaticType {
        guard var common = typed.first?.type else { return .unknown }
        if let float = typed.first(where: { $0.type.isFloatingPoint && !$0.isLiteral })?.type {
            common = float
        } else if typed.contains(where: { $0.type == .double }) {
            common = .double
        } else {
            common = typed.first(where: { !$0.isLiteral })?.type ?? common
        }
        for i in typed.indices where typed[i].isLiteral && typed[i].type != common && common.isNumeric {
            typed[i] = expression(exprs[i], expected: common)
        }
        adaptLiterals(amongUnknown: &typed)
        if let enumType = joinedEnum(&typed, exprs) { common = enumType }
        if let tuple = joinedTuple(typed) {
            // `[(0.0, 0.0), (2.5, 0)]`: the tuples' Int literals become Doubles position by position.
            for i in typed.indices where typed[i].type != tuple { typed[i] = expression(exprs[i], expected: tuple) }
            common = tuple
        }
        return typed.allSatisfy({ $0.type == common }) ? common : .unknown
    }

    private func arrayLiteral(_ e: Expr, _ items: [Expr], expected: StaticType?) -> Typed {
        var out = e
        var elementType: StaticType?
        if case .array(let t)? = expected.map(unwrapped), t != .unknown { elementType = t }
        var typed = items.map { expression($0, expected: elementType) }
        let common = join(&typed, items)
        out.kind = .array(typed.map(\.expr))
        if let elementType { return Typed(out, .array(elementType)) }
        return Typed(out, items.isEmpty ? .unknown : .array(common))
    }

    func subscriptType(_ base: StaticType, _ arguments: [StaticType]) -> StaticType {
        switch base {
        case .array(let element):
            if arguments.first == .int { return element }
            if case .range? = arguments.first { return .array(element) }
            return .unknown
        case .dictionary(_, let value): return .optional(value)
        case .nominal(let name), .genericNominal(let name, _): return structs[name]?.computed[StructType.subscriptKey(arguments.count)]?.type ?? .unknown
        default: return structs[base.description]?.computed[StructType.subscriptKey(arguments.count)]?.type ?? .unknown
        }
    }
}
