import Foundation
import PortableMath

/// Free functions: print, math, min/max, stride, zip.
extension StandardLibrary {
    /// The one-argument math functions, registered as `name(_ x: Double) -> Double`; the type
    /// checker gives their `Float` calls a `Float` result (`TypeChecker+MathFunctions.swift`).
    static let unaryMathFunctions: [(name: String, doc: String, apply: @Sendable (Double) -> Double)] = [
        ("sqrt", "Square root.", { $0.squareRoot() }), ("exp", "e raised to x.", { PortableMath.CorrectlyRounded.exp($0) }),
        ("log", "Natural logarithm.", { PortableMath.CorrectlyRounded.log($0) }), ("log2", "Base-2 logarithm.", { PortableMath.CorrectlyRounded.log2($0) }),
        ("log10", "Base-10 logarithm.", { PortableMath.CorrectlyRounded.log10($0) }), ("sin", "Sine (radians).", { PortableMath.CorrectlyRounded.sin($0) }),
        ("cos", "Cosine (radians).", { PortableMath.CorrectlyRounded.cos($0) }), ("tan", "Tangent (radians).", { PortableMath.tan($0) }),
        ("tanh", "Hyperbolic tangent.", { PortableMath.tanh($0) }), ("atan", "Arc tangent.", { PortableMath.atan($0) }),
        ("floor", "Largest integer value not above x.", Foundation.floor), ("ceil", "Smallest integer value not below x.", Foundation.ceil),
    ]

    static func registerFunctions(_ r: HostRegistry) throws {
        try r.function("print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                       doc: "Writes the items' descriptions to the cell output.") { args, context in
            let items = try args.array(0)
            let separator = args[1] == nil ? " " : try args.string(1)
            let terminator = args[2] == nil ? "\n" : try args.string(2)
            if let name = items.lazy.compactMap(\.unprintableStructName).first {
                throw HostError("printing a value of type '\(name)' by its default description is not supported in cells; give it a 'description' (CustomStringConvertible)")
            }
            context.write(items.map(\.description).joined(separator: separator) + terminator)
            return .void
        }
        for (name, doc, f) in unaryMathFunctions {
            try r.function("\(name)(_ x: Double) -> Double", doc: doc) { args, _ in .double(f(try args.double(0))) }
        }
        try r.function("pow(_ x: Double, _ y: Double) -> Double", doc: "x raised to the power y.") { args, _ in
            .double(PortableMath.CorrectlyRounded.pow(try args.double(0), try args.double(1)))
        }
        try r.function("atan2(_ y: Double, _ x: Double) -> Double", doc: "Angle of the point (x, y).") { args, _ in
            .double(PortableMath.atan2(try args.double(0), try args.double(1)))
        }
        try r.function("abs<T: Comparable>(_ x: T) -> T", doc: "Absolute value (Int stays Int).") { args, _ in
            let v = try args.value(0)
            if case .int(let i) = v {
                guard i != .min else { throw HostError("abs: arithmetic overflow for \(i)") }
                return .int(Swift.abs(i))
            }
            return .double(Swift.abs(try args.double(0)))
        }
        try r.function("min(_ values: Any...) -> Any", doc: "The smallest of two or more values.") { args, context in
            try extreme(try args.array(0), "min", context) { try less($0, $1, context.runtime) }
        }
        try r.function("max(_ values: Any...) -> Any", doc: "The largest of two or more values.") { args, context in
            try extreme(try args.array(0), "max", context) { try less($1, $0, context.runtime) }
        }
        try r.function("stride<T: Strideable>(from start: T, to end: T, by step: T) -> StrideTo<T>",
                       doc: "Values from start up to (not including) end in steps.") { args, _ in
            try stride(args, inclusive: false)
        }
        try r.function("stride<T: Strideable>(from start: T, through end: T, by step: T) -> StrideThrough<T>",
                       doc: "Values from start up to and including end in steps.") { args, _ in
            try stride(args, inclusive: true)
        }
        try r.function("zip<A, B>(_ a: [A], _ b: [B]) -> Zip2Sequence<[A], [B]>", doc: "Pairs of corresponding elements.") { args, _ in
            let a = try elements(try args.value(0)), b = try elements(try args.value(1))
            return .array(zip(a, b).map { .tuple([$0, $1]) })
        }
        try r.function("fatalError(_ message: String = \"\")", doc: "Stops the cell with an error.") { args, _ in
            throw HostError("fatal error" + (args[0] == nil ? "" : ": " + (try args.string(0))))
        }
        try r.function("assert(_ condition: Bool, _ message: String = \"\")", doc: "Stops the cell if the condition is false.") { args, _ in
            if try !args.bool(0) { throw HostError("assertion failed" + (args[1] == nil ? "" : ": " + (try args.string(1)))) }
            return .void
        }
        try r.function("precondition(_ condition: Bool, _ message: String = \"\")", doc: "Stops the cell if the condition is false.") { args, _ in
            if try !args.bool(0) { throw HostError("precondition failed" + (args[1] == nil ? "" : ": " + (try args.string(1)))) }
            return .void
        }
        try r.function("preconditionFailure(_ message: String = \"\")", doc: "Stops the cell with an error.") { args, _ in
            throw HostError("fatal error" + (args[0] == nil ? "" : ": " + (try args.string(0))))
        }
    }

    private static func extreme(_ values: [Value], _ name: String, _ context: CallContext, _ better: (Value, Value) throws -> Bool) throws -> Value {
        guard values.count >= 2 else { throw HostError("\(name) needs at least two arguments; use array.\(name)() for a collection") }
        var best = values[0]
        for v in values.dropFirst() where try better(v, best) { best = v }
        if values.contains(where: { if case .double = $0 { return true } else { return false } }), let d = best.asDouble { return .double(d) }
        return best
    }

    private static func stride(_ args: Arguments, inclusive: Bool) throws -> Value {
        let values = [try args.value(0), try args.value(1), try args.value(2)]
        if case .int(let start) = values[0], case .int(let end) = values[1], case .int(let step) = values[2] {
            guard step != 0 else { throw HostError("stride: step must not be zero") }
            let count = (Double(end) - Double(start)) / Double(step)
            guard count <= Double(Limits.maximumCollectionCount) else { throw HostError("stride: too many elements (\(count))") }
            return .array(inclusive ? Swift.stride(from: start, through: end, by: step).map { .int($0) }
                                    : Swift.stride(from: start, to: end, by: step).map { .int($0) })
        }
        let start = try args.double(0), end = try args.double(1), step = try args.double(2)
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else { throw HostError("stride: step must be finite and non-zero") }
        guard (end - start) / step <= Double(Limits.maximumCollectionCount) else { throw HostError("stride: too many elements") }
        return .array(inclusive ? Swift.stride(from: start, through: end, by: step).map { .double($0) }
                                : Swift.stride(from: start, to: end, by: step).map { .double($0) })
    }
}
