/// `max(x, 0)`.
public final class ReLU: Module {
    public var isTraining = true
    /// Creates the activation layer.
    public init() {}
    public func callAsFunction(_ input: Tensor) throws -> Tensor { try input.relu() }
    public func namedParameters() -> [(String, Tensor)] { [] }
    public var layerDescription: String { "ReLU" }
}

/// `x` if positive, else `slope·x`.
public final class LeakyReLU: Module {
    /// Slope for negative inputs.
    public let slope: Float
    public var isTraining = true
    /// Creates the layer with negative slope `slope` (PyTorch default 0.01).
    public init(_ slope: Float = 0.01) { self.slope = slope }
    public func callAsFunction(_ input: Tensor) throws -> Tensor { try input.leakyRelu(slope: slope) }
    public func namedParameters() -> [(String, Tensor)] { [] }
    public var layerDescription: String { "LeakyReLU(\(slope))" }
}

/// Hyperbolic tangent.
public final class Tanh: Module {
    public var isTraining = true
    /// Creates the activation layer.
    public init() {}
    public func callAsFunction(_ input: Tensor) throws -> Tensor { try input.tanh() }
    public func namedParameters() -> [(String, Tensor)] { [] }
    public var layerDescription: String { "Tanh" }
}

/// Logistic sigmoid.
public final class Sigmoid: Module {
    public var isTraining = true
    /// Creates the activation layer.
    public init() {}
    public func callAsFunction(_ input: Tensor) throws -> Tensor { try input.sigmoid() }
    public func namedParameters() -> [(String, Tensor)] { [] }
    public var layerDescription: String { "Sigmoid" }
}

/// Reshapes each example (the batch dimension is kept): `Reshape([128, 7, 7])` maps `[B, 6272]` → `[B, 128, 7, 7]`.
public final class Reshape: Module {
    /// Per-example target shape.
    public let shape: [Int]
    public var isTraining = true
    /// Creates the layer; `shape` excludes the batch dimension and may hold one -1.
    public init(_ shape: [Int]) { self.shape = shape }
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        guard input.rank >= 1 else { throw EngineError.invalidArgument(operation: "Reshape", message: "input has no batch dimension") }
        return try input.reshaped([input.shape[0]] + shape)
    }
    public func namedParameters() -> [(String, Tensor)] { [] }
    public var layerDescription: String { "Reshape(\(shape.map(String.init).joined(separator: "×")))" }
}

/// Flattens all dimensions after the batch dimension.
public final class Flatten: Module {
    public var isTraining = true
    /// Creates the activation layer.
    public init() {}
    public func callAsFunction(_ input: Tensor) throws -> Tensor { try input.flattened(startAxis: 1) }
    public func namedParameters() -> [(String, Tensor)] { [] }
    public var layerDescription: String { "Flatten" }
}

/// Zeroes each element with probability `p` in training and scales the rest by `1/(1-p)`;
/// identity in evaluation. Its mask stream comes from its own seeded generator.
public final class Dropout: Module {
    /// Probability of zeroing an element.
    public let probability: Float
    public var isTraining = true
    /// Where the next mask is drawn from (saved and restored with value snapshots).
    public var maskGenerator: SeededGenerator

    /// Creates the layer; `seed` fixes its mask stream. Throws unless 0 ≤ p < 1.
    public init(_ probability: Float = 0.5, seed: UInt64 = 0) throws {
        guard probability >= 0, probability < 1 else {
            throw EngineError.invalidArgument(operation: "Dropout", message: "probability \(probability) must be in [0, 1)")
        }
        self.probability = probability
        maskGenerator = SeededGenerator(seed: seed)
    }

    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        if !isTraining || probability == 0 { return input }
        let mask = Tensor.make(input.shape, input.count)
        let keep = 1 / (1 - probability)
        for i in 0..<mask.count { mask.data[i] = maskGenerator.uniform() < probability ? 0 : keep }
        return try input * mask
    }
    public func namedParameters() -> [(String, Tensor)] { [] }
    public var layerDescription: String { "Dropout(\(probability))" }
}
