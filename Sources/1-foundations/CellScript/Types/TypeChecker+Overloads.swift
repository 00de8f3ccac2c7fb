/// Functions overloaded by argument labels or parameter types, resolved as Swift resolves them:
///
/// ```swift
/// func area(radius: Double) -> Double { 3.14159 * radius * radius }
/// func area(side: Int) -> Int { side * side }
/// func describe(_ value: Int) -> String { "Int \(value)" }
/// func describe(_ value: Double) -> String { "Double \(value)" }
/// area(side: 7)      // the labels choose
/// describe(3)        // an Int literal prefers Int over Double
/// ```
///
/// Each declaration of an overloaded name gets its own name in the checked tree (its
/// ``FunctionOverload/symbol``), and every call of the name is rewritten to the declaration it
/// resolves to, so the compiler and runtime see ordinary, distinct functions.
struct FunctionOverload: Sendable {
    /// The declaration's name in the checked tree: `f(_:at:)@3:6` (never a Swift identifier).
    var symbol: String
    var parameters: [Signature.Parameter]
    var types: [StaticType]
    var result: StaticType
}

extension TypeChecker {
    /// The name an overloaded declaration takes in the checked tree: its Swift name (with
    /// labels) and where it is declared, so each declaration's name is unique.
    static func overloadSymbol(_ decl: FunctionDecl) -> String {
        let labels = decl.parameters.map { ($0.label ?? "_") + ":" }.joined()
        return "\(decl.name)(\(labels))@\(decl.nameRange.start.line):\(decl.nameRange.start.column)"
    }

    private static func overloadKey(_ name: String, depth: Int) -> String { "\(depth)/\(name)" }

    /// Declares the function names that a block declares more than once; returns those names.
    /// A second declaration with the same labels, parameter types and result is Swift's
    /// "invalid redeclaration".
    func declareOverloads(_ statements: [Stmt]) -> Set<String> {
        var declarations: [String: [FunctionDecl]] = [:]
        var order: [String] = []
        for statement in statements {
            guard case .function(let decl) = statement.kind else { continue }
            if declarations[decl.name] == nil { order.append(decl.name) }
            declarations[decl.name, default: []].append(decl)
        }
        var overloaded: Set<String> = []
        for name in order {
            guard let decls = declarations[name], decls.count > 1 else { continue }
            overloaded.insert(name)
            var set: [FunctionOverload] = []
            for decl in decls {
                guard case .function(let types, let result) = functionType(decl) else { continue }
                let parameters = decl.parameters.map {
                    Signature.Parameter(label: $0.label, name: $0.name, type: $0.type?.description ?? "Any",
                                        hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic)
                }
                let overload = FunctionOverload(symbol: Self.overloadSymbol(decl), parameters: parameters, types: types, result: result)
                if set.contains(where: { $0.parameters.map(\.label) == parameters.map(\.label) && $0.types == types && $0.result == result }) {
                    // Swift names the function with its labels when it has any.
                    let labels = parameters.map { ($0.label ?? "_") + ":" }.joined()
                    let shown = parameters.allSatisfy { $0.label == nil } ? name : "\(name)(\(labels))"
                    error("invalid redeclaration of '\(shown)'", decl.nameRange)
                }
                set.append(overload)
                bind(overload.symbol, .function(types, result))
                overloadedSymbols.insert(overload.symbol)
            }
            overloadTable[Self.overloadKey(name, depth: scopes.count)] = set
        }
        return overloaded
    }

    /// The overloads a call of `name` reaches from here: nil when a nearer scope binds the name
    /// to one value or function.
    private func overloads(named name: String) -> [FunctionOverload]? {
        for depth in stride(from: scopes.count, through: 0, by: -1) {
            let scope = depth == 0 ? globals : scopes[depth - 1]
            if scope[name] != nil { return nil }
            if let set = overloadTable[Self.overloadKey(name, depth: depth)],
               set.allSatisfy({ scope[$0.symbol] != nil }) {
                return set
            }
        }
        return nil
    }

    /// `name(arguments)` when `name` is overloaded: the call of the declaration Swift would
    /// choose, or "ambiguous use of 'name'" / "no exact matches" at the callee.
    func overloadedCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument], expected: StaticType?) -> Typed? {
        guard case .identifier(let name) = callee.kind, let candidates = overloads(named: name) else { return nil }
        // The arguments' own types, without their diagnostics (they are checked again against
        // the chosen declaration's parameters).
        let (diagnosticCount, rewriteCount) = (diagnostics.count, rewrites.count)
        let argumentTypes = arguments.map { Self.isAnyCoercion($0.value) ? .unknown : expression($0.value, expected: nil).type }
        diagnostics.removeSubrange(diagnosticCount...)
        rewrites.removeSubrange(rewriteCount...)
        let shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        var scored: [(overload: FunctionOverload, score: Int)] = []
        for candidate in candidates {
            guard let sources = try? ArgumentMatcher.match(candidate.parameters, shape, callee: name),
                  let score = overloadScore(candidate, sources, arguments, argumentTypes, expected: expected) else { continue }
            scored.append((candidate, score))
        }
        guard let best = scored.map(\.score).min() else {
            error("no exact matches in call to global function '\(name)'", callee.range)
            return Typed(e, .unknown)
        }
        let chosen = scored.filter { $0.score == best }
        guard chosen.count == 1 else {
            error("ambiguous use of '\(name)'", callee.range)
            return Typed(e, .unknown)
        }
        let resolved = Expr(kind: .identifier(chosen[0].overload.symbol), range: callee.range)
        return call(e, resolved, arguments, expected: expected)
    }

    /// `name` used as a value (`let g: (Int) -> Int = f`): the declaration whose function type
    /// the context names, else Swift's "ambiguous use of 'name'".
    func overloadReference(_ e: Expr, _ name: String, expected: StaticType?) -> Typed? {
        guard let candidates = overloads(named: name) else { return nil }
        let matching = candidates.filter { expected == .function($0.types, $0.result) }
        guard matching.count == 1 else {
            error("ambiguous use of '\(name)'", e.range)
            return Typed(e, .unknown)
        }
        return Typed(Expr(kind: .identifier(matching[0].symbol), range: e.range), expected ?? .unknown)
    }

    /// How well a declaration fits a call (lower is better, as Swift ranks solutions), nil when
    /// it cannot take the arguments.
    private func overloadScore(_ candidate: FunctionOverload, _ sources: [ArgumentMatcher.Source], _ arguments: [Argument],
                               _ argumentTypes: [StaticType], expected: StaticType?) -> Int? {
        var score = 0
        for (index, source) in sources.enumerated() where index < candidate.types.count {
            let parameter = candidate.types[index]
            switch source {
            case .defaulted:
                continue
            case .argument(let a):
                guard let fit = argumentFit(argumentTypes[a], arguments[a].value, parameter) else { return nil }
                score += fit
            case .variadic(let taken):
                let element: StaticType = if case .array(let t) = parameter { t } else { .unknown }
                for a in taken {
                    guard let fit = argumentFit(argumentTypes[a], arguments[a].value, element) else { return nil }
                    score += fit
                }
            }
        }
        // The context's type chooses among results (`let n: Int = parse("4")`).
        if let expected, expected.isKnown, candidate.result.isKnown, candidate.result != expected {
            if case .optional(let wrapped) = expected, wrapped == candidate.result { return score + 1 }
            return nil
        }
        return score
    }

    /// The cost of passing an argument of static type `argument` to a parameter of type
    /// `parameter`: 0 exact, 1 a literal's or optional's conversion, 2 an `Any` or generic
    /// parameter, 3 an argument the checker cannot type; nil when it cannot be passed.
    private func argumentFit(_ argument: StaticType, _ value: Expr, _ parameter: StaticType) -> Int? {
        if case .nilLiteral = value.kind {
            if case .optional = parameter { return 0 }
            return parameter == .unknown ? 2 : nil
        }
        if argument == parameter && parameter.isKnown { return 0 }
        if parameter == .unknown { return 2 }
        if case .optional(let wrapped) = parameter, argument != .unknown {
            if case .optional(let inner) = argument { return argumentFit(inner, value, wrapped) }
            return argumentFit(argument, value, wrapped).map { $0 + 1 }
        }
        if argument == .unknown || !argument.isKnown { return 3 }
        if Compiler.isNumericLiteral(value) {
            if argument == .int && parameter.isFloatingPoint { return 1 }
            if argument == .double && parameter == .float { return 1 }
        }
        if Self.mismatch(argument, parameter) == true { return nil }
        return parameter.isKnown ? 3 : 2
    }
}
