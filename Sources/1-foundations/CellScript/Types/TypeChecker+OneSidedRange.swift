/// One-sided ranges where a String or an Array is subscripted: `text[i...]` is
/// `text[i..<text.endIndex]`, `text[..<i]` is `text[text.startIndex..<i]`, `xs[2...]` is
/// `xs[2..<xs.count]`, as Swift defines them. The collection is named twice, so it must be a
/// name or a property path (a computed value is refused with a hint); a one-sided range
/// anywhere else is not supported in cells.
extension TypeChecker {
    static let oneSidedOperators: Set<String> = ["...", "..<", Parser.postfixThrough]

    /// `base[bound...]`, `base[..<bound]`, `base[...bound]`, checked; nil for other subscripts.
    func oneSidedSubscript(_ e: Expr, _ base: Expr, _ arguments: [Argument], expected: StaticType?) -> Typed? {
        guard arguments.count == 1, arguments[0].label == nil, case .unary(let op, let bound) = arguments[0].value.kind,
              Self.oneSidedOperators.contains(op) else { return nil }
        let range = arguments[0].value.range
        let baseType = expression(base, expected: nil).type
        let isString = baseType == .string
        guard isString || { if case .array = baseType { return true } else { return false } }() else {
            error("'one-sided range' is not supported in cells here: write both bounds", range)
            return Typed(e, .unknown)
        }
        guard Self.isPath(base) else {
            error("'one-sided range' of a computed value is not supported in cells: store the value in a 'let' first", range)
            return Typed(e, .unknown)
        }
        func member(_ name: String) -> Expr { Expr(kind: .member(base, name: name, nameRange: range), range: range) }
        let start = isString ? member("startIndex") : Expr(kind: .integer(0), range: range)
        let end = isString ? member("endIndex") : member("count")
        let twoSided: Expr.Kind
        switch op {
        case Parser.postfixThrough: twoSided = .binary(op: "..<", bound, end, opRange: range)
        default: twoSided = .binary(op: op, start, bound, opRange: range)
        }
        var argument = arguments[0]
        argument.value = Expr(kind: twoSided, range: range)
        return expression(Expr(kind: .subscriptAccess(base, [argument]), range: e.range), expected: expected)
    }

    /// A one-sided range outside a subscript: an error at it (true when reported).
    func rejectOneSided(_ e: Expr, _ op: String) -> Bool {
        guard Self.oneSidedOperators.contains(op) else { return false }
        error("'one-sided range' is not supported in cells here: write both bounds", e.range)
        return true
    }

    /// A name or a chain of stored-property reads (`s`, `self.text`, `user.email`).
    static func isPath(_ e: Expr) -> Bool {
        switch e.kind {
        case .identifier, .dollar: return true
        case .member(let base, _, _): return isPath(base)
        default: return false
        }
    }
}
