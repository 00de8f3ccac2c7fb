/// Operators a cell declares, applied to values whose type the checker did not know (it
/// rewrites the others to calls, see `TypeChecker+CustomOperators.swift`): the operands'
/// type's static operator, found at run time.
extension Compiler {
    /// `a +- b`; nil when the cell declares no operator `op`.
    func compileCustomBinary(_ op: String, _ a: @escaping Eval, _ b: @escaping Eval, _ opRange: SourceRange) -> Eval? {
        let runtime = self.runtime
        return { frame in
            let x = try a(frame), y = try b(frame)
            return try located(opRange) {
                guard let result = try runtime.structOperator(op, x, y) else { throw runtime.mismatch(op, x, y) }
                return result
            }
        }
    }

    /// `+++v` with a prefix operator of the operand's type.
    func compileCustomPrefix(_ op: String, _ eval: @escaping Eval, _ range: SourceRange) -> Eval {
        let runtime = self.runtime
        return { frame in
            let value = try eval(frame)
            return try located(range) {
                guard let result = try runtime.structPrefixOperator(op, value) else {
                    throw ScriptError("unary operator '\(op)' cannot be applied to an operand of type '\(TypeCheck.describe(value))'")
                }
                return result
            }
        }
    }
}

extension Compiler {
    /// A pattern the checker matched by the cell's `~=` (`.value(~=(pattern))`): calls it with
    /// the pattern's value and the matched value.
    func compileUserPatternMatch(_ expr: Expr) -> Matcher? {
        guard case .call(let callee, let arguments) = expr.kind, arguments.count == 1,
              arguments[0].label == TypeChecker.patternOperatorLabel else { return nil }
        let function = compileExpression(callee), pattern = compileExpression(arguments[0].value)
        let runtime = self.runtime
        let range = expr.range
        return { frame, value in
            let f = try function(frame), candidate = try pattern(frame)
            return try located(range) {
                guard case .bool(let matched) = try runtime.callValue(f, [candidate, value], labels: [nil, nil]) else {
                    throw ScriptError("'~=' must return Bool")
                }
                return matched
            }
        }
    }
}

extension Compiler {
    /// `V.+=` in the call `V.+=(&v, w)` the checker makes of `v += w`: the static operator of
    /// the cell type `V` as a function value; nil for other callees.
    func compileStaticOperator(_ callee: Expr) -> Eval? {
        guard case .member(let base, let name, let nameRange) = callee.kind, case .identifier = base.kind,
              let first = name.first, first == "p" ? name.hasPrefix("prefix ") : CustomOperators.operatorCharacters.contains(first) else { return nil }
        let type = compileExpression(base)
        let runtime = self.runtime
        return { frame in
            guard case .object(let owner as StructType) = try type(frame), let shape = owner.staticMethods[name] else {
                throw ScriptError("type has no operator '\(name)'", nameRange)
            }
            return .function(Function(user: UserFunction(shape: shape, captured: runtime.globals)))
        }
    }
}
