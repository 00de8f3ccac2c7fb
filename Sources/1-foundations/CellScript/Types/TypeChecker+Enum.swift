/// What the checker knows of an `enum` a cell declared: cases, associated and raw value types,
/// members. Kept among the lesson's names under the key `enum Name`, so later cells see it.
struct EnumInfo: Sendable, Hashable {
    var name: String
    var cases: [String]
    var payloads: [[StaticType]?]
    var rawType: StaticType?
    /// Instance properties and methods (a method as its function type without `self`).
    var members: [String: StaticType] = [:]
    var methods: Set<String> = []
    var staticMembers: [String: StaticType] = [:]
    var staticMethods: Set<String> = []
    var isError = false
    /// The parameter types of each `init`, and whether any is failable (`init?`).
    var initializers: [[StaticType]] = []
    var hasFailableInit = false
}

/// Typing enum declarations, cases, members and `try`.
extension TypeChecker {
    func enumInfo(_ name: String) -> EnumInfo? {
        if case .enumDeclaration(let info)? = lookup("enum " + name) { return info }
        return nil
    }

    /// The enum a static type names (`Direction` as written in an annotation or inferred).
    func enumName(_ type: StaticType?) -> String? {
        switch type {
        case .enumeration(let name)?: return name
        case .host(let name)?: return enumInfo(name) != nil ? name : nil
        default: return nil
        }
    }

    /// An annotation's type, with the cells' enums recognised.
    func resolved(_ annotation: TypeAnnotation) -> StaticType { normalized(StaticType(annotation)) }

    func normalized(_ type: StaticType) -> StaticType {
        switch type {
        case .host(let name) where enumInfo(name) != nil: return .enumeration(name)
        case .optional(let t): return .optional(normalized(t))
        case .array(let t): return .array(normalized(t))
        case .dictionary(let k, let v): return .dictionary(normalized(k), normalized(v))
        case .tuple(let items, let labels): return .tuple(items.map(normalized), labels: labels)
        case .function(let p, let r): return .function(p.map(normalized), normalized(r))
        default: return type
        }
    }

    func declareEnum(_ decl: EnumDecl) {
        var info = EnumInfo(name: decl.name, cases: decl.cases.map(\.name), payloads: decl.cases.map { _ in nil })
        bind("enum " + decl.name, .enumDeclaration(info))
        info.payloads = decl.cases.map { c in c.associated.map { $0.map { resolved($0.type) } } }
        info.rawType = decl.rawType.map { resolved(.named($0, decl.nameRange)) }
        info.isError = decl.inherited.contains("Error")
        info.initializers = decl.initializers.map { $0.function.parameters.map { $0.type.map(resolved) ?? .unknown } }
        info.hasFailableInit = decl.initializers.contains { $0.isFailable }
        for method in decl.methods {
            let f = method.function
            let type = StaticType.function(f.parameters.map { $0.type.map(resolved) ?? .unknown }, f.returnType.map(resolved) ?? .void)
            if method.isStatic { info.staticMembers[f.name] = type; info.staticMethods.insert(f.name) } else { info.members[f.name] = type; info.methods.insert(f.name) }
        }
        for property in decl.properties {
            let type = property.type.map(resolved) ?? .unknown
            if property.isStatic { info.staticMembers[property.name] = type } else { info.members[property.name] = type }
        }
        bind("enum " + decl.name, .enumDeclaration(info))
    }

    func checkEnum(_ decl: EnumDecl) -> EnumDecl {
        var out = decl
        let selfType = StaticType.enumeration(decl.name)
        let rawType = decl.rawType.map { resolved(.named($0, decl.nameRange)) }
        out.cases = decl.cases.map { c in
            var checked = c
            checked.rawValue = c.rawValue.map { expression($0, expected: rawType).expr }
            return checked
        }
        out.methods = decl.methods.map { method in
            var m = method
            let f = method.function
            let result = f.returnType.map(resolved) ?? .void
            m.function.parameters = f.parameters.map { p in
                var q = p
                q.defaultValue = p.defaultValue.map { expression($0, expected: p.type.map(resolved)).expr }
                return q
            }
            m.function.body = memberBody(f.body, result: result, selfType: method.isStatic ? nil : selfType,
                                         parameters: f.parameters.map { ($0.name, $0.type.map(resolved) ?? .unknown) })
            return m
        }
        out.initializers = decl.initializers.map { initializer in
            var f = initializer.function
            // Default values take their parameter's type (`left: Tree = .empty`), as in methods.
            f.parameters = f.parameters.map { p in
                var q = p
                q.defaultValue = p.defaultValue.map { expression($0, expected: p.type.map(resolved)).expr }
                return q
            }
            f.body = memberBody(f.body, result: .void, selfType: selfType, parameters: f.parameters.map { ($0.name, $0.type.map(resolved) ?? .unknown) })
            return (f, initializer.isFailable)
        }
        out.properties = decl.properties.map { property in
            var p = property
            let type = property.type.map(resolved)
            if property.isStored, case .expression(let value)? = property.getter.first?.kind {
                p.getter = [Stmt(kind: .expression(expression(value, expected: type).expr), range: value.range)]
            } else {
                p.getter = memberBody(property.getter, result: type ?? .unknown, selfType: property.isStatic ? nil : selfType, parameters: [])
            }
            return p
        }
        return out
    }

    /// A method or getter body: `self` and the parameters bound, a lone expression typed by the
    /// declared result (it is returned).
    private func memberBody(_ body: [Stmt], result: StaticType, selfType: StaticType?, parameters: [(String, StaticType)]) -> [Stmt] {
        returnTypes.append(result)
        defer { returnTypes.removeLast() }
        return withScope {
            if let selfType { bind("self", selfType) }
            for (name, type) in parameters { bind(name, type) }
            if body.count == 1, case .expression(let single) = body[0].kind, result != .void {
                let typed = expression(single, expected: result)
                convertible(typed, to: result, specified: false, returning: true)
                return [Stmt(kind: .expression(typed.expr), range: body[0].range)]
            }
            return block(body)
        }
    }

    /// `.north` or `.move(dx:dy:)` where the context expects an enum: `Direction.north`.
    func implicitEnumMember(_ e: Expr, _ name: String, arguments: [Argument]?, expected: StaticType?) -> Typed? {
        guard let enumName = enumName(expected.map(unwrapped)), let info = enumInfo(enumName) else { return nil }
        guard info.cases.contains(name) || info.staticMembers[name] != nil else { return nil }
        let member = Expr(kind: .member(Expr(kind: .identifier(enumName), range: e.range), name: name, nameRange: e.range), range: e.range)
        return Typed(member, enumMemberType(base: member, .unknown, name, typeName: enumName) ?? .unknown)
    }

    /// The type of `Type.name` (a case, `allCases`, a static member) or `value.name` (a raw
    /// value, a property, a method) for a cell's enum; nil for other types.
    func enumMemberType(base: Expr, _ type: StaticType, _ name: String, typeName: String? = nil) -> StaticType? {
        var typeName = typeName
        if typeName == nil, case .identifier(let n) = base.kind, lookup(n) == nil, enumInfo(n) != nil { typeName = n }
        if let typeName, let info = enumInfo(typeName) {
            if let index = info.cases.firstIndex(of: name) {
                guard let payload = info.payloads[index] else { return .enumeration(typeName) }
                return .function(payload, .enumeration(typeName))
            }
            if name == "allCases" { return .array(.enumeration(typeName)) }
            return info.staticMembers[name]
        }
        guard let n = enumName(type), let info = enumInfo(n) else { return nil }
        if name == "rawValue" { return info.rawType }
        return info.members[name]
    }

    /// Calls involving a cell's enum: `.case(…)`/`Type.case(…)` (arguments typed by the
    /// associated values), `Type(rawValue:)`, static and instance methods.
    func enumCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument], expected: StaticType?) -> Typed? {
        var out = e
        var calleeExpr = callee
        if case .implicitMember(let name) = callee.kind {
            guard let member = implicitEnumMember(callee, name, arguments: arguments, expected: expected) else { return nil }
            calleeExpr = member.expr
        }
        if case .identifier(let name) = calleeExpr.kind, lookup(name) == nil, let info = enumInfo(name),
           arguments.count == 1, arguments[0].label == "rawValue" {
            out.kind = .call(calleeExpr, [argumentChecked(arguments[0], info.rawType)])
            return Typed(out, .optional(.enumeration(name)))
        }
        if case .identifier(let name) = calleeExpr.kind, lookup(name) == nil, let info = enumInfo(name), !info.initializers.isEmpty {
            let params = info.initializers.first { $0.count == arguments.count }
            out.kind = .call(calleeExpr, arguments.enumerated().map { argumentChecked($1, params?[$0]) })
            return Typed(out, info.hasFailableInit ? .optional(.enumeration(name)) : .enumeration(name))
        }
        guard case .member(let base, let name, let nameRange) = calleeExpr.kind else { return nil }
        let memberType: StaticType?
        var checkedBase = base
        if case .identifier(let n) = base.kind, lookup(n) == nil, enumInfo(n) != nil {
            memberType = enumMemberType(base: base, .unknown, name)
        } else {
            let receiver = expression(base, expected: nil)
            guard enumName(receiver.type) != nil else { return nil }
            checkedBase = receiver.expr
            memberType = enumMemberType(base: base, receiver.type, name)
        }
        let newCallee = Expr(kind: .member(checkedBase, name: name, nameRange: nameRange), range: calleeExpr.range)
        guard case .function(let params, let result)? = memberType, params.count == arguments.count else {
            out.kind = .call(newCallee, arguments.map { argumentChecked($0, nil) })
            return Typed(out, .unknown)
        }
        out.kind = .call(newCallee, zip(arguments, params).map { argumentChecked($0, $1, reporting: true) })
        return Typed(out, result)
    }

    /// `d == .north`: the implicit member takes the other operand's enum type.
    func unifyEnumOperands(_ a: Typed, _ b: Typed, _ lhs: Expr, _ rhs: Expr) -> (Typed, Typed) {
        func isImplicit(_ e: Expr) -> Bool {
            if case .implicitMember = e.kind { return true }
            if case .call(let callee, _) = e.kind, case .implicitMember = callee.kind { return true }
            return false
        }
        if enumName(a.type) != nil, isImplicit(rhs) { return (a, expression(rhs, expected: a.type)) }
        if enumName(b.type) != nil, isImplicit(lhs) { return (expression(lhs, expected: b.type), b) }
        return (a, b)
    }

    func tryExpression(_ e: Expr, _ kind: TryKind, _ operand: Expr, expected: StaticType?) -> Typed {
        var out = e
        let typed = expression(operand, expected: kind == .optional ? expected.map(unwrapped) : expected)
        out.kind = .tryExpression(kind, typed.expr)
        guard kind == .optional else { return Typed(out, typed.type, literal: typed.isLiteral) }
        rejectOptionalInAny(operand, typed)
        if case .optional = typed.type { return Typed(out, typed.type) }
        return Typed(out, typed.type == .unknown ? .unknown : .optional(typed.type))
    }
}

extension TypeChecker {
    /// `throw .noRatings` in a function declared `throws(E)`: the one error enum with that case.
    func thrownErrorContext(_ value: Expr) -> StaticType? {
        var name: String?
        if case .implicitMember(let n) = value.kind { name = n }
        if case .call(let callee, _) = value.kind, case .implicitMember(let n) = callee.kind { name = n }
        guard let name else { return nil }
        var candidates: Set<String> = []
        for table in [globals] + scopes {
            for case .enumDeclaration(let info) in table.values where info.isError && info.cases.contains(name) { candidates.insert(info.name) }
        }
        return candidates.count == 1 ? .enumeration(candidates.first!) : nil
    }
}

extension TypeChecker {
    /// `[Kind.a, .b(1)]`: the elements' enum type, given to the implicit members among them.
    func joinedEnum(_ typed: inout [Typed], _ exprs: [Expr]) -> StaticType? {
        guard let enumType = typed.first(where: { enumName($0.type) != nil })?.type else { return nil }
        for i in typed.indices where typed[i].type != enumType { typed[i] = expression(exprs[i], expected: enumType) }
        return enumType
    }
}
