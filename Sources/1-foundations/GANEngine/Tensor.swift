/// An n-dimensional array of Float32 values in contiguous row-major order, with reverse-mode autodiff.
///
/// `Tensor` is a reference type, like PyTorch's: parameters are updated in place by optimizers and
/// gradients accumulate in `grad`. Operations that can fail throw `EngineError`.
///
/// ```swift
/// var rng = SeededGenerator(seed: 0)
/// let w = try Tensor.randn([3, 2], using: &rng).requiringGradient()
/// let x = try Tensor(shape: [4, 3], values: Array(repeating: 1, count: 12))
/// let loss = try (x.matmul(w)).square().mean()
/// try loss.backward()
/// print(w.grad!.shape)   // [3, 2]
/// ```
public final class Tensor: @unchecked Sendable {
    /// Sizes of each dimension (empty for a scalar).
    public let shape: [Int]
    /// Number of elements (product of `shape`).
    public let count: Int
    let storage: Storage
    /// Whether gradients flow to (and, for leaves, accumulate in) this tensor.
    public internal(set) var requiresGrad: Bool
    /// Accumulated gradient of a leaf tensor after `backward()`; `nil` before or after `zeroGrad`.
    public var grad: Tensor?
    /// The operation that produced this tensor, when it was recorded for autodiff.
    var node: GradNode?

    init(shape: [Int], count: Int, storage: Storage, requiresGrad: Bool = false) {
        self.shape = shape
        self.count = count
        self.storage = storage
        self.requiresGrad = requiresGrad
    }

    /// Raw pointer to the elements (row-major). Valid while the tensor is alive.
    @inline(__always) var data: UnsafeMutablePointer<Float> { storage.pointer }

    /// Creates a tensor with an uninitialised buffer (internal: callers fill every element).
    static func uninitialized(_ shape: [Int], _ operation: String) throws -> Tensor {
        let n = try checkedAllocation(shape, operation)
        return Tensor(shape: shape, count: n, storage: Storage(uninitializedCount: n))
    }

    /// Unchecked variant for shapes derived from already-validated tensors.
    @inline(__always) static func make(_ shape: [Int], _ n: Int) -> Tensor {
        Tensor(shape: shape, count: n, storage: Storage(uninitializedCount: n))
    }

    /// Creates a tensor from row-major values.
    /// - Throws: when `values.count` differs from the product of `shape`.
    public convenience init(shape: [Int], values: [Float]) throws {
        let n = try checkedAllocation(shape, "Tensor(shape:values:)")
        guard n == values.count else {
            throw EngineError.invalidArgument(operation: "Tensor(shape:values:)",
                                              message: "shape \(shape) needs \(n) values, got \(values.count)")
        }
        let s = Storage(uninitializedCount: n)
        values.withUnsafeBufferPointer { buf in
            if let base = buf.baseAddress { s.pointer.initialize(from: base, count: n) }
        }
        self.init(shape: shape, count: n, storage: s)
    }

    /// A rank-0 tensor holding `value`.
    public convenience init(scalar value: Float) {
        self.init(shape: [], count: 1, storage: Storage(count: 1, repeating: value))
    }

    /// Number of dimensions.
    public var rank: Int { shape.count }

    /// Copy of the elements in row-major order.
    public var values: [Float] { Array(UnsafeBufferPointer(start: data, count: count)) }

    /// The single element of a one-element tensor.
    public func item() throws -> Float {
        guard count == 1 else {
            throw EngineError.invalidArgument(operation: "item", message: "tensor of shape \(shape) has \(count) elements, expected 1")
        }
        return data[0]
    }

    /// Element at a multi-dimensional index.
    public func value(at index: [Int]) throws -> Float {
        guard index.count == rank else {
            throw EngineError.invalidArgument(operation: "value(at:)", message: "index \(index) has \(index.count) components for shape \(shape)")
        }
        var offset = 0
        for (i, (ix, d)) in zip(index, shape).enumerated() {
            guard ix >= 0, ix < d else { throw EngineError.indexOutOfRange(operation: "value(at:) axis \(i)", index: ix, count: d) }
            offset = offset * d + ix
        }
        return data[offset]
    }

    /// Whether this tensor is a leaf of the graph (created by the user, not by a recorded op).
    public var isLeaf: Bool { node == nil }

    /// Marks this tensor as a leaf that collects gradients; returns `self` for chaining.
    @discardableResult
    public func requiringGradient(_ flag: Bool = true) -> Tensor {
        requiresGrad = flag
        if !flag { node = nil }
        return self
    }

    /// A tensor sharing this one's values with no gradient history (like PyTorch's `detach()`).
    public func detached() -> Tensor {
        Tensor(shape: shape, count: count, storage: storage)
    }

    /// A deep copy of the values (no gradient history).
    public func copy() -> Tensor {
        let t = Tensor.make(shape, count)
        t.data.update(from: data, count: count)
        return t
    }

    /// Overwrites this tensor's values with `other`'s (same element count), outside autodiff.
    public func assign(_ other: Tensor) throws {
        guard other.count == count else {
            throw EngineError.incompatibleShapes(operation: "assign", shapes: [shape, other.shape])
        }
        data.update(from: other.data, count: count)
    }

    /// Overwrites this tensor's values from an array, outside autodiff.
    public func assign(values: [Float]) throws {
        guard values.count == count else {
            throw EngineError.invalidArgument(operation: "assign(values:)", message: "tensor of shape \(shape) needs \(count) values, got \(values.count)")
        }
        values.withUnsafeBufferPointer { if let b = $0.baseAddress { data.update(from: b, count: count) } }
    }
}

extension Tensor: CustomStringConvertible {
    /// Short description: shape and up to 8 leading values.
    public var description: String {
        let shown = (0..<min(count, 8)).map { String(data[$0]) }.joined(separator: ", ")
        return "Tensor(shape: \(shape), values: [\(shown)\(count > 8 ? ", …" : "")])"
    }
}
