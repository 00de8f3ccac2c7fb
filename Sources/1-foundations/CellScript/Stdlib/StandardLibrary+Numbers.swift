import Foundation

/// Properties and methods of Int and Double, and their static constants.
extension StandardLibrary {
    static func registerNumbers(_ r: HostRegistry) throws {
        let constants: [(String, Double, String)] = [
            ("pi", Double.pi, "π ≈ 3.14159."), ("infinity", .infinity, "Positive infinity."),
            ("nan", .nan, "Not a number."), ("greatestFiniteMagnitude", .greatestFiniteMagnitude, "Largest finite Double."),
            ("ulpOfOne", .ulpOfOne, "Machine epsilon."),
        ]
        for (name, value, doc) in constants {
            try r.staticProperty(on: "Double", "\(name): Double", doc: doc) { _ in .double(value) }
        }
        try r.staticProperty(on: "Int", "max: Int", doc: "Largest Int.") { _ in .int(.max) }
        try r.staticProperty(on: "Int", "min: Int", doc: "Smallest Int.") { _ in .int(.min) }
        let flags: [(String, (Double) -> Bool, String)] = [
            ("isNaN", { $0.isNaN }, "True if the value is NaN."), ("isInfinite", { $0.isInfinite }, "True for ±infinity."),
            ("isFinite", { $0.isFinite }, "True unless NaN or infinite."),
        ]
        for (name, test, doc) in flags {
            try r.property(on: "Double", "\(name): Bool", doc: doc) { v, _ in .bool(test(v.asDouble ?? 0)) }
        }
        try r.property(on: "Double", "magnitude: Double", doc: "Absolute value.") { v, _ in .double(Swift.abs(v.asDouble ?? 0)) }
        try r.property(on: "Int", "magnitude: Int", doc: "Absolute value.") { v, _ in
            guard case .int(let i) = v, i != .min else { throw HostError("magnitude: overflow") }
            return .int(Swift.abs(i))
        }
        try r.method(on: "Double", "rounded() -> Double", doc: "Rounded to the nearest integer value.") { v, _, _ in .double((v.asDouble ?? 0).rounded()) }
        try r.method(on: "Double", "squareRoot() -> Double", doc: "Square root.") { v, _, _ in .double((v.asDouble ?? 0).squareRoot()) }
        try r.method(on: "Double", "formatted(digits: Int = 2) -> String", doc: "The number with `digits` digits after the decimal point.") { v, args, _ in
            let digits = try args.int(0, default: 2)
            guard (0...20).contains(digits) else { throw HostError("formatted(digits:): digits must be 0...20, got \(digits)") }
            return .string(String(format: "%.\(digits)f", v.asDouble ?? 0))
        }
        try r.method(on: "Int", "formatted(digits: Int = 0) -> String", doc: "The number as text (with `digits` decimals).") { v, args, _ in
            let digits = try args.int(0, default: 0)
            guard (0...20).contains(digits) else { throw HostError("formatted(digits:): digits must be 0...20, got \(digits)") }
            return .string(String(format: "%.\(digits)f", v.asDouble ?? 0))
        }
        try r.method(on: "Int", "isMultiple(of other: Int) -> Bool", doc: "True if other divides the value.") { v, args, _ in
            guard case .int(let i) = v else { return .bool(false) }
            return .bool(i.isMultiple(of: try args.int(0)))
        }
        try r.property(on: "Any", "description: String", doc: "The text `print` writes for the value.") { v, _ in .string(v.description) }
    }
}
