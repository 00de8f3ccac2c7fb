/// The shape of an optional chain (`a?.b.c`, `a?[i]?.m()`), shared by the type checker (for
/// assignments through a chain) and the compiler.
///
/// A chain is ``Expr/Kind/optionalChain(_:)`` around a postfix spine (members, subscripts,
/// calls, `!`) in which each `?` is an ``Expr/Kind/optionalBind(_:)``. It evaluates left to
/// right and is nil as soon as one `?` finds nil.
enum OptionalChain {
    /// Splits a chain's body at its outermost `?`: the value before that `?`, and a function
    /// that rebuilds the body around a replacement for `value?`. Nil when the spine has no `?`.
    static func split(_ body: Expr) -> (bound: Expr, rebuild: (Expr) -> Expr)? {
        func around(_ base: Expr, _ make: @escaping (Expr) -> Expr.Kind) -> (bound: Expr, rebuild: (Expr) -> Expr)? {
            guard let (bound, rebuild) = split(base) else { return nil }
            return (bound, { replacement in Expr(kind: make(rebuild(replacement)), range: body.range, labels: body.labels) })
        }
        switch body.kind {
        case .optionalBind(let inner): return (inner, { $0 })
        case .member(let base, let name, let nameRange): return around(base) { .member($0, name: name, nameRange: nameRange) }
        case .subscriptAccess(let base, let arguments): return around(base) { .subscriptAccess($0, arguments) }
        case .call(let callee, let arguments): return around(callee) { .call($0, arguments) }
        case .forceUnwrap(let base): return around(base) { .forceUnwrap($0) }
        case .floatRound(let base): return around(base) { .floatRound($0) }
        case .adaptiveIntLiteral(let base): return around(base) { .adaptiveIntLiteral($0) }
        default: return nil
        }
    }

    /// The value before a `?`, as an expression that is nil when a `?` inside it finds nil.
    static func chained(_ bound: Expr) -> Expr {
        split(bound) == nil ? bound : Expr(kind: .optionalChain(bound), range: bound.range)
    }

    /// `bound` with each `?` of its spine made a `!`: evaluates without trapping once
    /// ``chained(_:)`` of it was not nil, and is a storage location when `bound` is a path.
    static func forced(_ bound: Expr) -> Expr {
        guard let (inner, rebuild) = split(bound) else { return Expr(kind: .forceUnwrap(bound), range: bound.range) }
        return Expr(kind: .forceUnwrap(rebuild(forced(inner))), range: bound.range)
    }

    /// True for names, members, `!` and subscripts by names or literals: evaluating them twice
    /// has no effect, so a chain may read them again instead of keeping a temporary.
    static func isPath(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier, .dollar: return true
        case .member(let base, _, _), .forceUnwrap(let base), .optionalBind(let base): return isPath(base)
        case .subscriptAccess(let base, let arguments):
            return isPath(base) && arguments.allSatisfy { isPath($0.value) || isLiteral($0.value) }
        default: return false
        }
    }

    private static func isLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .integer, .fixedWidthInteger, .double, .string, .bool: return true
        default: return false
        }
    }
}
