/// `e as T` (static coercion) and optional chaining (`a?.b`, `a?[i]`, `f?()`).
extension TypeChecker {
    /// `e as T`: `T` is the type context of `e` (`7 as Double`, `[] as [Int]`, `nil as Int?`);
    /// the node disappears from the checked tree. `e as Any` keeps `e`'s own type, so it prints
    /// as Swift prints it (`Optional(3)`).
    func coercion(_ e: Expr, _ operand: Expr, _ annotation: TypeAnnotation) -> Typed {
        if case .named(let name, _) = annotation, name == "Any" || name == "AnyObject" {
            let typed = expression(operand, expected: nil)
            return Typed(typed.expr, typed.type)
        }
        let target = resolvedType(annotation)
        guard target.isKnown else {
            let typed = expression(operand, expected: nil)
            return Typed(typed.expr, typed.type)
        }
        let typed = expression(operand, expected: target)
        if typed.type != target, Self.mismatch(typed.type, target) == true {
            error("cannot convert value of type '\(typed.type)' to type '\(target)' in coercion", operand.range)
        }
        return Typed(typed.expr, target)
    }

    /// A whole chain: Optional of its spine's type (flattened, as Swift's `a?.b` of `Int?` is `Int?`).
    func optionalChain(_ e: Expr, _ body: Expr) -> Typed {
        let typed = expression(body, expected: nil)
        var out = e
        out.kind = .optionalChain(typed.expr)
        if case .optional = typed.type { return Typed(out, typed.type) }
        return Typed(out, .optional(typed.type))
    }

    /// `value?` inside a chain: the rest of the chain sees the wrapped type.
    func optionalBind(_ e: Expr, _ operand: Expr) -> Typed {
        let typed = expression(operand, expected: nil)
        var out = e
        out.kind = .optionalBind(typed.expr)
        switch typed.type {
        case .optional(let wrapped): return Typed(out, wrapped)
        case .unknown, .host: return Typed(out, .unknown)
        default:
            if typed.type.isKnown {
                let end = e.range.end
                let mark = SourceRange(SourceLocation(line: end.line, column: end.column - 1, offset: end.offset - 1), end)
                error("cannot use optional chaining on non-optional value of type '\(typed.type)'", mark)
            }
            return Typed(out, typed.type)
        }
    }

    /// `a?.b = x`, `a?[i] += 1`: assigns only when the chain reaches its end, as
    /// `if <chain up to the last ?> != nil { <the path with !> = x }` (Swift evaluates `x`
    /// only then, too). Nil when the target is not a chain.
    func optionalChainAssignment(_ statement: Stmt) -> Stmt? {
        guard case .assignment(let target, let op, let value, let opRange) = statement.kind,
              case .optionalChain(let body) = target.kind,
              let (bound, rebuild) = OptionalChain.split(body) else { return nil }
        let test = Expr(kind: .binary(op: "!=", OptionalChain.chained(bound), Expr(kind: .nilLiteral, range: bound.range), opRange: opRange),
                        range: bound.range)
        let assignment = Stmt(kind: .assignment(target: rebuild(OptionalChain.forced(bound)), op: op, value: value, opRange: opRange),
                              range: statement.range)
        return check(Stmt(kind: .ifStatement([.expression(test)], then: [assignment], else: nil), range: statement.range))
    }
}

/// Nested optionals (`Int??`): a cell stores an optional as its value or nil, so `Optional(nil)`
/// and `nil` would be one value; a type that nests them stops the cell where it appears.
extension TypeChecker {
    func rejectingNestedOptional(_ typed: Typed) -> Typed {
        if case .optional(let inner) = typed.type, case .optional = inner {
            error(Unsupported.message("nested optional") + " (a value of type '\(typed.type)')", typed.expr.range)
            return Typed(typed.expr, .unknown)
        }
        return typed
    }

    /// `try? (x as Any)` with an optional (or untyped) `x`: Swift wraps the optional in another
    /// one (`Optional(Optional(16))`).
    func rejectOptionalInAny(_ operand: Expr, _ typed: Typed) {
        guard case .coercion(_, .named(let name, _)) = operand.kind, name == "Any" || name == "AnyObject" else { return }
        switch typed.type {
        case .optional, .unknown: error(Unsupported.message("nested optional") + " ('try?' of an optional as 'Any')", operand.range)
        default: break
        }
    }
}
