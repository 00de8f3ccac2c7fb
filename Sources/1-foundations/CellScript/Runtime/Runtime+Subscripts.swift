/// Subscripts and property assignment.
extension Runtime {
    func subscriptGet(_ container: Value, _ index: Value) throws -> Value {
        switch (container, index) {
        case (.array(let items), .int(let i)):
            guard i >= 0, i < items.count else { throw ScriptError("index out of range: index \(i), but the array has \(items.count) element\(items.count == 1 ? "" : "s")") }
            return items[i]
        case (.array(let items), .range(let r)):
            guard r.lowerBound >= 0, r.upperBound <= items.count else {
                throw ScriptError("range \(Value.range(r).debugDescription) out of bounds for an array of \(items.count) elements")
            }
            return .array(Array(items[r.lowerBound..<r.upperBound]))
        case (.dictionary(let dict), _):
            guard DictionaryValue.isHashable(index) else { throw ScriptError(DictionaryValue.unsupportedKeyMessage(index)) }
            return dict[index] ?? .nil
        case (.tuple(let items), .int(let i)):
            guard i >= 0, i < items.count else { throw ScriptError("index out of range: index \(i), but the tuple has \(items.count) elements") }
            return items[i]
        case (.string(let s), .int(let i)):
            // A `String.Index` (the checker refuses an Int here, as Swift does).
            do { return try StringIndices.character(s, i) } catch let error as HostError { throw ScriptError(error.message) }
        case (.string(let s), .range(let r)):
            do { return try StringIndices.substring(s, r) } catch let error as HostError { throw ScriptError(error.message) }
        case (.object, _), (.structure, _):
            var receiver = container
            return try callMethod(&receiver, "subscript", [index], ArgumentMatcher.CallShape(labels: [nil], trailing: [false]))
        case (.array, _):
            throw ScriptError("cannot subscript an array with '\(index.typeName)'; use an Int or a range")
        default:
            if let value = try builtinExtensionSubscript(container, [index], ArgumentMatcher.CallShape(labels: [nil], trailing: [false])) { return value }
            if let value = try rangeSubscript(container, index) { return value }
            throw ScriptError("value of type '\(container.typeName)' has no subscripts")
        }
    }

    func subscriptSet(_ container: inout Value, _ index: Value, _ newValue: Value) throws {
        switch (container, index) {
        case (.array(var items), .int(let i)):
            guard i >= 0, i < items.count else { throw ScriptError("index out of range: index \(i), but the array has \(items.count) element\(items.count == 1 ? "" : "s")") }
            container = .void
            items[i] = newValue
            container = .array(items)
        case (.dictionary(var dict), _):
            container = .void
            let ok = dict.set(index, newValue.isNil ? nil : newValue)
            container = .dictionary(dict)
            if !ok { throw ScriptError(DictionaryValue.unsupportedKeyMessage(index)) }
        default:
            if try setStructSubscript(&container, index, newValue) { return }
            throw ScriptError("cannot assign through subscript of value of type '\(container.typeName)'")
        }
    }

    func setProperty(_ receiver: inout Value, _ name: String, _ newValue: Value) throws {
        if try setStructProperty(&receiver, name, newValue) { return }
        if case .tuple(var items) = receiver, let i = Int(name), i < items.count {
            items[i] = newValue
            receiver = .tuple(items)
            return
        }
        guard let property = propertyGetter(receiver.typeName, name) else {
            throw ScriptError("value of type '\(receiver.typeName)' has no member '\(name)'")
        }
        guard let setter = property.setter else {
            if case .object = receiver { return }
            throw ScriptError("cannot assign to property: '\(name)' is a get-only property")
        }
        do { try setter(&receiver, newValue, context) } catch let error as HostError { throw ScriptError(error.message) }
    }
}
