/// The evaluated arguments of a host call, in the order of the signature's parameters.
/// A parameter without an argument (defaulted) is nil; a variadic parameter holds an array.
///
/// ```swift
/// registry.function("normalPDF(_ x: Double, mean: Double = 0, std: Double = 1) -> Double",
///                   doc: "Density of N(mean, std²) at x.") { args, _ in
///     let x = try args.double(0), mean = try args.double(1, default: 0), std = try args.double(2, default: 1)
///     return .double(exp(-(x - mean) * (x - mean) / (2 * std * std)) / (std * (2 * .pi).squareRoot()))
/// }
/// ```
public struct Arguments {
    public let signature: Signature
    public var values: [Value?]

    public init(signature: Signature, values: [Value?]) {
        self.signature = signature
        self.values = values
    }

    public var count: Int { values.count }

    /// The argument of parameter `index`, nil when it was left to its default.
    public subscript(index: Int) -> Value? { index < values.count ? values[index] : nil }

    /// The argument for the parameter named `name` (its label or internal name).
    public subscript(name: String) -> Value? {
        guard let i = signature.parameters.firstIndex(where: { $0.name == name || $0.label == name }) else { return nil }
        return self[i]
    }

    private func parameterName(_ index: Int) -> String {
        index < signature.parameters.count ? signature.parameters[index].name : "#\(index)"
    }

    /// A required argument.
    public func value(_ index: Int) throws -> Value {
        guard let v = self[index] else { throw HostError("\(signature.name): missing argument '\(parameterName(index))'") }
        return v
    }

    private func mismatch(_ index: Int, _ expected: String, _ got: Value) -> HostError {
        HostError("\(signature.name): argument '\(parameterName(index))' must be \(expected), got \(got.typeName)")
    }

    public func double(_ index: Int) throws -> Double {
        let v = try value(index)
        guard let d = v.asDouble else { throw mismatch(index, "Double", v) }
        return d
    }

    public func double(_ index: Int, default fallback: Double) throws -> Double {
        self[index] == nil ? fallback : try double(index)
    }

    public func int(_ index: Int) throws -> Int {
        let v = try value(index)
        guard case .int(let i) = v else { throw mismatch(index, "Int", v) }
        return i
    }

    public func int(_ index: Int, default fallback: Int) throws -> Int {
        self[index] == nil ? fallback : try int(index)
    }

    public func string(_ index: Int) throws -> String {
        let v = try value(index)
        guard case .string(let s) = v else { throw mismatch(index, "String", v) }
        return s
    }

    public func bool(_ index: Int) throws -> Bool {
        let v = try value(index)
        guard case .bool(let b) = v else { throw mismatch(index, "Bool", v) }
        return b
    }

    public func array(_ index: Int) throws -> [Value] {
        let v = try value(index)
        switch v {
        case .array(let items): return items
        case .range(let r):
            try StandardLibrary.checkNewArray(count: r.count, "\(signature.name): the range \(v.debugDescription)")
            return (r.lowerBound..<r.upperBound).map { .int($0) }
        default: throw mismatch(index, "an array", v)
        }
    }

    /// An array of numbers as Doubles.
    public func doubles(_ index: Int) throws -> [Double] {
        try array(index).map { item in
            guard let d = item.asDouble else { throw mismatch(index, "[Double]", item) }
            return d
        }
    }

    /// A host object of a given Swift class.
    public func object<T: HostObject>(_ index: Int, as type: T.Type) throws -> T {
        let v = try value(index)
        guard case .object(let o) = v, let typed = o as? T else { throw mismatch(index, String(describing: T.self), v) }
        return typed
    }
}
