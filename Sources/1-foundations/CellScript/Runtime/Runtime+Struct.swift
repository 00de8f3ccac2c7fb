/// Running the members of cell structs: initialisers, methods (a `mutating` one writes `self`
/// back to its receiver), stored, computed and static properties, and `==`.
extension Runtime {
    /// Runs a method (or accessor, or initialiser) whose slot 0 is `self`, with the call's
    /// arguments matched against its declared parameters. With `writesBack`, the final `self`
    /// replaces `receiver` (moved into the frame, so the fields are not copied).
    func runMethod(_ shape: FunctionShape, _ receiver: inout Value, _ arguments: [Value], _ call: ArgumentMatcher.CallShape,
                   writesBack: Bool) throws -> Value {
        let sources: [ArgumentMatcher.Source]
        do {
            sources = try ArgumentMatcher.match(Array(shape.parameters.dropFirst()), call, callee: shape.name)
        } catch let mismatch as ArgumentMatcher.Mismatch {
            throw ScriptError(mismatch.message)
        }
        let values = Self.arrange(sources, arguments)
        try enterCall()
        defer { callDepth -= 1 }
        let frame = Frame.make(count: shape.slotCount, parent: nil)
        frame.slots[0] = receiver
        if writesBack { receiver = .void }
        defer { if writesBack { receiver = frame.slots[0] } }
        for (i, value) in values.enumerated() {
            if let value {
                frame.slots[i + 1] = try checkParameter(value, shape, i + 1)
            } else if let makeDefault = shape.defaults[i + 1] {
                frame.slots[i + 1] = try checkParameter(try makeDefault(frame), shape, i + 1)
            }
        }
        return try shape.body(frame)
    }

    /// `Name(…)`: an initialiser whose labels match, else the memberwise one.
    func construct(_ type: StructType, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value {
        if type.isClass { return try constructInstance(type, arguments, call) }
        var firstMismatch: Error?
        for initializer in type.initializers {
            do {
                _ = try ArgumentMatcher.match(Array(initializer.parameters.dropFirst()), call, callee: type.name)
            } catch {
                firstMismatch = firstMismatch ?? error
                continue
            }
            var instance = Value.structure(StructValue(type: type, fields: try defaultFields(type, except: [])))
            let result = try runMethod(initializer, &instance, arguments, call, writesBack: true)
            if case .nil = result, type.failableInitializers.contains(ObjectIdentifier(initializer)) { return .nil }
            if case .structure(let made) = instance, let missing = made.fields.firstIndex(where: { if case .void = $0 { return true } else { return false } }),
               type.fields[missing].annotation?.description != "Void" {
                throw ScriptError("return from initializer without initializing all stored properties ('\(type.fields[missing].name)')")
            }
            return instance
        }
        if type.hasOwnInitializer, let firstMismatch { throw firstMismatch }
        let memberwise = type.memberwiseParameters
        let sources = try ArgumentMatcher.match(memberwise.map(\.parameter), call, callee: type.name)
        var given: [Int: Value] = [:]
        for (source, (index, _)) in zip(sources, memberwise) {
            guard case .argument(let k) = source else { continue }
            given[index] = try convert(arguments[k], to: type.fields[index], what: "argument '\(type.fields[index].name)'")
        }
        var fields = try defaultFields(type, except: Set(given.keys))
        for (index, value) in given { fields[index] = value }
        return .structure(StructValue(type: type, fields: fields))
    }

    /// `Name(…)` of a class: an initialiser whose labels match, else `init()` when every stored
    /// property has a default (classes have no memberwise initialiser).
    private func constructInstance(_ type: StructType, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value {
        let instance = ClassInstance(type: type, fields: try defaultFields(type, except: []))
        var receiver = Value.object(instance)
        var firstMismatch: Error?
        for initializer in type.initializers {
            do {
                _ = try ArgumentMatcher.match(Array(initializer.parameters.dropFirst()), call, callee: type.name)
            } catch {
                firstMismatch = firstMismatch ?? error
                continue
            }
            let result = try runMethod(initializer, &receiver, arguments, call, writesBack: false)
            if case .nil = result, type.failableInitializers.contains(ObjectIdentifier(initializer)) { return .nil }
            if let missing = instance.fields.firstIndex(where: { if case .void = $0 { return true } else { return false } }),
               type.fields[missing].annotation?.description != "Void" {
                throw ScriptError("return from initializer without initializing all stored properties ('\(type.fields[missing].name)')")
            }
            return receiver
        }
        if let firstMismatch { throw firstMismatch }
        _ = try ArgumentMatcher.match([], call, callee: type.name)
        if let missing = type.fields.first(where: { $0.defaultValue == nil && !(!$0.isLet && $0.isOptional) }) {
            throw ScriptError("class '\(type.name)' has no initializers ('\(missing.name)' has no default value)")
        }
        return receiver
    }

    /// The stored properties' default values (an optional `var` defaults to nil); `()` for
    /// those without one and those in `except` (given by the call, so never evaluated).
    private func defaultFields(_ type: StructType, except: Set<Int>) throws -> [Value] {
        try type.fields.enumerated().map { index, field -> Value in
            if except.contains(index) { return .void }
            if let makeDefault = field.defaultValue { return try convert(try makeDefault(globals), to: field, what: "'\(field.name)'") }
            if !field.isLet, case .optional? = field.annotation { return .nil }
            return .void
        }
    }

    private func convert(_ value: Value, to field: StructType.Field, what: @autoclosure () -> String) throws -> Value {
        guard let annotation = field.annotation else { return value }
        return try TypeCheck.convert(value, to: annotation, what: what())
    }

    /// A method of a struct value or a static method of a struct type; nil for other receivers.
    func structMethod(_ receiver: inout Value, _ name: String, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value? {
        switch receiver {
        case .structure(let value):
            if name == "subscript", let getter = value.type.getters[StructType.subscriptKey(arguments.count)] {
                return try runMethod(getter, &receiver, arguments, call, writesBack: false)
            }
            if name == "init" {
                // `self.init(…)` in an initialiser: delegation.
                receiver = try construct(value.type, arguments, call)
                return .void
            }
            if let method = value.type.method(name, call) {
                return try runMethod(method.shape, &receiver, arguments, call, writesBack: method.isMutating)
            }
            if value.type.fieldIndex[name] != nil || value.type.getters[name] != nil {
                return try callValue(try property(receiver, name), arguments, labels: call.labels, trailing: call.trailing)
            }
            var error = ScriptError("value of type '\(value.type.name)' has no member '\(name)'")
            error.pointsAtMember = true
            throw error
        case .object(let instance as ClassInstance):
            if name == "subscript", let getter = instance.type.getters[StructType.subscriptKey(arguments.count)] {
                return try runMethod(getter, &receiver, arguments, call, writesBack: false)
            }
            if let method = instance.type.method(name, call) {
                return try runMethod(method.shape, &receiver, arguments, call, writesBack: false)
            }
            if instance.type.fieldIndex[name] != nil || instance.type.getters[name] != nil {
                return try callValue(try property(receiver, name), arguments, labels: call.labels, trailing: call.trailing)
            }
            var error = ScriptError("value of type '\(instance.type.name)' has no member '\(name)'")
            error.pointsAtMember = true
            throw error
        case .object(let type as StructType):
            if name == "init" { return try construct(type, arguments, call) }
            if let shape = type.staticMethods[name] {
                return try invoke(UserFunction(shape: shape, captured: globals), arguments, call)
            }
            if let value = try? staticProperty(type, name) {
                return try callValue(value, arguments, labels: call.labels, trailing: call.trailing)
            }
            var error = ScriptError("type '\(type.name)' has no member '\(name)'")
            error.pointsAtMember = true
            throw error
        case .type(let typeName):
            guard !builtinExtensions.isEmpty, let shape = builtinExtensions[typeName]?.staticMethods[name] else { return nil }
            return try invoke(UserFunction(shape: shape, captured: globals), arguments, call)
        default:
            guard !builtinExtensions.isEmpty, let method = builtinExtensions[receiver.typeName]?.method(name, call) else { return nil }
            return try runMethod(method.shape, &receiver, arguments, call, writesBack: method.isMutating)
        }
    }

    /// A stored or computed property of a struct value, or a static one of a struct type.
    func structProperty(_ receiver: Value, _ name: String) throws -> Value? {
        switch receiver {
        case .structure(let value):
            if let index = value.type.fieldIndex[name] { return value.fields[index] }
            if let getter = value.type.getters[name] {
                var copy = receiver
                return try runMethod(getter, &copy, [], ArgumentMatcher.CallShape(labels: [], trailing: []), writesBack: false)
            }
            if value.type.overloads[name] != nil { throw ScriptError(Unsupported.message("overloaded method '\(name)' used as a value")) }
            if let bound = try boundMethod(receiver, value.type, name) { return bound }
            throw ScriptError("value of type '\(value.type.name)' has no member '\(name)'")
        case .object(let instance as ClassInstance):
            if let index = instance.type.fieldIndex[name] { return instance.fields[index] }
            if let getter = instance.type.getters[name] {
                var copy = receiver
                return try runMethod(getter, &copy, [], ArgumentMatcher.CallShape(labels: [], trailing: []), writesBack: false)
            }
            if instance.type.overloads[name] != nil || instance.type.methods[name] != nil {
                // Bound methods (`let f = s.half(of:)`) are made for struct receivers only.
                throw ScriptError(Unsupported.message(instance.type.overloads[name] != nil ? "overloaded method '\(name)' used as a value" : "a class's method used as a value"))
            }
            throw ScriptError("value of type '\(instance.type.name)' has no member '\(name)'")
        case .object(let type as StructType):
            return try staticProperty(type, name)
        case .type(let typeName):
            guard !builtinExtensions.isEmpty, let type = builtinExtensions[typeName],
                  type.staticGetters[name] != nil || type.staticInitializers[name] != nil else { return nil }
            return try staticProperty(type, name)
        default:
            guard !builtinExtensions.isEmpty, let getter = builtinExtensions[receiver.typeName]?.getters[name] else { return nil }
            var copy = receiver
            return try runMethod(getter, &copy, [], ArgumentMatcher.CallShape(labels: [], trailing: []), writesBack: false)
        }
    }

    func staticProperty(_ type: StructType, _ name: String) throws -> Value {
        if let value = type.staticValues[name] { return value }
        if let makeValue = type.staticInitializers[name] {
            var value = try makeValue(globals)
            if let annotation = type.staticAnnotations[name] { value = try TypeCheck.convert(value, to: annotation, what: "'\(name)'") }
            type.staticValues[name] = value
            return value
        }
        if let getter = type.staticGetters[name] {
            return try invoke(UserFunction(shape: getter, captured: globals), [], ArgumentMatcher.CallShape(labels: [], trailing: []))
        }
        throw ScriptError("type '\(type.name)' has no member '\(name)'")
    }

    /// Assigns a property of a struct value (a computed one through its setter) or a static
    /// one; false for other receivers.
    func setStructProperty(_ receiver: inout Value, _ name: String, _ newValue: Value) throws -> Bool {
        switch receiver {
        case .structure(var value):
            if let index = value.type.fieldIndex[name] {
                let converted = try convert(newValue, to: value.type.fields[index], what: "property '\(name)'")
                receiver = .void
                value.fields[index] = converted
                receiver = .structure(value)
                return true
            }
            if let setter = value.type.setters[name] {
                _ = try runMethod(setter, &receiver, [newValue], ArgumentMatcher.CallShape(labels: [nil], trailing: [false]), writesBack: true)
                return true
            }
            if value.type.getters[name] != nil { throw ScriptError("cannot assign to property: '\(name)' is a get-only property") }
            throw ScriptError("value of type '\(value.type.name)' has no member '\(name)'")
        case .object(let instance as ClassInstance):
            if let index = instance.type.fieldIndex[name] {
                instance.fields[index] = try convert(newValue, to: instance.type.fields[index], what: "property '\(name)'")
                return true
            }
            if let setter = instance.type.setters[name] {
                var copy = receiver
                _ = try runMethod(setter, &copy, [newValue], ArgumentMatcher.CallShape(labels: [nil], trailing: [false]), writesBack: false)
                return true
            }
            if instance.type.getters[name] != nil { throw ScriptError("cannot assign to property: '\(name)' is a get-only property") }
            throw ScriptError("value of type '\(instance.type.name)' has no member '\(name)'")
        case .object(let type as StructType):
            guard type.staticInitializers[name] != nil else {
                throw ScriptError("cannot assign to property: '\(name)' is not a static stored property of '\(type.name)'")
            }
            var value = newValue
            if let annotation = type.staticAnnotations[name] { value = try TypeCheck.convert(value, to: annotation, what: "'\(name)'") }
            type.staticValues[name] = value
            return true
        default:
            return false
        }
    }

    /// `a op b` with a struct operand whose type implements `op` (`static func +`); nil otherwise.
    func structOperator(_ op: String, _ a: Value, _ b: Value) throws -> Value? {
        var owner: StructType?
        if case .structure(let s) = a { owner = s.type } else if case .structure(let s) = b { owner = s.type }
        else if case .object(let o as ClassInstance) = a { owner = o.type } else if case .object(let o as ClassInstance) = b { owner = o.type }
        if owner == nil, let enumType = Self.enumOwner(a, b), let function = enumType.staticMethods[op] {
            return try callValue(.function(function), [a, b], labels: [nil, nil])
        }
        guard let shape = owner?.staticMethods[op] else { return nil }
        return try invoke(UserFunction(shape: shape, captured: globals), [a, b], ArgumentMatcher.CallShape(labels: [nil, nil], trailing: [false, false]))
    }

    /// `<`, `<=`, `>`, `>=` on structs from their `<` (as `Comparable` derives them).
    func structComparison(_ op: String, _ a: Value, _ b: Value) throws -> Bool? {
        func less(_ x: Value, _ y: Value) throws -> Bool? {
            guard let result = try structOperator("<", x, y) else { return nil }
            guard case .bool(let r) = result else { throw ScriptError("operator '<' must return Bool") }
            return r
        }
        switch op {
        case "<": return try less(a, b)
        case ">": return try less(b, a)
        case "<=": return try less(b, a).map { !$0 }
        default: return try less(a, b).map { !$0 }
        }
    }

    /// `value[index] = newValue` through a struct's or class's `subscript` setter; false when
    /// the container is neither.
    func setStructSubscript(_ container: inout Value, _ index: Value, _ newValue: Value) throws -> Bool {
        let type: StructType
        switch container {
        case .structure(let value): type = value.type
        case .object(let instance as ClassInstance): type = instance.type
        default: return false
        }
        guard let setter = type.setters[StructType.subscriptKey(1)] else {
            throw ScriptError("cannot assign through subscript: subscript of '\(type.name)' is get-only")
        }
        _ = try runMethod(setter, &container, [index, newValue], ArgumentMatcher.CallShape(labels: [nil, nil], trailing: [false, false]),
                          writesBack: type.isClass == false)
        return true
    }

    /// `==` of two struct values: same type, equal stored properties (Swift's synthesised `==`).
    func structEquals(_ x: StructValue, _ y: StructValue, promote: Bool) throws -> Bool {
        guard x.type.name == y.type.name, x.fields.count == y.fields.count else { return false }
        if let custom = x.type.staticMethods["=="] {
            let result = try invoke(UserFunction(shape: custom, captured: globals), [.structure(x), .structure(y)],
                                    ArgumentMatcher.CallShape(labels: [nil, nil], trailing: [false, false]))
            if case .bool(let b) = result { return b }
        }
        for (a, b) in zip(x.fields, y.fields) where try !equals(a, b, promote: promote) { return false }
        return true
    }
}
