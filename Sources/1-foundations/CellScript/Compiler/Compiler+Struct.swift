/// Lowering `struct` and `extension` declarations into a ``StructType``: stored properties
/// with their defaults, initialisers, methods and accessors compiled as functions whose first
/// parameter is `self`, static members.
extension Compiler {
    /// The pre-pass of a block: declares each struct's name (a top-level constant holding the
    /// type) and notes its `mutating` methods, so any call site compiled later calls them on
    /// its receiver's storage.
    func declareStructures(_ statements: [Stmt]) {
        for statement in statements {
            guard case .structure(let decl) = statement.kind else { continue }
            for case .method(let method, true, false) in decl.members { runtime.structMutatingNames.insert(method.name) }
            for case .initializer in decl.members { runtime.structMutatingNames.insert("init") }
            guard scope.isGlobal && scope.blocks.count == 1 else {
                error(Unsupported.message(decl.isExtension ? "extension" : "struct") + " inside a function or block", decl.nameRange)
                continue
            }
            guard !decl.isExtension else { continue }
            // A cell type may shadow a host type (`struct Table`), as a Swift type shadows a
            // library's; the builtin value types it cannot.
            if TypeCheck.builtinNames.contains(decl.name) {
                error("a type named '\(decl.name)' (a builtin type) is not supported in cells", decl.nameRange)
                continue
            }
            declare(decl.name, isLet: true, decl.nameRange)
            let type = StructType(name: decl.name, runtime: runtime)
            type.qualifiedName = decl.qualifiedName ?? decl.name
            runtime.structTypes[decl.name] = type
        }
    }

    /// Compiles the members into the struct's type; running the declaration stores the type
    /// under its name.
    func compileStructure(_ decl: StructDecl) -> Exec {
        guard scope.isGlobal && scope.blocks.count == 1 else { return { _ in .normal } }
        if decl.isExtension, StructType.extensibleBuiltins.contains(decl.name) {
            let type = runtime.builtinExtensions[decl.name] ?? StructType(name: decl.name, runtime: runtime)
            runtime.builtinExtensions[decl.name] = type
            builtinSelf = decl.name
            defer { builtinSelf = nil }
            for member in decl.members {
                if case .initializer(let initializer) = member {
                    // The builtin initializers answer `Int(x)`: a cell's own would be ignored.
                    error(Unsupported.message("init in an extension of \(decl.name)"), initializer.nameRange)
                    continue
                }
                compileMember(member, of: type, inExtension: true)
            }
            return { _ in .normal }
        }
        guard let type = runtime.structTypes[decl.name] else {
            // A struct that could not be declared was reported by `declareStructures`.
            guard decl.isExtension else { return { _ in .normal } }
            if TypeCheck.builtinNames.contains(decl.name) || registry.typeNames.contains(decl.name) {
                error(Unsupported.message("extension \(decl.name)"), decl.nameRange)
            } else {
                error("cannot find type '\(decl.name)' in scope", decl.nameRange)
            }
            return { _ in .normal }
        }
        type.conformances.formUnion(decl.conformances)
        if !decl.isExtension {
            type.isGeneric = !decl.genericParameters.isEmpty
            type.genericParameters = decl.genericParameters
            type.isClass = decl.isClass
        }
        for member in decl.members { compileMember(member, of: type, inExtension: decl.isExtension) }
        guard !decl.isExtension, case .global(let slot)? = resolve(decl.name)?.0 else { return { _ in .normal } }
        let pointer = runtime.globals.slots + slot
        let value = Value.object(type)
        let runtime = self.runtime
        let name = decl.name
        return { _ in
            pointer.pointee = value
            runtime.structTypes[name] = type
            return .normal
        }
    }

    private func compileMember(_ member: StructMember, of type: StructType, inExtension: Bool) {
        switch member {
        case .stored(let property):
            if let annotation = property.type, let (bad, badRange) = unknownTypeName(annotation) {
                error(SwiftStandardNames.unsupportedType(bad) ?? "cannot find type '\(bad)' in scope", badRange)
            }
            let makeDefault = property.defaultValue.map { compileExpression($0) }
            if property.isStatic {
                type.staticInitializers[property.name] = makeDefault ?? { _ in .nil }
                type.staticAnnotations[property.name] = property.type
                type.staticValues[property.name] = nil
            } else if inExtension {
                error("extensions must not contain stored properties", property.range)
            } else {
                var field = StructType.Field(name: property.name, annotation: property.type,
                                             staticType: property.type.map(StaticType.init) ?? .unknown,
                                             isLet: property.isLet, defaultValue: makeDefault)
                field.writtenType = property.writtenType
                type.addField(field)
            }
        case .computed(let property):
            let selfParameters = (property.isStatic ? [] : [Self.selfParameter(property.range)]) + (property.indices ?? [])
            let getter = compileFunctionShape(name: property.name, parameters: selfParameters, body: property.getter,
                                              isClosure: false, collects: false, returnType: property.type)
            if property.isStatic { type.staticGetters[property.name] = getter } else { type.getters[property.name] = getter }
            if let setter = property.setter, !property.isStatic {
                let newValue = Parameter(label: nil, name: setter.name, range: property.range, type: property.type)
                type.setters[property.name] = compileFunctionShape(name: property.name, parameters: selfParameters + [newValue], body: setter.body,
                                                                   isClosure: false, collects: false)
            }
        case .method(let method, let isMutating, let isStatic):
            let parameters = isStatic ? method.parameters : [Self.selfParameter(method.nameRange)] + method.parameters
            let shape = compileFunctionShape(name: method.name, parameters: parameters, body: method.body,
                                             isClosure: false, collects: false, returnType: method.returnType)
            if isStatic { type.staticMethods[method.name] = shape } else { type.addMethod(method.name, StructType.Method(shape: shape, isMutating: isMutating)) }
        case .initializer(let initializer):
            let shape = compileFunctionShape(name: "init", parameters: [Self.selfParameter(initializer.nameRange)] + initializer.parameters,
                                             body: initializer.body, isClosure: false, collects: false)
            type.initializers.append(shape)
            if initializer.returnType != nil { type.failableInitializers.insert(ObjectIdentifier(shape)) }
            if !inExtension { type.hasOwnInitializer = true }
        }
    }

    /// `self.name` for a bare name in a builtin extension's member that names a member of the
    /// builtin type (Swift looks members up before globals); nil otherwise.
    func implicitBuiltinMember(_ expr: Expr) -> Expr? {
        guard let typeName = builtinSelf, case .identifier(let name) = expr.kind, name != "self", resolve(name) == nil,
              runtime.methodOverloads(typeName, name) != nil || runtime.propertyGetter(typeName, name) != nil else { return nil }
        return Expr(kind: .member(Expr(kind: .identifier("self"), range: expr.range), name: name, nameRange: expr.range), range: expr.range)
    }

    static func selfParameter(_ range: SourceRange) -> Parameter {
        Parameter(label: nil, name: "self", range: range)
    }

    /// The first name in an annotation that is neither a builtin, a host type nor a cell struct.
    func unknownTypeName(_ type: TypeAnnotation) -> (String, SourceRange)? {
        switch type {
        case .named(let name, let range):
            let known = TypeCheck.builtinNames.contains(name) || registry.typeNames.contains(name) || runtime.structTypes[name] != nil || declaredTypeNames.contains(name)
            return known ? nil : (name, range)
        case .array(let t), .optional(let t), .set(let t): return unknownTypeName(t)
        case .dictionary(let k, let v): return unknownTypeName(k) ?? unknownTypeName(v)
        case .tuple(let items), .labeledTuple(let items, _):
            for item in items { if let bad = unknownTypeName(item) { return bad } }
            return nil
        case .function: return nil
        case .applied(let name, _, let range): return unknownTypeName(.named(name, range))
        }
    }
}

extension Compiler {
    /// `a === b` / `a !== b`: whether two class instances (or optional ones) are one object.
    func compileIdentity(_ op: String, _ a: @escaping Eval, _ b: @escaping Eval, _ opRange: SourceRange) -> Eval {
        let negated = op == "!=="
        return { frame in
            let x = try a(frame), y = try b(frame)
            let same: Bool
            switch (x, y) {
            case (.object(let p), .object(let q)): same = p === q
            case (.nil, .nil): same = true
            case (.nil, .object), (.object, .nil): same = false
            default:
                throw ScriptError("operator '\(op)' needs class instances, not '\(x.typeName)' and '\(y.typeName)'", opRange)
            }
            return .bool(same != negated)
        }
    }
}
