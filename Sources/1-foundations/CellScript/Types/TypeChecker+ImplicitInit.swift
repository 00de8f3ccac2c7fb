/// `array = .init(repeating: 0, count: 3)`: `.init(…)` where an array or a set is expected is
/// that collection's initialiser, as Swift reads the implicit member from the context type.
extension TypeChecker {
    /// The call checked as `Array(…)`/`Set(…)` when the context expects one; nil otherwise.
    func implicitCollectionInit(_ e: Expr, _ callee: Expr, _ arguments: [Argument], expected: StaticType?) -> Typed? {
        guard case .implicitMember("init") = callee.kind, let expected else { return nil }
        let name: String
        switch unwrapped(expected) {
        case .array: name = "Array"
        case .set: name = "Set"
        default: return nil
        }
        var call = e
        call.kind = .call(Expr(kind: .identifier(name), range: callee.range), arguments)
        return expression(call, expected: expected)
    }
}
