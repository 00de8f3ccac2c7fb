/// Lvalues (names, subscripts, members) and assignment.
extension Compiler {
    /// In-place access to a storage location: runs a body on the stored value `inout`.
    typealias LValue = (Frame, (inout Value) throws -> Value) throws -> Value

    /// Compiles `base` as a storage location, or returns nil when it is not one.
    /// `mutating` names the method for the `let` error message.
    func compileLValue(_ expr: Expr, mutating method: String?) -> LValue? {
        switch expr.kind {
        case .identifier(let name):
            guard let (reference, binding) = resolve(name) else { return nil }
            let pointer = slotPointer(reference)
            if binding.isLet && name != "self" {
                let range = expr.range
                return { frame, body in
                    let p = pointer(frame)
                    switch p.pointee {
                    case .array, .dictionary, .string, .tuple, .int, .double, .bool, .range, .structure:
                        let what = method.map { "mutating member '\($0)'" } ?? "assignment"
                        throw ScriptError("cannot use \(what) on immutable value: '\(name)' is a 'let' constant", range)
                    default:
                        return try body(&p.pointee)
                    }
                }
            }
            return { frame, body in try body(&pointer(frame).pointee) }
        case .subscriptAccess(let base, let arguments) where arguments.count == 1:
            guard let container = compileLValue(base, mutating: method) else { return nil }
            let indexEval = compileExpression(arguments[0].value)
            let runtime = self.runtime
            let range = expr.range
            return { frame, body in
                let index = try indexEval(frame)
                return try container(frame) { value in
                    var element = try located(range) { try runtime.subscriptGet(value, index) }
                    let result = try body(&element)
                    try located(range) { try runtime.subscriptSet(&value, index, element) }
                    return result
                }
            }
        case .dollar(let n):
            return compileLValue(Expr(kind: .identifier("$\(n)"), range: expr.range), mutating: method)
        case .forceUnwrap(let base):
            return compileForceUnwrapLValue(base, expr.range, mutating: method)
        case .subscriptAccess(let base, let arguments) where arguments.count == 2 && arguments[1].label == "default":
            return compileDefaultSubscriptLValue(base, arguments, expr.range, mutating: method)
        case .member(let base, let name, let nameRange):
            guard let container = compileLValue(base, mutating: method) else { return nil }
            let runtime = self.runtime
            return { frame, body in
                try container(frame) { value in
                    var member = try located(nameRange) { try runtime.property(value, name) }
                    let result = try body(&member)
                    try located(nameRange) { try runtime.setProperty(&value, name, member) }
                    return result
                }
            }
        case .subscriptAccess(let base, let arguments) where !arguments.isEmpty:
            return compileMultiSubscriptLValue(base, arguments, expr.range, mutating: method)
        default:
            return nil
        }
    }

    func compileAssignment(target: Expr, op: String?, value: Expr, opRange: SourceRange) -> Exec {
        let valueEval = compileExpression(value)
        let runtime = self.runtime
        let promote = Self.isNumericLiteral(value)
        if case .identifier("_") = target.kind, op == nil {
            return { frame in _ = try valueEval(frame); return .normal }
        }
        if case .tuple(let items) = target.kind, op == nil {
            return compileTupleAssignment(items, valueEval, target.range)
        }
        if case .identifier(let name) = target.kind {
            guard let (reference, binding) = resolve(name) else {
                unknownName(name, target.range)
                return { _ in .normal }
            }
            if binding.isLet && name != "self" { error("cannot assign to value: '\(name)' is a 'let' constant", target.range) }
            let pointer = slotPointer(reference)
            guard let op, let arithmetic = ArithmeticOperator(op) else {
                if value.isAdaptiveIntLiteral {
                    return { frame in
                        let p = pointer(frame), rhs = try valueEval(frame)
                        if case .double = p.pointee, case .int(let i) = rhs { p.pointee = .double(Double(i)) } else { p.pointee = rhs }
                        return .normal
                    }
                }
                return { frame in pointer(frame).pointee = try valueEval(frame); return .normal }
            }
            return { frame in
                let rhs = try valueEval(frame)
                let p = pointer(frame)
                if case .int(let a) = p.pointee, case .int(let b) = rhs, arithmetic == .add {
                    let (r, o) = a.addingReportingOverflow(b)
                    if !o { p.pointee = .int(r); return .normal }
                }
                if case .double(let a) = p.pointee, case .double(let b) = rhs, arithmetic == .add {
                    p.pointee = .double(a + b)
                    return .normal
                }
                p.pointee = try located(opRange) { try runtime.arithmetic(arithmetic, p.pointee, rhs, promote: promote) }
                return .normal
            }
        }
        guard let lvalue = compileLValue(target, mutating: nil) else {
            error("cannot assign to this expression", target.range)
            return { _ in .normal }
        }
        let arithmetic = op.flatMap(ArithmeticOperator.init)
        let promoteIntoDouble = (promote && Self.isMultiIndexSubscript(target)) || value.isAdaptiveIntLiteral
        return { frame in
            let rhs = try valueEval(frame)
            _ = try lvalue(frame) { stored in
                if let arithmetic {
                    stored = try located(opRange) { try runtime.arithmetic(arithmetic, stored, rhs, promote: promote) }
                } else if promoteIntoDouble, case .double = stored, case .int(let i) = rhs {
                    stored = .double(Double(i))  // `grid[0, 1] = 1` into a Double slot of a generic type, `v = 0` into an untyped Double
                } else {
                    stored = rhs
                }
                return .void
            }
            return .normal
        }
    }

    private func compileTupleAssignment(_ items: [Expr], _ valueEval: @escaping Eval, _ range: SourceRange) -> Exec {
        let assign = tupleAssigner(items, range)
        return { frame in
            try assign(frame, try valueEval(frame))
            return .normal
        }
    }

    func compileSubscript(_ base: Expr, _ arguments: [Argument], _ range: SourceRange) -> Eval {
        let baseEval = compileExpression(base)
        let runtime = self.runtime
        guard arguments.count == 1 else {
            let evals = arguments.map { compileExpression($0.value) }
            let labels = arguments.map(\.label)
            return { frame in
                var receiver = try baseEval(frame)
                let args = try evals.map { try $0(frame) }
                let shape = ArgumentMatcher.CallShape(labels: labels, trailing: labels.map { _ in false })
                return try atCallSite(range, []) { try runtime.callMethod(&receiver, "subscript", args, shape) }
            }
        }
        let indexEval = compileExpression(arguments[0].value)
        if let label = arguments[0].label { return compileLabelledSubscript(baseEval, indexEval, label: label, range) }
        return { frame in
            let container = try baseEval(frame)
            let index = try indexEval(frame)
            if case .array(let items) = container, case .int(let i) = index, i >= 0, i < items.count { return items[i] }
            return try located(range) { try runtime.subscriptGet(container, index) }
        }
    }
}
