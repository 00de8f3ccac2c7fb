/// Methods of a cell struct with the same labels and other parameter types, resolved by the
/// arguments' types as Swift resolves them:
///
/// ```swift
/// mutating func insert(_ value: T) { … }
/// mutating func insert<S: Sequence>(_ sequence: S) where S.Element == T { … }
/// heap.insert(15)          // T: an Int is not a sequence
/// heap.insert([5, 3, 8])   // S: on a Heap<Int>, [Int] is not a T
/// ```
///
/// Each later declaration gets its own name in the checked tree (``StructInfo/Method/symbol``)
/// and every call is rewritten to the declaration it resolves to, as for top-level overloads.
extension TypeChecker {
    /// The symbol a method declaration takes in the checked tree (nil: it keeps its name).
    func overloadedMethodSymbol(_ info: StructInfo, _ decl: FunctionDecl) -> String? {
        let symbol = Self.overloadSymbol(decl)
        return info.overloads[decl.name]?.contains(where: { $0.symbol == symbol }) == true ? symbol : nil
    }

    /// The method a call chooses: by labels, then (several with the call's labels) by the
    /// arguments' types against the parameters' (instantiated for `receiver`). A parameter of a
    /// generic type constrained to `Sequence` takes sequences only; an argument of a type not
    /// known (a generic value) prefers an unconstrained parameter, as Swift's `T` does.
    func chooseMethod(_ info: StructInfo, _ name: String, _ arguments: [Argument], _ receiver: StaticType) -> StructInfo.Method? {
        guard let all = info.overloads[name] else { return info.methods[name] }
        let shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        let matching = all.filter { (try? ArgumentMatcher.match($0.parameters, shape, callee: name)) != nil }
        guard matching.count > 1 else { return matching.first ?? info.methods[name] }
        let argumentTypes = probedTypes(arguments)
        var best: (score: Int, method: StructInfo.Method)?
        for candidate in matching {
            let method = instantiated(candidate, for: receiver)
            guard let sources = try? ArgumentMatcher.match(method.parameters, shape, callee: name) else { continue }
            var score = 0
            var rejected = false
            for (i, source) in sources.enumerated() {
                guard case .argument(let k) = source, i < method.types.count else { continue }
                let argument = argumentTypes[k]
                if case .named(let n, _)? = i < candidate.written.count ? candidate.written[i] : nil, candidate.sequenceGenerics.contains(n) {
                    if argument == .unknown { score -= 1 } else if Self.isSequenceType(argument) { score += 2 } else { rejected = true }
                } else if let s = Self.compatibility(argument, method.types[i]) {
                    score += s
                } else {
                    rejected = true
                }
            }
            if !rejected, best == nil || score > best!.score { best = (score, candidate) }
        }
        return best?.method ?? matching.first
    }

    /// The arguments' types as they read on their own (closures: not known), leaving no
    /// diagnostics or rewrites behind (the call checks the arguments again against the choice).
    private func probedTypes(_ arguments: [Argument]) -> [StaticType] {
        let savedDiagnostics = diagnostics, savedRewrites = rewrites
        defer { diagnostics = savedDiagnostics; rewrites = savedRewrites }
        return arguments.map { argument in
            if case .closure = argument.value.kind { return .unknown }
            return expression(argument.value, expected: nil).type
        }
    }

    static func isSequenceType(_ type: StaticType) -> Bool {
        switch type {
        case .array, .set, .dictionary, .range, .string, .view: return true
        default: return false
        }
    }

    /// How well an argument of type `argument` fits a parameter of type `parameter`: nil when
    /// it cannot, 2 for the same known type, 1 for a literal-like widening, 0 when a side is
    /// not known.
    static func compatibility(_ argument: StaticType, _ parameter: StaticType) -> Int? {
        if argument == .unknown || parameter == .unknown { return 0 }
        if argument == parameter { return 2 }
        switch (argument, parameter) {
        case (.int, .double), (.int, .float), (.double, .float): return 1
        case (.array(let a), .array(let p)), (.set(let a), .set(let p)), (.array(let a), .set(let p)):
            return compatibility(a, p).map { min($0, 1) }
        case (_, .optional(let p)): return compatibility(argument, p).map { min($0, 1) }
        case (.dictionary(let ak, let av), .dictionary(let pk, let pv)):
            guard let k = compatibility(ak, pk), let v = compatibility(av, pv) else { return nil }
            return min(k, v, 1)
        case (.tuple(let a, _), .tuple(let p, _)) where a.count == p.count:
            var total = 1
            for (x, y) in zip(a, p) {
                guard let s = compatibility(x, y) else { return nil }
                total = min(total, s)
            }
            return total
        default:
            if !argument.isKnown || !parameter.isKnown { return 0 }
            if case .function = argument, case .function = parameter { return 0 }
            return nil
        }
    }
}
