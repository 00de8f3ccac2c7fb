/// What the checker knows of a cell `struct` (with its extensions): the types of its stored,
/// computed and static properties, its methods' and initialisers' signatures, conformances.
struct StructInfo: Sendable {
    struct Field: Sendable {
        var name: String
        var type: StaticType
        var isLet: Bool
        var hasDefault: Bool
        /// In a generic struct, the type as written (`[T]`), see `TypeChecker+GenericArguments.swift`.
        var written: TypeAnnotation? = nil
    }

    struct Computed: Sendable {
        var type: StaticType
        var settable: Bool
    }

    struct Method: Sendable {
        var parameters: [Signature.Parameter]
        var types: [StaticType]
        var result: StaticType
        var isMutating: Bool
        var functionType: StaticType { .function(types, result) }
        /// In a generic struct, the parameter and result types as written (`T`, `T?`), see
        /// `TypeChecker+GenericArguments.swift`.
        var written: [TypeAnnotation?] = []
        var writtenResult: TypeAnnotation? = nil
        var variadic: [Bool] = []
        /// The method's own generic parameters and those constrained to a sequence protocol.
        var ownGenerics: Set<String> = []
        var sequenceGenerics: Set<String> = []
        var sequenceElements: [String: String] = [:]
        /// Its name in the checked tree when another method has the same labels but other
        /// parameter types (see `TypeChecker+MethodOverloads.swift`); nil: its own name.
        var symbol: String? = nil
        /// The parameter types as written, which tell overloads with the same labels apart.
        var signature: [String] = []
    }

    var name: String
    var fields: [Field] = []
    var computed: [String: Computed] = [:]
    var methods: [String: Method] = [:]
    /// Every method of a name when several differ by labels.
    var overloads: [String: [Method]] = [:]

    /// The method a call's labels choose.
    func method(_ name: String, _ arguments: [Argument]) -> Method? {
        guard let all = overloads[name] else { return methods[name] }
        let shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        return all.first { (try? ArgumentMatcher.match($0.parameters, shape, callee: name)) != nil } ?? methods[name]
    }
    var staticProperties: [String: Field] = [:]
    var staticMethods: [String: Method] = [:]
    var initializers: [Method] = []
    var hasOwnInitializer = false
    var conformances: Set<String> = []
    var isGeneric = false
    /// The generic parameters in the order written (`struct Pair<A, B>`).
    var genericParameters: [String] = []
    var isClass = false
    /// Members added to a builtin type by `extension Int { … }` (no initialisers of its own).
    var isBuiltin = false

    /// The static type of `self` in the members.
    var selfType: StaticType {
        guard isBuiltin else { return .nominal(name) }
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "String": return .string
        case "Bool": return .bool
        default: return .array(.unknown)
        }
    }

    /// The extension table a value of a builtin static type finds its added members in.
    static func builtinName(_ type: StaticType) -> String? {
        switch type {
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .bool: return "Bool"
        case .array: return "Array"
        default: return nil
        }
    }

    var isEquatable: Bool { !conformances.isDisjoint(with: ["Equatable", "Hashable", "Comparable"]) || staticMethods["=="] != nil }

    func instanceMemberType(_ member: String) -> StaticType? {
        if let field = fields.first(where: { $0.name == member }) { return field.type }
        return computed[member]?.type ?? methods[member]?.functionType
    }

    func staticMemberType(_ member: String) -> StaticType? {
        staticProperties[member]?.type ?? staticMethods[member]?.functionType
    }

    /// The memberwise initialiser, by Swift's rules (no `let` with a default; a `var` with a
    /// default or of optional type may be left out).
    var memberwise: Method {
        let included = fields.filter { !($0.isLet && $0.hasDefault) }
        let parameters = included.map { field -> Signature.Parameter in
            var optional = false
            if case .optional = field.type { optional = !field.isLet }
            return Signature.Parameter(label: field.name, name: field.name, type: field.type.description,
                                       hasDefault: field.hasDefault || optional, isVariadic: false)
        }
        var method = Method(parameters: parameters, types: included.map(\.type), result: .nominal(name), isMutating: false)
        method.written = included.map(\.written)
        return method
    }
}

/// The method, accessor or initialiser being checked: names of the struct's members are
/// reached through `self` (or the type, in a static member) unless a local shadows them.
struct SelfContext {
    var name: String
    var isStatic: Bool
    var isMutating: Bool
    var isInit: Bool
    /// `scopes.count` when the member began: names bound in deeper scopes are its locals.
    var scopeDepth: Int
}

extension TypeChecker {
    /// The type an annotation names, with the cell's structs as nominal types.
    func resolvedType(_ annotation: TypeAnnotation) -> StaticType {
        nominalized(StaticType(annotation))
    }

    func nominalized(_ type: StaticType) -> StaticType {
        switch type {
        case .host(let name): return structs[name] != nil ? .nominal(name) : type
        case .optional(let t): return .optional(nominalized(t))
        case .array(let t): return .array(nominalized(t))
        case .dictionary(let k, let v): return .dictionary(nominalized(k), nominalized(v))
        case .tuple(let items, let labels): return .tuple(items.map(nominalized), labels: labels)
        case .function(let p, let r): return .function(p.map(nominalized), nominalized(r))
        case .genericNominal(let name, let arguments):
            guard let info = structs[name] else { return .host(name) }
            return info.isGeneric ? .genericNominal(name, arguments.map(nominalized)) : .nominal(name)
        default: return type
        }
    }

    /// The top level's pre-pass: every struct of the cell is known (names first, then member
    /// signatures) before any statement is checked.
    func declareStructures(_ statements: [Stmt]) {
        guard scopes.isEmpty else { return }
        for statement in statements {
            guard case .structure(let decl) = statement.kind, !decl.isExtension else { continue }
            var info = StructInfo(name: decl.name)
            info.isGeneric = !decl.genericParameters.isEmpty
            info.genericParameters = decl.genericParameters
            info.isClass = decl.isClass
            structs[decl.name] = info
        }
        for statement in statements {
            guard case .structure(let decl) = statement.kind else { continue }
            if decl.isExtension, structs[decl.name] == nil, StructType.extensibleBuiltins.contains(decl.name) {
                var info = StructInfo(name: decl.name)
                info.isBuiltin = true
                structs[decl.name] = info
            }
            guard var info = structs[decl.name] else { continue }
            info.conformances.formUnion(decl.conformances)
            for member in decl.members { declare(member, in: &info, inExtension: decl.isExtension) }
            structs[decl.name] = info
        }
    }

    private func declare(_ member: StructMember, in info: inout StructInfo, inExtension: Bool) {
        switch member {
        case .stored(let property):
            var type = property.type.map(resolvedType) ?? .unknown
            if property.type == nil, let value = property.defaultValue { type = expression(value, expected: nil).type }
            var field = StructInfo.Field(name: property.name, type: type, isLet: property.isLet, hasDefault: property.defaultValue != nil)
            field.written = property.writtenType
            if property.isStatic { info.staticProperties[property.name] = field } else if !inExtension { info.fields.append(field) }
        case .computed(let property):
            let type = resolvedType(property.type)
            if property.isStatic {
                info.staticProperties[property.name] = StructInfo.Field(name: property.name, type: type, isLet: true, hasDefault: true)
            } else {
                info.computed[property.name] = StructInfo.Computed(type: type, settable: property.setter != nil)
            }
        case .method(let decl, let isMutating, let isStatic):
            var method = methodInfo(decl, isMutating: isMutating)
            if isStatic {
                info.staticMethods[decl.name] = method
            } else {
                var all = info.overloads[decl.name] ?? info.methods[decl.name].map { [$0] } ?? []
                all.removeAll { $0.parameters.map(\.label) == method.parameters.map(\.label) && $0.signature == method.signature }
                if all.contains(where: { $0.parameters.map(\.label) == method.parameters.map(\.label) }) { method.symbol = Self.overloadSymbol(decl) }
                all.append(method)
                info.methods[decl.name] = all[0]
                info.overloads[decl.name] = all.count > 1 ? all : nil
            }
        case .initializer(let decl):
            var method = methodInfo(decl, isMutating: true)
            method.result = decl.returnType == nil ? .nominal(info.name) : .optional(.nominal(info.name))
            info.initializers.append(method)
            if !inExtension { info.hasOwnInitializer = true }
        }
    }

    private func methodInfo(_ decl: FunctionDecl, isMutating: Bool) -> StructInfo.Method {
        guard case .function(let types, let result) = functionType(decl) else { fatalError("functionType returns a function type") }
        let parameters = decl.parameters.map {
            Signature.Parameter(label: $0.label, name: $0.name, type: $0.type?.description ?? "Any",
                                hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic)
        }
        var method = StructInfo.Method(parameters: parameters, types: types, result: result, isMutating: isMutating)
        method.written = decl.parameters.map(\.writtenType)
        method.writtenResult = decl.writtenReturnType
        method.variadic = decl.parameters.map(\.isVariadic)
        method.sequenceGenerics = decl.sequenceGenerics
        method.sequenceElements = decl.sequenceElements
        method.ownGenerics = Set(decl.parameters.compactMap { p -> String? in
            if case .named(let n, _)? = p.writtenType, p.type?.description == "Any" { return n }
            return nil
        })
        method.signature = decl.parameters.map { ($0.writtenType ?? $0.type)?.description ?? "_" }
        return method
    }

    /// Checks the member bodies (default values take their property's type).
    func checkStructure(_ decl: StructDecl) -> StructDecl {
        guard scopes.isEmpty, let info = structs[decl.name] else { return decl }
        // A class's members may change its (shared) stored properties.
        let mutable = info.isClass
        var out = decl
        out.members = decl.members.map { member in
            switch member {
            case .stored(var property):
                if let value = property.defaultValue {
                    let expected = property.type.map(resolvedType)
                    let typed = expression(value, expected: expected)
                    if let expected { convertible(typed, to: expected, specified: true) }
                    property.defaultValue = typed.expr
                }
                return .stored(property)
            case .computed(var property):
                let type = resolvedType(property.type)
                let indices = property.indices ?? []
                property.getter = inMember(decl.name, isStatic: property.isStatic, isMutating: mutable, isInit: false) { () -> [Stmt] in
                    for index in indices { bind(index.name, index.type.map(resolvedType) ?? .unknown) }
                    return body(property.getter, returning: type)
                }
                if let setter = property.setter {
                    let body = inMember(decl.name, isStatic: property.isStatic, isMutating: true, isInit: false) { () -> [Stmt] in
                        for index in indices { bind(index.name, index.type.map(resolvedType) ?? .unknown) }
                        bind(setter.name, type)
                        return block(setter.body)
                    }
                    property.setter = (setter.name, body)
                }
                return .computed(property)
            case .method(let method, let isMutating, let isStatic):
                var checked = inMember(decl.name, isStatic: isStatic, isMutating: isMutating || mutable, isInit: false) { function(method) }
                if let symbol = overloadedMethodSymbol(info, method) { checked.name = symbol }
                return .method(checked, isMutating: isMutating, isStatic: isStatic)
            case .initializer(let initializer):
                return .initializer(inMember(decl.name, isStatic: false, isMutating: true, isInit: true) { function(initializer) })
            }
        }
        return out
    }

    private func inMember<T>(_ name: String, isStatic: Bool, isMutating: Bool, isInit: Bool, _ body: () -> T) -> T {
        selfContexts.append(SelfContext(name: name, isStatic: isStatic, isMutating: isMutating, isInit: isInit, scopeDepth: scopes.count))
        defer { selfContexts.removeLast() }
        return withScope {
            if !isStatic { bind("self", structs[name]?.selfType ?? .nominal(name)) }
            return body()
        }
    }

    /// A getter's body; a single expression is its result and takes the property's type.
    private func body(_ statements: [Stmt], returning type: StaticType) -> [Stmt] {
        returnTypes.append(type)
        defer { returnTypes.removeLast() }
        if statements.count == 1, case .expression(let single) = statements[0].kind {
            let typed = expression(single, expected: type)
            convertible(typed, to: type, specified: false, returning: true)
            return [Stmt(kind: .expression(typed.expr), range: statements[0].range)]
        }
        return block(statements)
    }

    /// `x` in a member body naming a member of the struct: `self.x` (or `Type.x` in a
    /// static member), unless a local of the member shadows it.
    func implicitMember(_ e: Expr, _ name: String) -> Typed? {
        guard let context = selfContexts.last, name != "self", let info = structs[context.name] else { return nil }
        for scope in scopes[context.scopeDepth...] where scope[name] != nil { return nil }
        guard let type = context.isStatic ? info.staticMemberType(name) : info.instanceMemberType(name) else { return builtinImplicitMember(e, name) }
        let base = Expr(kind: .identifier(context.isStatic ? context.name : "self"), range: e.range)
        return Typed(Expr(kind: .member(base, name: name, nameRange: e.range), range: e.range), type)
    }

    /// `Name(…)`, `Name.staticMethod(…)` and an unqualified method call in a member body.
    func structCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument]) -> Typed? {
        switch callee.kind {
        case .identifier(let name):
            if let member = implicitMember(callee, name), case .member(let base, _, _) = member.expr.kind {
                if Self.isSelf(base) {
                    return structMethodCall(e, expression(base, expected: nil), name, callee.range, arguments) ?? builtinSelfCall(e, base, name, callee.range, arguments)
                }
                return structCall(e, member.expr, arguments)
            }
            guard lookup(name) == nil, let info = structs[name], !info.isBuiltin else { return nil }
            return initializerCall(e, callee, info, arguments)
        case .subscriptAccess(let base, let typeArguments):
            return genericInitializerCall(e, base, typeArguments, arguments)
        case .member(let base, let name, _):
            guard case .identifier(let typeName) = base.kind, lookup(typeName) == nil, implicitMember(base, typeName) == nil,
                  let info = structs[typeName] else { return nil }
            if name == "init" && !info.isBuiltin { return initializerCall(e, callee, info, arguments) }
            guard let method = info.staticMethods[name] else { return nil }
            return finishCall(e, callee, typedArguments(arguments, method), method.result)
        default:
            return nil
        }
    }

    func initializerCall(_ e: Expr, _ callee: Expr, _ info: StructInfo, _ arguments: [Argument], instance: StaticType? = nil) -> Typed {
        let shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        var candidates = info.initializers + (info.hasOwnInitializer || info.isClass ? [] : [info.memberwise])
        if let instance { candidates = candidates.map { instantiated($0, for: instance) } }
        let chosen = candidates.first { (try? ArgumentMatcher.match($0.parameters, shape, callee: info.name)) != nil }
        let args = chosen.map { typedArguments(arguments, $0) } ?? arguments.map { argumentChecked($0, nil) }
        return finishCall(e, callee, args, chosen?.result ?? .nominal(info.name))
    }

    private func finishCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument], _ type: StaticType) -> Typed {
        var out = e
        out.kind = .call(callee, arguments)
        if type == .float { return Typed(Expr(kind: .floatRound(out), range: e.range), type) }
        return Typed(out, type)
    }

    /// The arguments checked against the parameters their labels match (literals take the
    /// parameter's type); unmatched labels are left to the call's own error.
    private func typedArguments(_ arguments: [Argument], _ method: StructInfo.Method) -> [Argument] {
        let shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        guard let sources = try? ArgumentMatcher.match(method.parameters, shape, callee: "") else {
            return arguments.map { argumentChecked($0, nil) }
        }
        var expected: [Int: StaticType] = [:]
        for (i, source) in sources.enumerated() {
            switch source {
            case .argument(let k): expected[k] = method.types[i]
            case .variadic(let ks):
                if case .array(let element) = method.types[i] { for k in ks { expected[k] = element } }
            case .defaulted: break
            }
        }
        return arguments.enumerated().map { k, argument in
            let type = expected[k].flatMap { $0.isKnown ? $0 : nil }
            return argumentChecked(argument, type, reporting: type != nil)
        }
    }

    /// `value.method(…)` on a struct value (nil when the receiver is not one).
    func structMethodCall(_ e: Expr, _ receiver: Typed, _ name: String, _ nameRange: SourceRange, _ arguments: [Argument]) -> Typed? {
        if let builtin = StructInfo.builtinName(receiver.type), let info = structs[builtin], info.isBuiltin {
            guard let method = info.method(name, arguments) else { return nil }
            let callee = Expr(kind: .member(receiver.expr, name: name, nameRange: nameRange), range: receiver.expr.range.union(nameRange))
            if method.isMutating { checkMutable(receiver.expr, mutating: true) }
            return finishCall(e, callee, typedArguments(arguments, method), method.result)
        }
        guard let typeName = receiver.type.structName, let info = structs[typeName] else { return nil }
        let callee = Expr(kind: .member(receiver.expr, name: name, nameRange: nameRange), range: receiver.expr.range.union(nameRange))
        if name == "init", Self.isSelf(receiver.expr), selfContexts.last?.isInit == true {
            var typed = initializerCall(e, callee, info, arguments)
            typed.type = .void
            return typed
        }
        if let declared = chooseMethod(info, name, arguments, receiver.type) {
            let method = instantiated(declared, for: receiver.type)
            let callee = Expr(kind: .member(receiver.expr, name: declared.symbol ?? name, nameRange: nameRange), range: callee.range)
            if method.isMutating { checkMutable(receiver.expr, mutating: true) }
            return finishCall(e, callee, typedArguments(arguments, method), method.result)
        }
        if let type = info.instanceMemberType(name) {
            if case .function(let params, let result) = type, params.count == arguments.count {
                return finishCall(e, callee, zip(arguments, params).map { argumentChecked($0, $1, reporting: true) }, result)
            }
            return finishCall(e, callee, arguments.map { argumentChecked($0, nil) }, .unknown)
        }
        error("value of type '\(typeName)' has no member '\(name)'", nameRange)
        return finishCall(e, callee, arguments.map { argumentChecked($0, nil) }, .unknown)
    }

    /// `42.km` with `km` added to Double only: the literal is a Double, as Swift types it.
    func literalReceiverType(_ base: Expr, _ name: String) -> StaticType? {
        guard case .integer = base.kind, structs["Int"]?.instanceMemberType(name) == nil,
              structs["Double"]?.isBuiltin == true, structs["Double"]?.instanceMemberType(name) != nil else { return nil }
        return .double
    }

    /// `base.name` on a struct value or type (nil for other bases).
    func structMemberType(_ base: Expr, _ type: StaticType, _ name: String) -> StaticType? {
        if case .identifier(let typeName) = base.kind, lookup(typeName) == nil, let info = structs[typeName] {
            return info.staticMemberType(name) ?? (info.isBuiltin ? nil : .unknown)
        }
        if let builtin = StructInfo.builtinName(type), let info = structs[builtin], info.isBuiltin {
            return info.computed[name]?.type
        }
        if let typeName = type.structName, let info = structs[typeName] { return genericMemberType(type, info, name) ?? info.instanceMemberType(name) ?? .unknown }
        return nil
    }

    /// An assignment into a struct: `let` properties (outside the type's initialisers),
    /// get-only computed properties and `self` in a non-mutating member are Swift's errors.
    func checkStructAssignment(_ target: Expr) {
        guard case .member(let base, let name, let nameRange) = target.kind else { return }
        checkMutable(base, mutating: false)
        guard let typeName = expression(base, expected: nil).type.structName, let info = structs[typeName] else { return }
        if let field = info.fields.first(where: { $0.name == name }), field.isLet {
            let context = selfContexts.last
            let inOwnInit = context?.isInit == true && context?.name == typeName && Self.isSelf(base)
            if !inOwnInit { error("cannot assign to property: '\(name)' is a 'let' constant", nameRange) }
        } else if let computed = info.computed[name], !computed.settable {
            error("cannot assign to property: '\(name)' is a get-only property", nameRange)
        }
    }

    /// Reports a change of `self` (through `base`) in a member that may not change it.
    private func checkMutable(_ base: Expr, mutating: Bool) {
        guard let context = selfContexts.last, !context.isStatic, !context.isMutating, !context.isInit,
              Self.rootIsSelf(base) else { return }
        if mutating {
            error("cannot use mutating member on immutable value: 'self' is immutable", base.range)
        } else {
            error("cannot assign to property: 'self' is immutable", base.range)
        }
    }

    static func isSelf(_ expr: Expr) -> Bool {
        if case .identifier("self") = expr.kind { return true }
        return false
    }

    static func rootIsSelf(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier(let name): return name == "self"
        case .member(let base, _, _), .subscriptAccess(let base, _): return rootIsSelf(base)
        default: return false
        }
    }

    /// A value printed by Swift's default description of a generic struct shows its type
    /// arguments (`Stack<Int>(items: [])`), which cells do not keep: an error at the value.
    func checkPrintable(_ typed: Typed) {
        if genericValuePrintable(typed.type) { return }
        if let name = genericStructPrinted(typed.type, visited: []) {
            let what = structs[name]?.isClass == true ? "an instance of class" : "a value of generic struct"
            error("printing \(what) '\(name)' is not supported in cells; give it a 'description' (CustomStringConvertible)", typed.expr.range)
        }
    }

    private func genericStructPrinted(_ type: StaticType, visited: Set<String>) -> String? {
        switch type {
        case .optional(let t), .array(let t): return genericStructPrinted(t, visited: visited)
        case .dictionary(let k, let v): return genericStructPrinted(k, visited: visited) ?? genericStructPrinted(v, visited: visited)
        case .tuple(let items, _): return items.lazy.compactMap { self.genericStructPrinted($0, visited: visited) }.first
        case .genericNominal(let name, _): return name
        case .nominal(let name):
            guard let info = structs[name], !visited.contains(name), !info.conformances.contains("CustomStringConvertible") else { return nil }
            if info.isGeneric || info.isClass { return name }
            return info.fields.lazy.compactMap { self.genericStructPrinted($0.type, visited: visited.union([name])) }.first
        default: return nil
        }
    }

    /// `==` needs an `Equatable` struct; `<` and the others a declared operator.
    func checkStructComparison(_ op: String, _ a: StaticType, _ opRange: SourceRange) {
        guard let typeName = a.structName, let info = structs[typeName] else { return }
        let allowed: Bool
        switch op {
        case "==", "!=": allowed = info.isEquatable
        case "<": allowed = info.staticMethods["<"] != nil
        default: allowed = info.staticMethods["<"] != nil && info.conformances.contains("Comparable")
        }
        if !allowed { error("binary operator '\(op)' cannot be applied to two '\(typeName)' operands", opRange) }
    }
}
