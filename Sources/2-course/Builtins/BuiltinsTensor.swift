import CellScript
import Foundation
import GANEngine

/// A `Tensor` in a cell: wraps a GANEngine tensor (a reference, like PyTorch's).
final class TensorObject: Displayable {
    let tensor: Tensor
    var typeName: String { "Tensor" }

    init(_ tensor: Tensor) { self.tensor = tensor }

    /// `Tensor [64, 1, 28, 28]  mean 0.013  std 0.98`, with the values for small tensors.
    func rendered() throws -> RenderedDisplay { .text(preview) }

    var preview: String {
        let shape = "Tensor [" + tensor.shape.map(String.init).joined(separator: ", ") + "]"
        let values = tensor.values.map(Double.init)
        if values.count <= 24 { return shape + "  " + Self.nestedText(values, tensor.shape) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        let first = values.prefix(6).map(BuiltinValues.format).joined(separator: ", ")
        return "\(shape)  mean \(BuiltinValues.format(mean))  std \(BuiltinValues.format(variance.squareRoot()))"
            + "  min \(BuiltinValues.format(values.min() ?? 0))  max \(BuiltinValues.format(values.max() ?? 0))  [\(first), …]"
    }

    /// Values nested by shape: `[[1, 2], [3, 4]]`.
    static func nestedText(_ values: [Double], _ shape: [Int]) -> String {
        guard let size = shape.first else { return values.first.map(BuiltinValues.format) ?? "" }
        let inner = shape.dropFirst().reduce(1, *)
        let parts = (0..<size).map { i in nestedText(Array(values[(i * inner)..<((i + 1) * inner)]), Array(shape.dropFirst())) }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}

extension Builtins {
    /// Tensor type, creation functions (random ones draw from `context.generator`), properties
    /// and methods.
    static func registerTensors(in r: BuiltinRegistrar, context: BuiltinContext) throws {
        let t = BuiltinValues.tensorValue
        try r.type("Tensor", doc: "An n-dimensional Float32 array with automatic differentiation.")
        try r.initializer("Tensor(_ values: [Double])", doc: "A tensor from a number or (nested) array of numbers, e.g. `Tensor([[1, 2], [3, 4]])`.") { args, _ in
            t(try BuiltinValues.tensorLike(try args.value(0), "Tensor(_:)"))
        }
        try r.function("zeros(_ shape: [Int]) -> Tensor", effect: .freshValue, sizeCheck: .shapeArgument(0), doc: "A tensor of zeros.") { args, _ in
            t(try Tensor.zeros(try shape(args, 0)))
        }
        try r.function("ones(_ shape: [Int]) -> Tensor", effect: .freshValue, sizeCheck: .shapeArgument(0), doc: "A tensor of ones.") { args, _ in
            t(try Tensor.ones(try shape(args, 0)))
        }
        try r.function("full(_ shape: [Int], _ value: Double) -> Tensor", effect: .freshValue, sizeCheck: .shapeArgument(0), doc: "A tensor filled with `value`.") { args, _ in
            t(try Tensor.full(try shape(args, 0), value: Float(try args.double(1))))
        }
        try r.function("randn(_ shape: [Int]) -> Tensor", effect: .freshValue, sizeCheck: .shapeArgument(0), doc: "Standard normal N(0, 1) samples from the cell's random stream.") { args, _ in
            t(try Tensor.randn(try shape(args, 0), using: &context.generator))
        }
        try r.function("rand(_ shape: [Int]) -> Tensor", effect: .freshValue, sizeCheck: .shapeArgument(0), doc: "Uniform U[0, 1) samples from the cell's random stream.") { args, _ in
            t(try Tensor.rand(try shape(args, 0), using: &context.generator))
        }
        try r.function("uniform(_ shape: [Int], low: Double = 0, high: Double = 1) -> Tensor", effect: .freshValue,
                       sizeCheck: .shapeArgument(0), doc: "Uniform U[low, high) samples from the cell's random stream.") { args, _ in
            let low = try args.double(1, default: 0), high = try args.double(2, default: 1)
            guard low < high else { throw HostError("uniform: low (\(low)) must be below high (\(high))") }
            return t(try Tensor.rand(try shape(args, 0), low: Float(low), high: Float(high), using: &context.generator))
        }
        try registerTensorProperties(r)
        try registerTensorReductions(r)
        try registerTensorMethods(r)
    }

    static func shape(_ args: Arguments, _ index: Int) throws -> [Int] {
        let dims = try BuiltinValues.ints(try args.value(index), "\(args.signature.name): shape")
        if let bad = dims.first(where: { $0 < 0 }) { throw HostError("\(args.signature.name): shape \(dims) has a negative size \(bad)") }
        return dims
    }

    private static func receiver(_ value: Value) throws -> Tensor {
        try BuiltinValues.tensor(value, "receiver")
    }

    private static func registerTensorProperties(_ r: BuiltinRegistrar) throws {
        try r.property(on: "Tensor", "shape: [Int]", doc: "Sizes of the dimensions.") { v, _ in
            .array(try receiver(v).shape.map { .int($0) })
        }
        try r.property(on: "Tensor", "count: Int", doc: "Number of elements.") { v, _ in .int(try receiver(v).count) }
        try r.property(on: "Tensor", "rank: Int", doc: "Number of dimensions.") { v, _ in .int(try receiver(v).rank) }
        try r.property(on: "Tensor", "grad: Tensor?", doc: "Gradient accumulated by `backward()`, or nil.") { v, _ in
            try receiver(v).grad.map(BuiltinValues.tensorValue) ?? .nil
        }
    }

    private static func registerTensorReductions(_ r: BuiltinRegistrar) throws {
        let t = BuiltinValues.tensorValue
        let whole: [(String, String, (Tensor) throws -> Tensor)] = [
            ("sum", "Sum of all elements.", { try $0.sum() }),
            ("mean", "Mean of all elements.", { try $0.mean() }),
            ("std", "Standard deviation of all elements (unbiased, like PyTorch).", { try $0.std() }),
            ("max", "Largest element.", { try $0.max() }),
            ("min", "Smallest element.", { try -((-$0).max()) }),
        ]
        for (name, doc, f) in whole {
            try r.method(on: "Tensor", "\(name)() -> Double", effect: .readOnly,
                         doc: doc + " A Double, or a one-element Tensor when the tensor carries gradients (so a loss can `backward()`).") { v, _, _ in
                let tensor = try receiver(v)
                let result = try f(tensor)
                return tensor.requiresGrad ? t(result) : .double(Double(try result.item()))
            }
        }
        for numberType in ["Double", "Int"] {
            try r.method(on: numberType, "item() -> Double", effect: .readOnly, doc: "The number itself, so `t.mean().item()` works whether or not `t` carries gradients.") { v, _, _ in
                guard let d = v.asDouble else { throw HostError("item: expected a number, got \(v.typeName)") }
                return .double(d)
            }
        }
        try r.method(on: "Tensor", "formatted(digits: Int = 3) -> String", effect: .readOnly, sizeCheck: .counts([CountArgument(0, "digits", 0...15)]), doc: "A one-element tensor's value as text with `digits` decimals.") { v, args, _ in
            let digits = try args.int(0, default: 3)
            guard (0...15).contains(digits) else { throw HostError("formatted: digits must be in 0...15, got \(digits)") }
            return .string(String(format: "%.\(digits)f", Double(try receiver(v).item())))
        }
        try r.method(on: "Tensor", "sum(axis: Int) -> Tensor", effect: .readOnly, doc: "Sum along an axis (removed).") { v, args, _ in
            t(try receiver(v).sum(axis: try args.int(0)))
        }
        try r.method(on: "Tensor", "mean(axis: Int) -> Tensor", effect: .readOnly, doc: "Mean along an axis (removed).") { v, args, _ in
            t(try receiver(v).mean(axis: try args.int(0)))
        }
        try r.method(on: "Tensor", "std(axis: Int) -> Tensor", effect: .readOnly, doc: "Standard deviation along an axis (unbiased).") { v, args, _ in
            t(try receiver(v).std(axes: [try args.int(0)]))
        }
        try r.method(on: "Tensor", "max(axis: Int) -> Tensor", effect: .readOnly, doc: "Maximum along an axis (removed).") { v, args, _ in
            t(try receiver(v).max(axis: try args.int(0)))
        }
        try r.method(on: "Tensor", "argmax(axis: Int) -> [Int]", effect: .readOnly, doc: "Index of the maximum along an axis, flattened.") { v, args, _ in
            .array(try receiver(v).argmax(axis: try args.int(0)).values.map { .int(Int($0)) })
        }
        try r.method(on: "Tensor", "norm(axis: Int) -> Tensor", effect: .readOnly, doc: "L2 norm along an axis (removed).") { v, args, _ in
            t(try receiver(v).square().sum(axis: try args.int(0)).sqrt())
        }
        try r.method(on: "Tensor", "item() -> Double", effect: .readOnly, doc: "The value of a one-element tensor.") { v, _, _ in
            .double(Double(try receiver(v).item()))
        }
        try r.method(on: "Tensor", "toArray() -> [Double]", effect: .readOnly, doc: "All values, flattened in row-major order.") { v, _, _ in
            BuiltinValues.doublesValue(try receiver(v).values.map(Double.init))
        }
    }

    private static func registerTensorMethods(_ r: BuiltinRegistrar) throws {
        let t = BuiltinValues.tensorValue
        try r.method(on: "Tensor", "reshaped(_ shape: [Int]) -> Tensor", effect: .readOnly, doc: "Same values with a new shape (one size may be -1).") { v, args, _ in
            t(try receiver(v).reshaped(try BuiltinValues.ints(try args.value(0), "reshaped: shape")))
        }
        try r.method(on: "Tensor", "detached() -> Tensor", effect: .readOnly, doc: "The same values without gradient history.") { v, _, _ in
            t(try receiver(v).detached())
        }
        try r.method(on: "Tensor", "requiresGrad() -> Tensor", doc: "A copy that tracks gradients (a new leaf).") { v, _, _ in
            t(try receiver(v).copy().requiringGradient())
        }
        try r.method(on: "Tensor", "backward(inputs: [Tensor]? = nil)",
                     doc: "Back-propagates from a one-element tensor into the `grad` of every leaf, or only of `inputs` (e.g. `G.parameters`; gradients that lead nowhere else are skipped, which saves time).") { v, args, _ in
            guard let given = args[0] else {
                try receiver(v).backward()
                return .void
            }
            guard case .array(let items) = given else {
                throw HostError("backward: argument 'inputs' must be an array of tensors such as G.parameters, got \(given.typeName)")
            }
            let inputs = try items.enumerated().map { try BuiltinValues.tensor($0.element, "backward: inputs element \($0.offset)") }
            try receiver(v).backward(inputs: inputs)
            return .void
        }
        try r.method(on: "Tensor", "subscript(_ index: Int) -> Tensor", doc: "`t[i]`: row i; `t[a..<b]`: rows a to b (first axis).") { v, args, _ in
            let tensor = try receiver(v)
            switch try args.value(0) {
            case .int(let i): return t(try tensor.row(i))
            case .range(let range):
                guard tensor.rank >= 1, range.lowerBound >= 0, range.upperBound <= tensor.shape[0], range.count > 0 else {
                    throw HostError("Tensor subscript: rows \(range.lowerBound)..<\(range.upperBound) are outside a tensor of shape \(tensor.shape)")
                }
                return t(try tensor.slice(axis: 0, start: range.lowerBound, length: range.count))
            case .array(let items):
                return t(try tensor.indexSelect(axis: 0, indices: try BuiltinValues.ints(.array(items), "Tensor subscript")))
            case let other: throw HostError("Tensor subscript: index must be an Int, a range or [Int], got \(other.typeName)")
            }
        }
        let unary: [(String, String, (Tensor) throws -> Tensor)] = [
            ("exp", "Elementwise eˣ.", { try $0.exp() }), ("log", "Elementwise natural logarithm.", { try $0.log() }),
            ("sqrt", "Elementwise square root.", { try $0.sqrt() }), ("square", "Elementwise x².", { try $0.square() }),
            ("abs", "Elementwise |x|.", { try $0.abs() }),
        ]
        for (name, doc, f) in unary {
            try r.method(on: "Tensor", "\(name)() -> Tensor", effect: .readOnly, doc: doc) { v, _, _ in t(try f(try receiver(v))) }
        }
        try r.method(on: "Tensor", "pow(_ exponent: Double) -> Tensor", effect: .readOnly, doc: "Elementwise xᵖ.") { v, args, _ in
            t(try receiver(v).pow(Float(try args.double(0))))
        }
        try r.method(on: "Tensor", "clamped(min: Double = -inf, max: Double = inf) -> Tensor", effect: .readOnly, doc: "Values limited to [min, max].") { v, args, _ in
            let low = try args.double(0, default: -.infinity), high = try args.double(1, default: .infinity)
            guard low <= high else { throw HostError("clamped: min (\(low)) must not exceed max (\(high))") }
            return t(try receiver(v).clamp(min: Float(low), max: Float(high)))
        }
    }
}
