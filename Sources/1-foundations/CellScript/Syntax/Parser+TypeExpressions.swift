/// Array and dictionary types written as expressions whose element is not itself an
/// expression: `[Int?]()`, `[(Int, Int)]()`, `[String: [Int]?](…)`. An expression parse
/// stops at the `?` or reads a tuple literal, so a `[` whose contents parse as such a type,
/// closed by `]` and followed by `(`, is read as that type (see ``typeExpression(_:_:)``).
extension Parser {
    /// At `[`: the type call's callee when one is written here (consumed); nil otherwise.
    mutating func matchCollectionTypeCallee() -> Expr? {
        guard check("[") else { return nil }
        var probe = self
        let open = probe.advance()
        let diagnosticCount = diagnostics.count
        guard let element = try? probe.parseType(), probe.diagnostics.count == diagnosticCount else { return nil }
        var type = TypeAnnotation.array(element)
        var needsTypeForm = Self.needsTypeForm(element)
        if probe.match(":") {
            guard let value = try? probe.parseType(), probe.diagnostics.count == diagnosticCount else { return nil }
            type = .dictionary(element, value)
            needsTypeForm = needsTypeForm || Self.needsTypeForm(value)
        }
        guard needsTypeForm, probe.check("]"), probe.peekToken(1).isSymbol("("), !probe.peekToken(1).spaceBefore else { return nil }
        let close = probe.advance()
        self = probe
        return Self.typeExpression(type, open.range.union(close.range))
    }

    /// Whether an element type cannot be read as an expression (an optional or tuple in it).
    static func needsTypeForm(_ type: TypeAnnotation) -> Bool {
        switch type {
        case .named, .applied: return false
        case .optional, .tuple, .labeledTuple: return true
        case .array(let t), .set(let t): return needsTypeForm(t)
        case .dictionary(let k, let v): return needsTypeForm(k) || needsTypeForm(v)
        case .function: return false
        }
    }
}
