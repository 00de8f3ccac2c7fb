@testable import CellScript

/// A small host type for the script tests: a vector of Doubles with operators.
final class Vec: HostObject, CustomStringConvertible {
    var values: [Double]
    init(_ values: [Double]) { self.values = values }
    var typeName: String { "Vec" }
    var description: String { "Vec(\(values.map { String($0) }.joined(separator: ", ")))" }
}

/// A layer-like host type built with implicit members (`.relu`, `.leakyReLU(0.2)`).
final class Layer: HostObject, CustomStringConvertible {
    let name: String
    init(_ name: String) { self.name = name }
    var typeName: String { "Layer" }
    var description: String { name }
}

/// Registers the test host types and functions, the way the notebook registers the engine.
enum TestHost {
    static func registry() throws -> HostRegistry {
        let r = HostRegistry.standard()
        try r.type("Vec", doc: "A vector of Doubles.")
        try r.initializer("Vec(_ values: [Double])", doc: "A vector from an array.") { args, _ in .object(Vec(try args.doubles(0))) }
        try r.initializer("Vec(repeating value: Double, count: Int)", doc: "A constant vector.") { args, _ in
            .object(Vec(Array(repeating: try args.double(0), count: try args.int(1))))
        }
        try r.property(on: "Vec", "count: Int", doc: "Number of elements.") { v, _ in
            .int(try vec(v).values.count)
        }
        try r.method(on: "Vec", "sum() -> Double", doc: "Sum of the elements.") { v, _, _ in .double(try vec(v).values.reduce(0, +)) }
        try r.method(on: "Vec", "scale(by factor: Double)", doc: "Multiplies in place.") { v, args, _ in
            let f = try args.double(0)
            let x = try vec(v)
            x.values = x.values.map { $0 * f }
            return .void
        }
        try r.method(on: "Vec", "subscript(_ i: Int) -> Double", doc: "Element i.") { v, args, _ in
            let x = try vec(v), i = try args.int(0)
            guard x.values.indices.contains(i) else { throw HostError("Vec index \(i) out of range 0..<\(x.values.count)") }
            return .double(x.values[i])
        }
        try r.infixOperator("+", lhs: "Vec", rhs: "Vec", doc: "Elementwise sum.") { a, b, _ in
            let x = try vec(a), y = try vec(b)
            guard x.values.count == y.values.count else { throw HostError("shape mismatch: [\(x.values.count)] + [\(y.values.count)]") }
            return .object(Vec(zip(x.values, y.values).map(+)))
        }
        try r.infixOperator("*", lhs: "Double", rhs: "Vec", doc: "Scalar product.") { a, b, _ in
            let s = a.asDouble ?? 0
            return .object(Vec(try vec(b).values.map { $0 * s }))
        }
        try r.prefixOperator("-", operand: "Vec", doc: "Negation.") { a, _ in .object(Vec(try vec(a).values.map { -$0 })) }
        try r.staticMethod(on: "Vec", "zeros(_ n: Int) -> Vec", doc: "A zero vector.") { args, _ in .object(Vec(Array(repeating: 0, count: try args.int(0)))) }
        try r.function("Normal(mean: Double, std: Double = 1) -> String", doc: "Describes a normal distribution.") { args, _ in
            .string("N(\(try args.double(0)), \(try args.double(1, default: 1)))")
        }
        try r.function("applyTwice(_ f: (Double) -> Double, to x: Double) -> Double", doc: "f(f(x)).") { args, context in
            let f = try args.value(0)
            return try context.call(f, [try context.call(f, [try args.value(1)])])
        }
        try r.function("train(epochs: Int, _ step: (Int) -> Void)", doc: "Calls step for each epoch.") { args, context in
            for epoch in 0..<(try args.int(0)) { _ = try context.call(try args.value(1), [.int(epoch)]) }
            return .void
        }
        try r.function("Chart(title: String = \"\", _ content: () -> [Any]) -> String", doc: "Collects marks.") { args, context in
            let marks = try context.collect(try args.value(1))
            return .string("Chart(\(args[0].map(\.description) ?? ""): \(marks.map(\.description).joined(separator: "; ")))")
        }
        try r.function("Sequential(_ layers: () -> [Layer]) -> String", doc: "A model from layers.") { args, context in
            .string("Sequential[" + (try context.collect(try args.value(0))).map(\.description).joined(separator: ", ") + "]")
        }
        try r.function("Activation(_ kind: Symbol) -> Layer", doc: "An activation layer.") { args, _ in
            .object(Layer("Activation(\(try args.value(0)))"))
        }
        try r.function("Linear(_ input: Int, _ output: Int) -> Layer", doc: "A linear layer.") { args, _ in
            .object(Layer("Linear(\(try args.int(0)), \(try args.int(1)))"))
        }
        try r.function("sleepForever()", doc: "A host loop that checks the deadline.") { _, context in
            while true { try context.checkDeadline() }
        }
        return r
    }

    static func vec(_ v: Value) throws -> Vec {
        guard case .object(let o) = v, let x = o as? Vec else { throw HostError("expected Vec, got \(v.typeName)") }
        return x
    }
}
