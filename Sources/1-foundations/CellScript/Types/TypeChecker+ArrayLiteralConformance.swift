/// `ExpressibleByArrayLiteral` on a cell struct: an array literal where a value of the struct
/// is expected (`var heap: Heap<Int> = [5, 3]`, an argument, a return value) is built by the
/// struct's `init(arrayLiteral:)`, as Swift builds it: `Heap(arrayLiteral: 5, 3)`.
extension TypeChecker {
    /// The literal as the initialiser call (nil when the expected type is not such a struct).
    func arrayLiteralConformance(_ e: Expr, _ items: [Expr], _ expected: StaticType?) -> Typed? {
        guard let expected, let name = unwrapped(expected).structName, let info = structs[name],
              info.conformances.contains("ExpressibleByArrayLiteral"), !items.isEmpty,
              info.initializers.contains(where: { $0.parameters.first?.label == "arrayLiteral" }) else { return nil }
        let callee = Expr(kind: .identifier(name), range: e.range)
        let arguments = items.enumerated().map { i, item in
            Argument(label: i == 0 ? "arrayLiteral" : nil, labelRange: nil, value: item)
        }
        let instance = unwrapped(expected)
        rewrote("array literal is \(name)(arrayLiteral:)", e.range)
        var typed = initializerCall(Expr(kind: .call(callee, arguments), range: e.range), callee, info, arguments,
                                    instance: instance == .nominal(name) ? nil : instance)
        if case .genericNominal = instance, typed.type == .nominal(name) { typed.type = instance }
        return typed
    }
}
