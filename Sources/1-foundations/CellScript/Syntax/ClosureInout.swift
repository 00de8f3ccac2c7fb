/// A closure's `inout` first parameter when its type is inferred from context:
///
/// ```swift
/// typealias Reducer = (inout State, Int) -> Void
/// let add: Reducer = { state, n in state.count += n }
/// add(&s, 5)
/// ```
///
/// Swift lets a closure assign to (or mutate, or pass `&`) a parameter only when the parameter
/// is `inout`, so a body that does is one whose first parameter is `inout`: the compiler makes
/// that parameter assignable, and a call with `&x` writes its final value back (see
/// `Compiler+Inout.swift`). A written `(s: inout T)` says so directly (``ClosureHeader``).
enum ClosureInout {
    /// Whether `body` assigns to `name`, mutates it through a member, subscript or method, or
    /// passes it `&` (not counting nested closures, which capture rather than bind it).
    static func mutatesParameter(_ name: String, _ body: [Stmt]) -> Bool {
        var found = false
        func rooted(_ e: Expr) -> Bool {
            switch e.kind {
            case .identifier(let n): return n == name
            case .dollar(let k): return "$\(k)" == name
            case .member(let base, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base), .optionalChain(let base), .optionalBind(let base):
                return rooted(base)
            default: return false
            }
        }
        func visit(_ e: Expr) {
            if found { return }
            switch e.kind {
            case .unary("&", let target) where rooted(target): found = true; return
            case .call(let callee, _):
                if case .member(let base, let method, _) = callee.kind, rooted(base), mutatingMethods.contains(method) { found = true; return }
            default: break
            }
            ASTWalk.children(of: e).exprs.forEach(visit)
        }
        func visitStatements(_ list: [Stmt]) {
            for s in list where !found {
                if case .assignment(let target, _, _, _) = s.kind, rooted(target) { found = true; return }
                let (exprs, blocks, _) = ASTWalk.children(of: s)
                exprs.forEach(visit)
                blocks.forEach(visitStatements)
            }
        }
        visitStatements(body)
        return found
    }

    /// The mutating methods of the builtin collections and strings (`x.items.append(…)`).
    static let mutatingMethods: Set<String> = [
        "append", "insert", "remove", "removeAll", "removeFirst", "removeLast", "popLast", "popFirst", "sort", "reverse",
        "shuffle", "swapAt", "removeValue", "updateValue", "merge", "formUnion", "formIntersection", "subtract",
        "formSymmetricDifference", "toggle", "negate", "reserveCapacity", "replaceSubrange",
    ]
}
