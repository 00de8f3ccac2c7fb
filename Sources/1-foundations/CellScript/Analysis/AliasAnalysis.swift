/// Which top-level names a cell's declarations may share objects with: for `let opt =
/// Adam(G.parameters, lr: 2e-4)`, `opt` holds `G`'s parameter tensors, so a later `opt.step()`
/// changes `G`. The notebook joins such names, so that a cell that changes one is seen to change
/// the other.
///
/// A declared name is linked to the root name of every argument of every call in its initial
/// value (`G` in `G.parameters`), and to a value assigned or returned whole (`let H = G`). The
/// callee itself is not an argument: `let samples = G(z)` links `samples` to `z`, not to `G`.
public enum AliasAnalysis {
    /// Declared name → names it may share objects with.
    ///
    /// - Parameter freshFunctions: functions whose result never holds their arguments
    ///   (`uniform([n, zDim])`, `concat(…)`): their arguments create no link.
    public static func links(_ source: String, freshFunctions: Set<String> = []) -> [String: Set<String>] {
        links(ParsedCell(source), freshFunctions: freshFunctions)
    }

    /// The links of a cell parsed once (see ``ParsedCell``).
    public static func links(_ cell: ParsedCell, freshFunctions: Set<String> = []) -> [String: Set<String>] {
        DeepStack.run { linksOnThisThread(cell.statements, freshFunctions: freshFunctions) }
    }

    private static func linksOnThisThread(_ statements: [Stmt], freshFunctions: Set<String>) -> [String: Set<String>] {
        var links: [String: Set<String>] = [:]
        for statement in statements {
            guard case .declaration(_, let pattern, _, let value?) = statement.kind else { continue }
            var roots = Set<String>()
            if let whole = rootName(value) { roots.insert(whole) }
            collectArguments(value, into: &roots, fresh: freshFunctions)
            for (name, _) in pattern.names where !roots.isEmpty { links[name, default: []].formUnion(roots) }
        }
        return links
    }

    private static func rootName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .identifier(let name): return name
        case .member(let base, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base): return rootName(base)
        case .optionalChain(let base), .optionalBind(let base): return rootName(base)
        default: return nil
        }
    }

    private static func collectArguments(_ expr: Expr, into roots: inout Set<String>, fresh: Set<String> = []) {
        switch expr.kind {
        case .call(let callee, let arguments):
            if case .identifier(let name) = callee.kind, fresh.contains(name) { return }
            collectArguments(callee, into: &roots, fresh: fresh)
            for argument in arguments {
                if let root = rootName(argument.value) { roots.insert(root) }
                collectArguments(argument.value, into: &roots, fresh: fresh)
            }
        case .member(let base, _, _), .forceUnwrap(let base), .unary(_, let base):
            collectArguments(base, into: &roots, fresh: fresh)
        case .subscriptAccess(let base, let arguments):
            collectArguments(base, into: &roots, fresh: fresh)
            for argument in arguments { collectArguments(argument.value, into: &roots, fresh: fresh) }
        case .binary(_, let left, let right, _):
            collectArguments(left, into: &roots, fresh: fresh)
            collectArguments(right, into: &roots, fresh: fresh)
        case .ternary(let a, let b, let c):
            for part in [a, b, c] { collectArguments(part, into: &roots, fresh: fresh) }
        case .array(let items), .tuple(let items):
            for item in items {
                if let root = rootName(item) { roots.insert(root) }
                collectArguments(item, into: &roots, fresh: fresh)
            }
        case .dictionary(let pairs):
            for pair in pairs {
                if let root = rootName(pair.value) { roots.insert(root) }
                collectArguments(pair.value, into: &roots, fresh: fresh)
            }
        default:
            break
        }
    }
}
