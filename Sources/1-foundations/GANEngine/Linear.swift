/// Fully connected layer `y = x·Wᵀ + b`; weight `[out, in]`, bias `[out]` (PyTorch layout).
///
/// ```swift
/// var rng = SeededGenerator(seed: 0)
/// let fc = try Linear(784, 400, using: &rng)
/// let h = try fc(x)   // x: [B, 784] → [B, 400]
/// ```
public final class Linear: Module {
    /// Input and output feature counts.
    public let inputSize: Int, outputSize: Int
    /// Weight `[out, in]`.
    public let weight: Tensor
    /// Bias `[out]`, when enabled.
    public let bias: Tensor?
    public var isTraining = true

    /// Creates the layer with PyTorch's default initialisation drawn from `generator`.
    public init(_ inputSize: Int, _ outputSize: Int, bias: Bool = true, using generator: inout SeededGenerator) throws {
        guard inputSize > 0, outputSize > 0 else {
            throw EngineError.invalidArgument(operation: "Linear", message: "sizes \(inputSize)→\(outputSize) must be positive")
        }
        self.inputSize = inputSize; self.outputSize = outputSize
        weight = try parameter([outputSize, inputSize], "Linear")
        self.bias = bias ? try parameter([outputSize], "Linear") : nil
        Initializer.pytorchDefault(weight: weight, bias: self.bias, fanIn: inputSize, using: &generator)
    }

    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        guard input.rank >= 1, input.shape.last == inputSize else {
            throw EngineError.incompatibleShapes(operation: "Linear(\(inputSize)→\(outputSize))", shapes: [input.shape, weight.shape],
                                                 detail: "input's last dimension must be \(inputSize)")
        }
        if input.rank == 2 { return try input.linear(weight: weight, bias: bias) }
        let flat = try input.reshaped([-1, inputSize]).linear(weight: weight, bias: bias)
        return try flat.reshaped(Array(input.shape.dropLast()) + [outputSize])
    }

    public func namedParameters() -> [(String, Tensor)] { [("weight", weight)] + (bias.map { [("bias", $0)] } ?? []) }
    public var layerDescription: String { "Linear(\(inputSize)→\(outputSize)\(bias == nil ? ", no bias" : ""))" }
}
