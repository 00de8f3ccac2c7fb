/// Labelled jumps, thrown errors and enum members at run time.
extension Runtime {
    /// A loop's view of its body's flow: a `break`/`continue` naming this loop's label becomes a
    /// plain one; other labels pass through (to an outer loop).
    @inline(__always)
    func claim(_ flow: Flow, _ label: String?) -> Flow {
        if flow.rawValue < Flow.breakLabel.rawValue { return flow }
        guard let label, flow != .fallthroughCase, jumpLabel == label else { return flow }
        jumpLabel = nil
        return flow == .breakLabel ? .breakLoop : .continueLoop
    }

    /// The error `throw value` raises; `catch` and `try?` recognise it by ``ScriptError/thrown``.
    static func thrownError(_ value: Value, _ range: SourceRange) -> ScriptError {
        var error = ScriptError("Fatal error: Error raised at top level: \(value.debugDescription)", range)
        error.thrown = value
        return error
    }

    /// Calls a method of an enum value; a `mutating` one writes the new `self` back.
    func callEnumMethod(_ receiver: inout Value, _ method: EnumMethod, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value {
        guard let user = method.function.user else { return .void }
        let shape = ArgumentMatcher.CallShape(labels: [nil] + call.labels, trailing: [false] + call.trailing)
        let result = try invoke(user, [receiver] + arguments, shape)
        guard method.isMutating, case .tuple(let pair) = result, pair.count == 2 else { return result }
        receiver = pair[1]
        return pair[0]
    }

    /// `value.name` for an enum value: `rawValue`, a computed property.
    func enumProperty(_ value: EnumValue, _ name: String) throws -> Value? {
        if name == "rawValue", let raw = value.type.rawValues { return raw[value.index] }
        if let getter = value.type.properties[name], let user = getter.user {
            return try invoke(user, [.enumCase(value)], ArgumentMatcher.CallShape(labels: [nil], trailing: [false]))
        }
        return nil
    }

    /// `Type.name` for an enum type: a case, a case constructor, `allCases`, a static member.
    func enumMember(_ type: EnumType, _ name: String) throws -> Value? {
        if let index = type.caseIndex(name) {
            guard let labels = type.caseLabels[index] else { return .enumCase(EnumValue(type: type, index: index, payload: [])) }
            if let made = enumConstructors[ObjectIdentifier(type)]?[index] { return .function(made) }
            let parameters = labels.enumerated().map { i, label in "\(label ?? "_") v\(i): Any" }.joined(separator: ", ")
            let signature = try Signature("\(name)(\(parameters)) -> \(type.name)")
            let made = Function(native: HostRegistry.Callable(signature: signature, function: { args, _ in
                .enumCase(EnumValue(type: type, index: index, payload: args.values.map { $0 ?? .void }))
            }))
            enumConstructors[ObjectIdentifier(type), default: [:]][index] = made
            return .function(made)
        }
        if name == "allCases" {
            return .array(type.caseNames.indices.map { .enumCase(EnumValue(type: type, index: $0, payload: [])) })
        }
        if let value = type.staticValues[name] { return value }
        if let getter = type.staticProperties[name], let user = getter.user {
            return try invoke(user, [], ArgumentMatcher.CallShape(labels: [], trailing: []))
        }
        if let method = type.staticMethods[name] { return .function(method) }
        return nil
    }

    /// `Type(rawValue: x)`: the case with that raw value, or nil.
    func enumFromRawValue(_ type: EnumType, _ raw: Value) throws -> Value {
        guard let raws = type.rawValues else { throw ScriptError("'\(type.name)' has no raw values") }
        for (i, candidate) in raws.enumerated() where try equals(candidate, raw, promote: false) {
            return .enumCase(EnumValue(type: type, index: i, payload: []))
        }
        return .nil
    }
}

extension Runtime {
    /// `value.method(…)` or `Type.member(…)` when the receiver is an enum value or type.
    func callEnumMember(_ receiver: inout Value, _ name: String, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value? {
        switch receiver {
        case .enumCase(let value):
            if let method = value.type.methods[name] { return try callEnumMethod(&receiver, method, arguments, call) }
            if let property = try enumProperty(value, name) { return try callValue(property, arguments, labels: call.labels, trailing: call.trailing) }
            return nil
        case .type(let typeName):
            guard let type = enumTypes[typeName], let member = try enumMember(type, name) else { return nil }
            return try callValue(member, arguments, labels: call.labels, trailing: call.trailing)
        default:
            return nil
        }
    }

    /// `value.name` or `Type.name` when the receiver is an enum value or type.
    func enumMember(of receiver: Value, _ name: String) throws -> Value? {
        switch receiver {
        case .enumCase(let value): return try enumProperty(value, name)
        case .type(let typeName):
            guard let type = enumTypes[typeName] else { return nil }
            return try enumMember(type, name)
        default: return nil
        }
    }
}

extension Runtime {
    /// `Type(…)` for a cell's enum: its `init` whose labels fit, else `init?(rawValue:)`.
    func constructEnum(_ type: EnumType, _ arguments: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value {
        let shape = ArgumentMatcher.CallShape(labels: [nil] + call.labels, trailing: [false] + call.trailing)
        for initializer in type.initializers {
            guard let user = initializer.user, (try? ArgumentMatcher.match(user.shape.parameters, shape, callee: "init")) != nil else { continue }
            return try invoke(user, [.void] + arguments, shape)
        }
        if call.labels == ["rawValue"], arguments.count == 1, type.rawValues != nil { return try enumFromRawValue(type, arguments[0]) }
        throw ScriptError("no initializer of '\(type.name)' takes these arguments")
    }
}
