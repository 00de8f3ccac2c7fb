/// `let vowels: Set = ["a", "e"]`: a `Set` annotation without its element type takes the
/// element type of the array literal, as Swift infers `Set<String>`.
extension TypeChecker {
    /// The annotation `Set<Element>` for a bare `Set` annotation on an array literal of one
    /// scalar element type; nil otherwise (the declaration is checked as written).
    func setElementAnnotation(_ annotation: TypeAnnotation?, _ value: Expr?) -> TypeAnnotation? {
        guard case .named("Set", let range)? = annotation, let value, case .array(let items) = value.kind, !items.isEmpty else { return nil }
        let probe = TypeChecker(globals: globals, structs: structs)
        probe.scopes = scopes
        probe.registry = registry
        guard case .array(let element) = probe.expression(value, expected: nil).type, probe.diagnostics.isEmpty else { return nil }
        switch element {
        case .int, .double, .float, .bool, .string, .character: return .set(.named(element.description, range))
        default: return nil
        }
    }
}

/// `Set(scores) == [1, 2, 3]`: an array literal compared with a `Set` is a `Set` literal, as
/// Swift infers it from the other operand.
extension TypeChecker {
    /// The operands with an array-literal side re-checked as a set when the other side is a set.
    func unifySetLiteralOperands(_ a: Typed, _ b: Typed, _ lhs: Expr, _ rhs: Expr) -> (Typed, Typed) {
        if case .set = a.type, case .array = rhs.kind { return (a, expression(rhs, expected: a.type)) }
        if case .set = b.type, case .array = lhs.kind { return (expression(lhs, expected: b.type), b) }
        return (a, b)
    }
}
