extension Parser {
    /// The collection a generic spelling names: `Array<T>` is `[T]`, `Dictionary<K, V>` is
    /// `[K: V]`, `Optional<T>` is `T?`, `Set<T>` is a set; nil for other generic types
    /// (their arguments are dropped, as before).
    static func genericCollection(_ name: String, _ arguments: [TypeAnnotation]) -> TypeAnnotation? {
        switch (name, arguments.count) {
        case ("Array", 1): return .array(arguments[0])
        case ("Dictionary", 2): return .dictionary(arguments[0], arguments[1])
        case ("Optional", 1): return .optional(arguments[0])
        case ("Set", 1): return .set(arguments[0])
        default: return nil
        }
    }
}

extension Parser {
    /// `Set<Int>(…)`, `Array<Double>(…)`, `Dictionary<String, Int>(…)` in an expression.
    static func isGenericCollectionCall(_ name: String, _ next: Token) -> Bool {
        ["Set", "Array", "Dictionary"].contains(name) && next.isSymbol("<") && !next.spaceBefore
    }

    /// Parses `Name<Types>` in an expression as the type expression the checker reads:
    /// `Array<T>` is `[T]`, `Dictionary<K, V>` is `[K: V]`, `Set<T>` is `Set[T]` (a form no
    /// Swift program writes, which the checker turns into a typed `Set(…)` call).
    mutating func genericCollectionType(_ token: Token) throws -> Expr {
        advance()
        advance()
        var arguments: [TypeAnnotation] = []
        repeat { arguments.append(try parseType()) } while match(",")
        let close = try expect(">", "to close the generic arguments")
        let range = SourceRange(token.range.start, close.range.end)
        guard case .identifier(let name) = token.kind, let type = Self.genericCollection(name, arguments) else {
            return Expr(kind: .identifier(token.identifier ?? "_"), range: range)
        }
        return Self.typeExpression(type, range)
    }

    static func typeExpression(_ type: TypeAnnotation, _ range: SourceRange) -> Expr {
        switch type {
        case .named(let name, _), .applied(let name, _, _): return Expr(kind: .identifier(name), range: range)
        case .array(let element): return Expr(kind: .array([typeExpression(element, range)]), range: range)
        case .dictionary(let k, let v): return Expr(kind: .dictionary([(key: typeExpression(k, range), value: typeExpression(v, range))]), range: range)
        case .set(let element):
            let base = Expr(kind: .identifier("Set"), range: range)
            return Expr(kind: .subscriptAccess(base, [Argument(label: nil, labelRange: nil, value: typeExpression(element, range))]), range: range)
        case .optional(let wrapped):
            // `Optional[T]`, a form no Swift program writes, read by the checker as `T?`.
            let base = Expr(kind: .identifier("Optional"), range: range)
            return Expr(kind: .subscriptAccess(base, [Argument(label: nil, labelRange: nil, value: typeExpression(wrapped, range))]), range: range)
        case .tuple(let items):
            return Expr(kind: .tuple(items.map { typeExpression($0, range) }), range: range)
        case .labeledTuple(let items, let labels):
            return Expr(kind: .tuple(items.map { typeExpression($0, range) }), range: range, labels: labels)
        case .function: return Expr(kind: .identifier("Any"), range: range)
        }
    }
}

extension Parser {
    /// A keyword used as a parameter's argument label (`contains(where predicate: …)`,
    /// `func greet(for name: String)`): Swift allows any keyword but `inout`, `var` and `let` there.
    mutating func keywordLabel() -> (String, SourceRange)? {
        guard case .keyword(let keyword) = current.kind, keyword != .let, keyword != .var,
              peekToken(1).identifier != nil else { return nil }
        let token = advance()
        return (keyword.rawValue, token.range)
    }
}

extension Parser {
    /// `for x: Double in [0, 1, 2.5]`: an array literal takes the annotated element type (as
    /// `[Double]([0, 1, 2.5])`); another sequence keeps its own element type.
    static func typedSequence(_ sequence: Expr, _ elementType: TypeAnnotation?) -> Expr {
        guard let elementType, case .array = sequence.kind else { return sequence }
        let type = typeExpression(.array(elementType), sequence.range)
        return Expr(kind: .call(type, [Argument(label: nil, labelRange: nil, value: sequence)]), range: sequence.range)
    }
}
