import Foundation

/// `type(of: x)`: the static type's name as Swift prints a metatype (`Array<Int>`,
/// `Optional<Double>`, `(key: String, value: Int)`).
extension TypeChecker {
    func typeOf(_ e: Expr, _ argument: Argument) -> Typed {
        let typed = expression(argument.value, expected: nil)
        guard let name = Self.metatypeName(typed.type, structs: structs) else {
            error(Unsupported.message("type(of:)") + " on a value whose type is not known before the cell runs", e.range)
            return Typed(e, .unknown)
        }
        let text = Expr(kind: .string(name), range: e.range)
        if OptionalChain.isPath(typed.expr) { return Typed(text, .string) }
        // The argument still runs once, for what it prints or changes.
        var closure = ClosureExpr(parameters: [], body: [
            Stmt(kind: .assignment(target: Expr(kind: .identifier("_"), range: e.range), op: nil, value: typed.expr, opRange: e.range), range: e.range),
            Stmt(kind: .returnStatement(text), range: e.range),
        ])
        closure.isStatementExpression = true
        let call = Expr(kind: .call(Expr(kind: .closure(closure), range: e.range), []), range: e.range)
        return Typed(call, .string)
    }

    static func metatypeName(_ type: StaticType, structs: [String: StructInfo]) -> String? {
        func name(_ t: StaticType) -> String? { metatypeName(t, structs: structs) }
        switch type {
        case .int, .double, .float, .bool, .string, .character, .void, .range, .function, .enumeration, .fixedInt:
            return type.isKnown ? type.description : nil
        case .optional(let t): return name(t).map { "Optional<\($0)>" }
        case .array(let t): return name(t).map { "Array<\($0)>" }
        case .set(let t): return name(t).map { "Set<\($0)>" }
        case .dictionary(let k, let v):
            guard let k = name(k), let v = name(v) else { return nil }
            return "Dictionary<\(k), \(v)>"
        case .tuple(let items, let labels):
            let parts = items.map(name)
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            return "(" + zip(parts, labels).map { part, label in (label.map { "\($0): " } ?? "") + part! }.joined(separator: ", ") + ")"
        case .nominal(let n): return structs[n]?.isGeneric == true ? nil : n
        case .genericNominal(let n, let arguments):
            let parts = arguments.compactMap(name)
            return parts.count == arguments.count ? n + "<" + parts.joined(separator: ", ") + ">" : nil
        case .host, .view, .unknown, .enumDeclaration, .stringIndex: return nil
        }
    }
}
