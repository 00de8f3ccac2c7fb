/// `Bool.toggle()`, `compactMapValues`, `Int(exactly:)`/`Double(exactly:)` and the bounds of a
/// `ClosedRange`.
extension StandardLibrary {
    static func registerValueExtras(_ r: HostRegistry) throws {
        try r.method(on: "Bool", "toggle()", mutating: true, doc: "Flips the value: true becomes false.") { v, _, _ in
            guard case .bool(let b) = v else { throw HostError("value of type '\(v.typeName)' is not a Bool") }
            v = .bool(!b)
            return .void
        }
        try r.method(on: "Dictionary", "compactMapValues<T>(_ transform: (Value) -> T?) -> [Key: T]",
                     doc: "The same keys with transformed values, without the entries whose value became nil.") { v, args, c in
            guard case .dictionary(let dict) = v else { throw HostError("value of type '\(v.typeName)' is not a Dictionary") }
            let f = try args.value(0)
            var out = DictionaryValue()
            for (k, value) in zip(dict.keys, dict.values) {
                let mapped = try c.runtime.call1(f, value)
                if case .nil = mapped { continue }
                out.set(k, mapped)
            }
            return .dictionary(out)
        }
        try r.initializer("Int(exactly source: Double) -> Int?", doc: "The Int equal to the value, or nil when it has a fraction or is out of range.") { args, _ in
            switch try args.value(0) {
            case .int(let i): return .int(i)
            case .double(let d): return Int(exactly: d).map(Value.int) ?? .nil
            case let other: throw HostError("cannot convert value of type '\(other.typeName)' to Int")
            }
        }
        try r.initializer("Double(exactly source: Int) -> Double?", doc: "The Double equal to the value, or nil when a Double cannot hold it exactly.") { args, _ in
            switch try args.value(0) {
            case .int(let i): return Double(exactly: i).map(Value.double) ?? .nil
            case .double(let d): return .double(d)
            case let other: throw HostError("cannot convert value of type '\(other.typeName)' to Double")
            }
        }
        try r.property(on: "ClosedRange", "lowerBound: Int", doc: "First value of the range.") { v, _ in
            guard case .range(let range) = v else { return .nil }
            return .int(range.lowerBound)
        }
        try r.property(on: "ClosedRange", "upperBound: Int", doc: "Last value of the range.") { v, _ in
            guard case .range(let range) = v else { return .nil }
            return .int(range.upperBound - 1)
        }
    }
}
