/// Generic type arguments the checker keeps: the order of a generic struct's parameters, the
/// types its stored properties are written with (`[T]`, not the `[Any]` the body reads), and
/// `Queue<String>(…)` in an expression, so that a value's type arguments are known where Swift
/// prints them (`Queue<String>(elements: ["a"])`, `type(of: q)`).
extension Parser {
    /// The generic parameters' names in the order written (`<Node: Hashable, EdgeValue>`),
    /// without consuming anything.
    func orderedGenericParameters() -> [String] {
        guard check("<") else { return [] }
        var probe = self
        probe.advance()
        var names: [String] = []
        var depth = 1
        var expectsName = true
        while !probe.atEnd {
            if probe.check("<") {
                depth += 1
            } else if probe.check(">") {
                depth -= 1
                if depth == 0 { break }
            } else if probe.check(",") && depth == 1 {
                expectsName = true
                probe.advance()
                continue
            } else if expectsName, depth == 1, let name = probe.current.identifier {
                names.append(name)
                expectsName = false
            }
            probe.advance()
        }
        return names
    }

    /// The type a stored property is written with, generic parameters kept by name (read
    /// again from where `parseType` started); nil outside a generic type.
    func writtenType(from start: Parser, generics: [String]) -> TypeAnnotation? {
        guard !generics.isEmpty else { return nil }
        var probe = start
        probe.genericNames.subtract(generics)
        return try? probe.parseType()
    }

    /// `Queue<String>(…)` where `Queue` is a generic struct of this cell: the written type
    /// arguments as `Queue[String]` (a form no Swift program writes, like `Set[T]`), which the
    /// checker turns into a call typed `Queue<String>`. Nil (nothing consumed) otherwise.
    mutating func genericStructCallee(_ token: Token, _ name: String) -> Expr? {
        guard declaredGenerics[name] != nil, check("<"), !current.spaceBefore else { return nil }
        var probe = self
        probe.advance()
        let count = diagnostics.count
        var arguments: [TypeAnnotation] = []
        repeat {
            guard let argument = try? probe.parseType(), probe.diagnostics.count == count else { return nil }
            arguments.append(argument)
        } while probe.match(",")
        guard probe.check(">") else { return nil }
        let close = probe.advance()
        guard probe.check("("), !probe.current.spaceBefore else { return nil }
        self = probe
        let range = token.range.union(close.range)
        let base = Expr(kind: .identifier(name), range: token.range)
        return Expr(kind: .subscriptAccess(base, arguments.map { Argument(label: nil, labelRange: nil, value: Self.typeExpression($0, range)) }), range: range)
    }

    /// `Queue<Double>` in an annotation, where `Queue` is a generic struct of this cell and the
    /// annotation is outside generic code (there the arguments name generic parameters, read
    /// as `Any`): the type with its arguments. Nil otherwise (the arguments are dropped).
    func appliedGenericType(_ name: String, _ arguments: [TypeAnnotation], _ range: SourceRange) -> TypeAnnotation? {
        guard declaredGenerics[name] != nil, genericNames.isEmpty, !arguments.isEmpty else { return nil }
        return .applied(name, arguments, range)
    }

    /// The protocols whose conforming arguments are iterated as sequences in cells.
    static let sequenceProtocols: Set<String> = [
        "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection", "RangeReplaceableCollection",
    ]

    /// Of `<S: Sequence, T>` (at `<`), the parameters constrained to a sequence protocol.
    func sequenceConstrainedGenerics() -> Set<String> {
        guard check("<") else { return [] }
        var names: Set<String> = []
        var k = 1
        var depth = 1
        while depth > 0 {
            let token = peekToken(k)
            if case .endOfFile = token.kind { break }
            if token.isSymbol("<") { depth += 1 } else if token.isSymbol(">") { depth -= 1 }
            if depth == 1, let name = token.identifier, peekToken(k + 1).isSymbol(":"),
               let constraint = peekToken(k + 2).identifier, Self.sequenceProtocols.contains(constraint) {
                names.insert(name)
            }
            k += 1
        }
        return names
    }

    /// In a `where` clause (at `where`): `S.Element == T` and `S.Iterator.Element == T` as
    /// `[S: T]`, without consuming anything.
    func whereElementEqualities() -> [String: String] {
        var out: [String: String] = [:]
        var k = 1
        while true {
            let token = peekToken(k)
            if case .endOfFile = token.kind { break }
            if token.isSymbol("{") { break }
            if let base = token.identifier, peekToken(k + 1).isSymbol(".") {
                var j = k + 2
                if peekToken(j).identifier == "Iterator", peekToken(j + 1).isSymbol(".") { j += 2 }
                if peekToken(j).identifier == "Element", peekToken(j + 1).isSymbol("=="), let element = peekToken(j + 2).identifier {
                    out[base] = element
                }
            }
            k += 1
        }
        return out
    }
}
