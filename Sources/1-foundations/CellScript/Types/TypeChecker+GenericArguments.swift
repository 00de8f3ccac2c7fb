/// Type arguments of generic cell structs: `Queue<String>()` has the static type
/// `Queue<String>` (``StaticType/genericNominal(_:_:)``), its stored properties the types
/// they are written with, instantiated (`[T]` is `[String]`), and it prints and names itself
/// as Swift does: `Queue<String>(elements: ["a"])`, `type(of: q)` is `Queue<String>`. A value
/// whose type arguments are not written (`Queue()` inferred from its use) stays `nominal`, and
/// printing it stays a located "not supported" error.
extension StaticType {
    /// The cell struct a value of this type belongs to, with or without type arguments.
    var structName: String? {
        switch self {
        case .nominal(let name), .genericNominal(let name, _): return name
        default: return nil
        }
    }

    /// The type an annotation names with generic parameters replaced by `bindings` (`[T]`
    /// with `T: String` is `[String]`); other names as ``init(_:)`` reads them.
    static func instantiating(_ annotation: TypeAnnotation, _ bindings: [String: StaticType]) -> StaticType {
        func go(_ a: TypeAnnotation) -> StaticType { instantiating(a, bindings) }
        switch annotation {
        case .named(let name, _): return bindings[name] ?? StaticType(annotation)
        case .array(let t): return .array(go(t))
        case .set(let t): return .set(go(t))
        case .optional(let t): return .optional(go(t))
        case .dictionary(let k, let v): return .dictionary(go(k), go(v))
        case .tuple(let items): return .tuple(items.map(go), labels: items.map { _ in nil })
        case .labeledTuple(let items, let labels): return .tuple(items.map(go), labels: labels)
        case .function(let params, let result): return .function(params.map(go), go(result))
        case .applied(let name, let arguments, _): return .genericNominal(name, arguments.map(go))
        }
    }

    /// Swift's name of the type as a generic value's description prints its arguments
    /// (`Int`, `Array<Int>`, `Optional<String>`, `Dictionary<String, Int>`, `Queue<Double>`);
    /// nil when a part is not known.
    var swiftTypeName: String? {
        switch self {
        case .int, .double, .float, .bool, .string, .character, .void, .range, .function, .enumeration, .nominal, .host, .fixedInt:
            return isKnown ? description : nil
        case .optional(let t): return t.swiftTypeName.map { "Optional<\($0)>" }
        case .array(let t): return t.swiftTypeName.map { "Array<\($0)>" }
        case .set(let t): return t.swiftTypeName.map { "Set<\($0)>" }
        case .dictionary(let k, let v):
            guard let k = k.swiftTypeName, let v = v.swiftTypeName else { return nil }
            return "Dictionary<\(k), \(v)>"
        case .tuple(let items, let labels):
            let parts = items.map(\.swiftTypeName)
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            return "(" + zip(parts, labels).map { part, label in (label.map { "\($0): " } ?? "") + part! }.joined(separator: ", ") + ")"
        case .genericNominal(let name, let arguments):
            let parts = arguments.compactMap(\.swiftTypeName)
            return parts.count == arguments.count ? name + "<" + parts.joined(separator: ", ") + ">" : nil
        case .view, .unknown, .enumDeclaration, .stringIndex: return nil
        }
    }
}

extension TypeChecker {
    /// `Queue<String>(…)` (the parser's `Queue[String](…)`): the initialiser call, typed with
    /// the written type arguments. Nil when `base` is not a generic struct of the cell.
    func genericInitializerCall(_ e: Expr, _ base: Expr, _ typeArguments: [Argument], _ arguments: [Argument]) -> Typed? {
        guard case .identifier(let name) = base.kind, lookup(name) == nil, let info = structs[name], info.isGeneric,
              !info.genericParameters.isEmpty else { return nil }
        let written = typeArguments.map { typeExpression($0.value).map(nominalized) ?? .unknown }
        guard written.count == info.genericParameters.count else {
            error("generic type '\(name)' specialized with \(written.count > info.genericParameters.count ? "too many" : "too few") type parameters (got \(written.count), but expected \(info.genericParameters.count))", e.range)
            return initializerCall(e, base, info, arguments)
        }
        let instance = StaticType.genericNominal(name, written)
        var typed = initializerCall(e, base, info, arguments, instance: instance)
        switch typed.type {
        case .nominal(name): typed.type = instance
        case .optional(.nominal(name)): typed.type = .optional(instance)
        default: break
        }
        return typed
    }

    /// `Queue(…)` where a `Queue<Double>` is expected (`var q: Queue<Double> = Queue()`, an
    /// argument, a return value): the initialiser takes the expected type arguments, as Swift
    /// infers them from the context.
    func contextualInitializerCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument], expected: StaticType?) -> Typed? {
        guard let expected, case .genericNominal(let name, let typeArguments) = unwrapped(expected),
              case .identifier(name) = callee.kind, lookup(name) == nil, implicitMember(callee, name) == nil,
              let info = structs[name], info.isGeneric, info.genericParameters.count == typeArguments.count else { return nil }
        let instance = StaticType.genericNominal(name, typeArguments)
        var typed = initializerCall(e, callee, info, arguments, instance: instance)
        switch typed.type {
        case .nominal(name): typed.type = instance
        case .optional(.nominal(name)): typed.type = .optional(instance)
        default: break
        }
        return typed
    }

    /// The generic parameters' values for a value of `type` (empty when not written).
    func typeBindings(_ type: StaticType) -> [String: StaticType] {
        guard case .genericNominal(let name, let arguments) = type, let info = structs[name],
              info.genericParameters.count == arguments.count else { return [:] }
        return Dictionary(zip(info.genericParameters, arguments), uniquingKeysWith: { a, _ in a })
    }

    /// A stored property's type in a value of `type`: instantiated with its type arguments.
    func fieldType(_ field: StructInfo.Field, in type: StaticType) -> StaticType {
        let bindings = typeBindings(type)
        guard !bindings.isEmpty, let written = field.written else { return field.type }
        return nominalized(StaticType.instantiating(written, bindings))
    }

    /// A method of a value of `type`: where its parameter and result types are written with
    /// the struct's generic parameters, they take the value's type arguments (`push(_: T)` on
    /// a `Queue<Double>` takes a Double, so `push(1)` stores `1.0`; `pop() -> T?` is `Double?`).
    func instantiated(_ method: StructInfo.Method, for type: StaticType) -> StructInfo.Method {
        var bindings = typeBindings(type)
        guard !bindings.isEmpty else { return method }
        for name in method.ownGenerics where bindings[name] == nil { bindings[name] = .unknown }
        var out = method
        for (i, written) in method.written.enumerated() where i < out.types.count {
            guard let written else { continue }
            if case .named(let sequence, _) = written, let element = method.sequenceElements[sequence], let type = bindings[element], type.isKnown {
                // `insert<S: Sequence>(_ s: S) where S.Element == T` on a `Heap<Double>`: an
                // array literal argument holds Doubles.
                out.types[i] = .array(type)
                continue
            }
            let t = nominalized(StaticType.instantiating(written, bindings))
            out.types[i] = i < method.variadic.count && method.variadic[i] ? .array(t) : t
        }
        if let result = method.writtenResult, method.result != .nominal(type.structName ?? "") {
            out.result = nominalized(StaticType.instantiating(result, bindings))
        }
        return out
    }

    /// `base.name` on a value of a generic struct with written type arguments: its stored
    /// properties instantiated; other members as the struct declares them.
    func genericMemberType(_ type: StaticType, _ info: StructInfo, _ name: String) -> StaticType? {
        guard case .genericNominal = type, let field = info.fields.first(where: { $0.name == name }) else { return nil }
        return fieldType(field, in: type)
    }

    /// Whether a value of `Name<Args>` prints as Swift prints it: its type arguments are known
    /// and its stored properties print by their instantiated types (none of them a value of
    /// another generic struct or class whose type arguments are not known).
    func genericValuePrintable(_ type: StaticType) -> Bool {
        guard case .genericNominal(let name, let arguments) = type, let info = structs[name], !info.isClass,
              arguments.allSatisfy(\.isKnown), Self.metatypeName(type, structs: structs) != nil else { return false }
        if info.conformances.contains("CustomStringConvertible") { return true }
        return info.fields.allSatisfy { field in
            let instantiated = fieldType(field, in: type)
            return instantiated.isKnown && !instantiated.mentionsStruct(where: { self.structs[$0]?.isGeneric == true || self.structs[$0]?.isClass == true })
        }
    }
}

extension StaticType {
    /// Whether the type holds a value of a cell struct `matching` anywhere (in collections,
    /// optionals, tuples), or a `Name<Args>` value at all (printed only at the top level).
    func mentionsStruct(where matching: (String) -> Bool) -> Bool {
        switch self {
        case .nominal(let name), .host(let name): return matching(name)
        case .genericNominal: return true
        case .optional(let t), .array(let t), .set(let t): return t.mentionsStruct(where: matching)
        case .dictionary(let k, let v): return k.mentionsStruct(where: matching) || v.mentionsStruct(where: matching)
        case .tuple(let items, _): return items.contains { $0.mentionsStruct(where: matching) }
        default: return false
        }
    }
}
