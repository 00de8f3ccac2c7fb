/// Typing `switch` (patterns, bindings, exhaustiveness as Swift checks it), labelled
/// statements, `throw`, `do`/`catch` and `defer`.
extension TypeChecker {
    func checkControl(_ statement: Stmt) -> Stmt.Kind {
        switch statement.kind {
        case .switchStatement(let subject, let cases):
            let typed = expression(subject, expected: nil)
            let checked = cases.map { c in
                withScope { () -> SwitchCase in
                    var out = c
                    out.patterns = c.patterns.map { checkGuarded($0, typed.type) }
                    out.body = block(c.body)
                    return out
                }
            }
            if !isExhaustive(checked, typed.type) {
                error("switch must be exhaustive", statement.range.start.keywordRange(length: 6))
            }
            return .switchStatement(typed.expr, checked)
        case .labeled(let label, let inner):
            return .labeled(label, check(inner))
        case .enumDeclaration(let decl):
            return .enumDeclaration(checkEnum(decl))
        case .throwStatement(let value):
            let typed = expression(value, expected: thrownErrorContext(value))
            if [.int, .double, .float, .bool, .string, .character].contains(typed.type) || { if case .array = typed.type { return true } else { return false } }() {
                error("thrown expression type '\(typed.type)' does not conform to 'Error'", value.range)
            }
            return .throwStatement(typed.expr)
        case .doCatch(let body, let clauses):
            let checkedBody = block(body)
            let checkedClauses = clauses.map { clause in
                withScope { () -> CatchClause in
                    var out = clause
                    if clause.patterns.isEmpty { bind("error", .unknown) }
                    out.patterns = clause.patterns.map { checkGuarded($0, .unknown) }
                    out.body = block(clause.body)
                    return out
                }
            }
            return .doCatch(checkedBody, checkedClauses)
        case .deferStatement(let body):
            return .deferStatement(block(body))
        default:
            return statement.kind
        }
    }

    private func checkGuarded(_ guarded: GuardedPattern, _ type: StaticType) -> GuardedPattern {
        var out = guarded
        out.pattern = checkPattern(guarded.pattern, type)
        out.whereClause = guarded.whereClause.map { expression($0, expected: .bool).expr }
        return out
    }

    /// Binds the names of a pattern matched against a value of `type`, and types its values.
    func checkPattern(_ pattern: CasePattern, _ type: StaticType) -> CasePattern {
        switch pattern {
        case .wildcard:
            return pattern
        case .binding(let name, _):
            bind(name, type)
            return pattern
        case .value(let expr):
            let context: StaticType? = type == .unknown ? nil : type
            if case .binary(let op, let lhs, let rhs, let opRange) = expr.kind, op == "..<" || op == "...", type.isFloatingPoint {
                // `case 25..<30` over a Double: the bounds are Doubles.
                var out = expr
                out.kind = .binary(op: op, expression(lhs, expected: type).expr, expression(rhs, expected: type).expr, opRange: opRange)
                return .value(out)
            }
            if case .binary(let op, let lhs, let rhs, _) = expr.kind, op == "..<" || op == "...", type == .character || type == .string {
                // `case "a"..."z"`: compared bound by bound.
                return .oneSidedRange(lower: expression(lhs, expected: type).expr, upper: expression(rhs, expected: type).expr, closed: op == "...")
            }
            let typed = expression(expr, expected: context)
            if let custom = userPatternMatch(typed, type) { return custom }
            return .value(typed.expr)
        case .tuple(let items, let labels):
            var types: [StaticType] = items.map { _ in .unknown }
            if case .tuple(let t, _) = type, t.count == items.count { types = t }
            return .tuple(zip(items, types).map { checkPattern($0, $1) }, labels: labels)
        case .enumCase(let typeName, let name, let arguments, let labels, let range):
            if let typeName, enumInfo(typeName) == nil, typeName != "Optional" {
                let base = Expr(kind: .identifier(typeName), range: range)
                return checkPattern(.value(Expr(kind: .member(base, name: name, nameRange: range), range: range)), type)
            }
            var payload: [StaticType]?
            if let info = enumInfo(typeName ?? enumName(unwrapped(type)) ?? ""), let index = info.cases.firstIndex(of: name) {
                payload = info.payloads[index]
            } else if case .optional(let wrapped) = type, name == "some" {
                payload = [wrapped]
            }
            guard let arguments else { return pattern }
            var types: [StaticType] = arguments.map { _ in .unknown }
            if let payload {
                if payload.count == arguments.count { types = payload } else if arguments.count == 1 { types = [.tuple(payload, labels: payload.map { _ in nil })] }
            }
            return .enumCase(type: typeName, name: name, arguments: zip(arguments, types).map { checkPattern($0, $1) }, labels: labels, range: range)
        case .optional(let inner):
            if case .optional(let wrapped) = type { return .optional(checkPattern(inner, wrapped)) }
            return .optional(checkPattern(inner, .unknown))
        case .oneSidedRange(let lower, let upper, let closed):
            let context: StaticType? = type == .unknown ? nil : type
            return .oneSidedRange(lower: lower.map { expression($0, expected: context).expr }, upper: upper.map { expression($0, expected: context).expr }, closed: closed)
        case .cast(let inner, let typeName, let range):
            let target = enumInfo(typeName) != nil ? StaticType.enumeration(typeName) : normalized(StaticType(.named(typeName, range)))
            return .cast(inner.map { checkPattern($0, target == .host("Error") ? .unknown : target) }, type: typeName, range: range)
        }
    }

    // MARK: exhaustiveness

    /// One point of a finite value space: a Bool, an enum case, or "any other value".
    private indirect enum Point: Hashable {
        case bool(Bool)
        case enumCase(String)
        case other
        /// An optional: `nil`, or a value of the wrapped type.
        case none
        case some(Point)
    }

    /// Whether the cases cover every value of `type`, as Swift requires: a `default`, an
    /// irrefutable pattern, or (for Bool, enums and tuples of them) every combination covered
    /// by an unguarded case. Subjects of unknown type are checked when the switch runs.
    private func isExhaustive(_ cases: [SwitchCase], _ type: StaticType) -> Bool {
        if cases.contains(where: \.isDefault) { return true }
        let patterns = cases.flatMap { $0.patterns.filter { $0.whereClause == nil }.map(\.pattern) }
        if patterns.contains(where: \.isIrrefutable) { return true }
        guard type.isKnown else { return true }
        guard let space = points(type) else { return false }
        return space.allSatisfy { point in patterns.contains { covers($0, point) } }
    }

    /// Every combination of values of a type made of Bools, enums (without associated-value
    /// detail) and tuples of them; `other` stands for the values of any other type.
    private func points(_ type: StaticType) -> [[Point]]? {
        switch type {
        case .bool: return [[.bool(false)], [.bool(true)]]
        case .enumeration, .host:
            guard let name = enumName(type), let info = enumInfo(name) else { return [[.other]] }
            return info.cases.map { [.enumCase($0)] }
        case .optional(let wrapped):
            guard let inner = points(wrapped) else { return nil }
            return [[.none]] + inner.map { $0.count == 1 ? [.some($0[0])] : [.some(.other)] }
        case .tuple(let items, _):
            var product: [[Point]] = [[]]
            for item in items {
                guard let choices = points(item) else { return nil }
                product = product.flatMap { prefix in choices.map { prefix + $0 } }
                if product.count > 4096 { return nil }
            }
            return product
        default: return [[.other]]
        }
    }

    private func covers(_ pattern: CasePattern, _ point: [Point]) -> Bool {
        if pattern.isIrrefutable { return true }
        switch pattern {
        case .tuple(let items, _):
            guard items.count == point.count else { return false }
            return zip(items, point).allSatisfy { covers($0, [$1]) }
        case .value(let expr):
            guard point.count == 1 else { return false }
            if case .none = point[0], case .nilLiteral = expr.kind { return true }
            guard case .bool(let b) = point[0], case .bool(let literal) = expr.kind else { return false }
            return b == literal
        case .enumCase(_, let name, let arguments, _, _):
            guard point.count == 1 else { return false }
            if case .none = point[0] { return name == "none" }
            if case .some(let inner) = point[0] {
                // `.some(p)`, or an enum case matched through the optional (`case .left` on `E?`).
                if name == "some", let arguments, arguments.count == 1 { return covers(arguments[0], [inner]) }
                return covers(pattern, [inner])
            }
            guard case .enumCase(let c) = point[0], c == name else { return false }
            return (arguments ?? []).allSatisfy(\.isIrrefutable)
        case .optional(let inner):
            guard point.count == 1, case .some(let wrapped) = point[0] else { return false }
            return covers(inner, [wrapped])
        default:
            return false
        }
    }
}

private extension SourceLocation {
    /// The range of a keyword of `length` scalars starting here (errors pointing at a keyword).
    func keywordRange(length: Int) -> SourceRange {
        SourceRange(self, SourceLocation(line: line, column: column + length, offset: offset + length))
    }
}

extension TypeChecker {
    /// The common type of tuple elements of a collection literal whose positions mix Int and
    /// Double (`[(0.0, 0.0), (2.5, 0)]` is `[(Double, Double)]`); nil when nothing to join.
    func joinedTuple(_ typed: [Typed]) -> StaticType? {
        guard case .tuple(let first, let labels)? = typed.first?.type else { return nil }
        var columns: [[StaticType]] = first.map { _ in [] }
        for t in typed {
            guard case .tuple(let items, _) = t.type, items.count == first.count else { return nil }
            for (i, item) in items.enumerated() { columns[i].append(item) }
        }
        var joined = first
        for (i, column) in columns.enumerated() where column.contains(.double) && column.allSatisfy({ $0 == .double || $0 == .int }) {
            joined[i] = .double
        }
        return joined == first && typed.allSatisfy({ $0.type == typed[0].type }) ? nil : .tuple(joined, labels: labels)
    }
}
