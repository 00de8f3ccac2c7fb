/// Writes through a user subscript with any number of indices.
extension Runtime {
    /// Runs the setter of the `subscript` of `container` taking `indices`; throws when the
    /// container has no such subscript or it is get-only.
    func setStructSubscript(_ container: inout Value, _ indices: [Value], _ labels: [String?], _ newValue: Value) throws {
        let type: StructType
        switch container {
        case .structure(let value): type = value.type
        case .object(let instance as ClassInstance): type = instance.type
        default: throw ScriptError("cannot assign through subscript of value of type '\(container.typeName)'")
        }
        guard let setter = type.setters[StructType.subscriptKey(indices.count)] else {
            throw ScriptError("cannot assign through subscript: subscript of '\(type.name)' is get-only")
        }
        let shape = ArgumentMatcher.CallShape(labels: labels + [nil], trailing: Array(repeating: false, count: indices.count + 1))
        _ = try runMethod(setter, &container, indices + [newValue], shape, writesBack: type.isClass == false)
    }
}

/// `extension Int { subscript(digitIndex: Int) -> Int { … } }`: subscripts added to builtin types.
extension Runtime {
    /// The value of an extension subscript of a builtin value; nil when its type has none.
    func builtinExtensionSubscript(_ container: Value, _ indices: [Value], _ call: ArgumentMatcher.CallShape) throws -> Value? {
        guard !builtinExtensions.isEmpty,
              let getter = builtinExtensions[container.typeName]?.getters[StructType.subscriptKey(indices.count)] else { return nil }
        var copy = container
        return try runMethod(getter, &copy, indices, call, writesBack: false)
    }
}
