/// Uses of the operators a cell implements, rewritten to the calls they are in Swift:
///
/// ```swift
/// func ** (radix: Double, power: Int) -> Double { … }      // 1.5 ** 3 is **(1.5, 3)
/// extension V { static func += (lhs: inout V, rhs: V) { … } } // v += w is V.+=(&v, w)
/// extension V { static prefix func +++ (v: inout V) -> V }  // +++v is V.prefix +++(&v)
/// ```
///
/// A global operator function is called as the function it is (overloads chosen as for any
/// call); a type's static operator is called on the type, with `&` for an `inout` operand, so
/// the compiler's `inout` calls write the operand back. `a +- b` on values whose type the
/// checker does not know stays a binary node, dispatched at run time on the operands' type.
extension TypeChecker {
    /// Whether the cell declares a function for `op` (`func ** (…)`) visible here.
    func declaresOperatorFunction(_ op: String) -> Bool {
        if case .function? = lookup(op) { return true }
        return overloadTable.keys.contains { $0.hasSuffix("/" + op) }
    }

    /// `a OP b` for an operator the builtins do not define: the call of the type's static
    /// operator or of the cell's operator function; nil when the cell declares neither.
    func customBinary(_ e: Expr, _ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange, expected: StaticType?) -> Typed? {
        let (diagnosticCount, rewriteCount) = (diagnostics.count, rewrites.count)
        let left = expression(lhs, expected: nil), right = expression(rhs, expected: nil)
        diagnostics.removeSubrange(diagnosticCount...)
        rewrites.removeSubrange(rewriteCount...)
        if let owner = operatorOwner(op, left.type, right.type) {
            return expression(staticOperatorCall(owner, op, [lhs, rhs], inoutFirst: inoutOperators.contains("\(owner).\(op)"), e.range, opRange), expected: expected)
        }
        guard declaresOperatorFunction(op) else { return nil }
        let callee = Expr(kind: .identifier(op), range: opRange)
        let call = Expr(kind: .call(callee, [Self.operand(lhs), Self.operand(rhs)]), range: e.range)
        return expression(call, expected: expected)
    }

    /// `+++v` for a prefix operator of the operand's type: the call of its static method.
    func customPrefix(_ e: Expr, _ op: String, _ operand: Expr) -> Typed? {
        let name = Parser.prefixName(op)
        let (diagnosticCount, rewriteCount) = (diagnostics.count, rewrites.count)
        let typed = expression(operand, expected: nil)
        diagnostics.removeSubrange(diagnosticCount...)
        rewrites.removeSubrange(rewriteCount...)
        guard case .nominal(let owner) = typed.type, structs[owner]?.staticMethods[name] != nil else { return nil }
        return expression(staticOperatorCall(owner, name, [operand], inoutFirst: inoutOperators.contains("\(owner).\(name)"), e.range, e.range), expected: nil)
    }

    /// `v += w` where `v`'s type implements `static func +=`: `V.+=(&v, w)`, as a statement.
    func customCompoundAssignment(_ statement: Stmt, _ target: Expr, _ op: String, _ value: Expr, _ opRange: SourceRange) -> Stmt? {
        let name = op + "="
        let (diagnosticCount, rewriteCount) = (diagnostics.count, rewrites.count)
        let typed = expression(target, expected: nil)
        diagnostics.removeSubrange(diagnosticCount...)
        rewrites.removeSubrange(rewriteCount...)
        guard case .nominal(let owner) = typed.type, structs[owner]?.staticMethods[name] != nil else { return nil }
        let call = staticOperatorCall(owner, name, [target, value], inoutFirst: true, statement.range, opRange)
        return check(Stmt(kind: .expression(call), range: statement.range))
    }

    /// The cell type among the operands' types that implements `static func op`.
    private func operatorOwner(_ op: String, _ types: StaticType...) -> String? {
        for type in types {
            if case .nominal(let name) = type, structs[name]?.staticMethods[op] != nil { return name }
        }
        return nil
    }

    /// `Owner.op(a, b)`, the first operand passed `&a` when the operator takes it `inout`.
    private func staticOperatorCall(_ owner: String, _ op: String, _ operands: [Expr], inoutFirst: Bool, _ range: SourceRange, _ opRange: SourceRange) -> Expr {
        let type = Expr(kind: .identifier(owner), range: opRange)
        let callee = Expr(kind: .member(type, name: op, nameRange: opRange), range: opRange)
        var arguments = operands.map(Self.operand)
        if inoutFirst, !arguments.isEmpty {
            arguments[0].value = Expr(kind: .unary(op: "&", operands[0]), range: operands[0].range)
        }
        return Expr(kind: .call(callee, arguments), range: range)
    }

    private static func operand(_ value: Expr) -> Argument {
        Argument(label: nil, labelRange: nil, value: value)
    }

    /// Records the operators of the cell's types whose first parameter is `inout`
    /// (`static func += (lhs: inout V, rhs: V)`), as `Type.op`.
    func noteInoutOperators(_ statements: [Stmt]) {
        for statement in statements {
            guard case .structure(let decl) = statement.kind else { continue }
            for member in decl.members {
                guard case .method(let function, _, true) = member, function.parameters.first?.isInout == true else { continue }
                inoutOperators.insert("\(decl.name).\(function.name)")
            }
        }
    }
}

/// Expression patterns matched by the cell's own `~=`:
///
/// ```swift
/// func ~= (pattern: String, value: Int) -> Bool { pattern == "\(value)" }
/// switch point { case ("0", "0"): … }
/// ```
///
/// A pattern whose type differs from the value's is matched by the `~=` declared for those two
/// types; it is kept as `.value(~=(pattern))` with the argument labelled `~=`, and the compiler
/// calls that function with the pattern and the value (see `Compiler+CustomOperators.swift`).
extension TypeChecker {
    /// The label that marks a pattern matched by a declared `~=`.
    static let patternOperatorLabel = "~="

    func userPatternMatch(_ typed: Typed, _ subject: StaticType) -> CasePattern? {
        guard typed.type.isKnown, subject.isKnown, typed.type != subject, let symbol = patternOperator(typed.type, subject) else { return nil }
        let callee = Expr(kind: .identifier(symbol), range: typed.expr.range)
        let argument = Argument(label: Self.patternOperatorLabel, labelRange: nil, value: typed.expr)
        return .value(Expr(kind: .call(callee, [argument]), range: typed.expr.range))
    }

    /// The name of the `~=` declared for a pattern of type `pattern` and a value of type `value`.
    private func patternOperator(_ pattern: StaticType, _ value: StaticType) -> String? {
        if case .function(let types, .bool)? = lookup("~="), types == [pattern, value] { return "~=" }
        for (key, set) in overloadTable where key.hasSuffix("/~=") {
            if let overload = set.first(where: { $0.types == [pattern, value] && $0.result == .bool }) { return overload.symbol }
        }
        return nil
    }
}
