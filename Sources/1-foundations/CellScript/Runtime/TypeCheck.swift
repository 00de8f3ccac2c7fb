/// Runtime checks of type annotations (`let n: Int = …`, parameter types).
enum TypeCheck {
    /// Builtin type names allowed in annotations.
    static let builtinNames: Set<String> = [
        "Int", "Double", "Float", "String", "Bool", "Any", "AnyObject", "Void", "Array", "Dictionary",
        "Range", "ClosedRange", "Character", "Int64", "Int32", "Float32", "CGFloat", "Substring", "Set",
        "String.Index", "Unicode.Scalar", "UnicodeScalar",
        "Int8", "Int16", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
    ]

    /// Returns the value (Int converted to Double for a Double annotation) or throws a mismatch.
    static func convert(_ value: Value, to type: TypeAnnotation, what: @autoclosure () -> String) throws -> Value {
        if case .named(let name, _) = type {
            switch value {
            case .int where name == "Int", .double where name == "Double", .string where name == "String", .bool where name == "Bool":
                return value
            default: break
            }
        }
        if let converted = conform(value, type) { return converted }
        throw ScriptError("cannot convert value of type '\(describe(value))' to type '\(type)' of \(what())")
    }

    private static func conform(_ value: Value, _ type: TypeAnnotation) -> Value? {
        switch type {
        case .applied(let name, _, let range):
            return conform(value, .named(name, range))
        case .named(let name, _):
            switch (name, value) {
            case ("Any", _), ("AnyObject", _): return value
            case ("Error", .enumCase(let e)) where e.type.conformsToError: return value
            case ("Int", .int): return value
            case (let sized, .int(let i)) where IntegerKind.sized[sized] != nil:
                // An Int from code the checker could not type, as a literal of the sized type.
                return FixedWidthInt(exactly: Int128(i), IntegerKind.sized[sized]!).map(Value.fixedInt)
            case ("String.Index", .int): return value  // a Character offset (see StandardLibrary+StringIndex.swift)
            case ("Unicode.Scalar", .string), ("UnicodeScalar", .string): return value  // one scalar (StandardLibrary+TextExtras.swift)
            case ("Double", .double), ("Float", .double), ("Float32", .double), ("CGFloat", .double): return value
            case ("Double", .int(let i)), ("Float", .int(let i)), ("Float32", .int(let i)), ("CGFloat", .int(let i)): return .double(Double(i))
            case ("String", .string), ("Character", .string), ("Substring", .string), ("Bool", .bool), ("Void", .void): return value
            case ("Array", .array), ("Dictionary", .dictionary), ("Range", .range), ("ClosedRange", .range): return value
            default: return value.typeName == name ? value : nil
            }
        case .optional(let wrapped):
            if case .nil = value { return value }
            return conform(value, wrapped)
        case .array(let element):
            guard case .array(let items) = value else { return nil }
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items {
                guard let converted = conform(item, element) else { return nil }
                out.append(converted)
            }
            return .array(out)
        case .dictionary(let keyType, let valueType):
            guard case .dictionary(let dict) = value else { return nil }
            var out = DictionaryValue()
            for (k, v) in zip(dict.keys, dict.values) {
                guard let ck = conform(k, keyType), let cv = conform(v, valueType) else { return nil }
                out.set(ck, cv)
            }
            return .dictionary(out)
        case .tuple(let types), .labeledTuple(let types, _):
            guard case .tuple(let items) = value, items.count == types.count else { return nil }
            var out: [Value] = []
            for (item, t) in zip(items, types) {
                guard let c = conform(item, t) else { return nil }
                out.append(c)
            }
            return .tuple(out)
        case .function:
            if case .function = value { return value }
            return nil
        case .set:
            return value.typeName == "Set" ? value : nil
        }
    }

    /// A Swift-like type description of a value: `Int`, `[Double]`, `(Int, String)`.
    static func describe(_ value: Value) -> String {
        switch value {
        case .array(let items):
            guard let first = items.first else { return "[Any]" }
            let t = describe(first)
            return items.allSatisfy({ describe($0) == t }) ? "[\(t)]" : "[Any]"
        case .tuple(let items): return "(" + items.map(describe).joined(separator: ", ") + ")"
        case .nil: return "nil"
        default: return value.typeName
        }
    }

    /// Whether a type name is known (builtin or registered).
    static func isKnown(_ type: TypeAnnotation, registry: HostRegistry, declared: Set<String> = []) -> (String, SourceRange)? {
        switch type {
        case .named(let name, let range):
            return builtinNames.contains(name) || registry.typeNames.contains(name) || declared.contains(name) ? nil : (name, range)
        case .array(let t), .optional(let t), .set(let t): return isKnown(t, registry: registry, declared: declared)
        case .dictionary(let k, let v): return isKnown(k, registry: registry, declared: declared) ?? isKnown(v, registry: registry, declared: declared)
        case .tuple(let items), .labeledTuple(let items, _):
            for item in items { if let bad = isKnown(item, registry: registry, declared: declared) { return bad } }
            return nil
        case .function: return nil
        case .applied(let name, _, let range): return isKnown(.named(name, range), registry: registry, declared: declared)
        }
    }
}
