/// 2-D convolution layer; weight `[out, in, k, k]`, bias `[out]` (PyTorch layout).
///
/// ```swift
/// let conv = try Conv2d(1, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng)  // [B,1,28,28] → [B,64,14,14]
/// ```
public final class Conv2d: Module {
    /// Geometry of the convolution (square kernel).
    public let inChannels: Int, outChannels: Int, kernelSize: Int, stride: Int, padding: Int
    /// Kernel weights.
    public let weight: Tensor
    /// Per-output-channel bias, when enabled.
    public let bias: Tensor?
    public var isTraining = true

    /// Creates the layer with PyTorch's default initialisation; throws on non-positive sizes.
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                bias: Bool = true, using generator: inout SeededGenerator) throws {
        try validateLayer("Conv2d", inChannels, outChannels, kernelSize, stride, padding)
        self.inChannels = inChannels; self.outChannels = outChannels
        self.kernelSize = kernelSize; self.stride = stride; self.padding = padding
        weight = try parameter([outChannels, inChannels, kernelSize, kernelSize], "Conv2d")
        self.bias = bias ? try parameter([outChannels], "Conv2d") : nil
        Initializer.pytorchDefault(weight: weight, bias: self.bias, fanIn: inChannels * kernelSize * kernelSize, using: &generator)
    }

    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        try input.conv2d(weight: weight, bias: bias, stride: stride, padding: padding)
    }

    public func namedParameters() -> [(String, Tensor)] { [("weight", weight)] + (bias.map { [("bias", $0)] } ?? []) }
    public var layerDescription: String { "Conv2d(\(inChannels)→\(outChannels), k\(kernelSize), s\(stride), p\(padding))" }
}

/// 2-D transposed convolution layer; weight `[in, out, k, k]`, bias `[out]` (PyTorch layout).
///
/// ```swift
/// let up = try ConvTranspose2d(128, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng)  // 7×7 → 14×14
/// ```
public final class ConvTranspose2d: Module {
    /// Geometry of the transposed convolution (square kernel).
    public let inChannels: Int, outChannels: Int, kernelSize: Int, stride: Int, padding: Int, outputPadding: Int
    /// Kernel weights.
    public let weight: Tensor
    /// Per-output-channel bias, when enabled.
    public let bias: Tensor?
    public var isTraining = true

    /// Creates the layer with PyTorch's default initialisation; `outputPadding` must be below `stride`.
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                outputPadding: Int = 0, bias: Bool = true, using generator: inout SeededGenerator) throws {
        try validateLayer("ConvTranspose2d", inChannels, outChannels, kernelSize, stride, padding)
        guard outputPadding >= 0, outputPadding < stride else {
            throw EngineError.invalidArgument(operation: "ConvTranspose2d", message: "output padding \(outputPadding) must be in 0..<stride (\(stride))")
        }
        self.inChannels = inChannels; self.outChannels = outChannels; self.kernelSize = kernelSize
        self.stride = stride; self.padding = padding; self.outputPadding = outputPadding
        weight = try parameter([inChannels, outChannels, kernelSize, kernelSize], "ConvTranspose2d")
        self.bias = bias ? try parameter([outChannels], "ConvTranspose2d") : nil
        Initializer.pytorchDefault(weight: weight, bias: self.bias, fanIn: outChannels * kernelSize * kernelSize, using: &generator)
    }

    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        try input.convTranspose2d(weight: weight, bias: bias, stride: stride, padding: padding, outputPadding: outputPadding)
    }

    public func namedParameters() -> [(String, Tensor)] { [("weight", weight)] + (bias.map { [("bias", $0)] } ?? []) }
    public var layerDescription: String {
        "ConvTranspose2d(\(inChannels)→\(outChannels), k\(kernelSize), s\(stride), p\(padding)\(outputPadding > 0 ? ", op\(outputPadding)" : ""))"
    }
}

private func validateLayer(_ name: String, _ cin: Int, _ cout: Int, _ k: Int, _ s: Int, _ p: Int) throws {
    guard cin > 0, cout > 0 else { throw EngineError.invalidArgument(operation: name, message: "channels \(cin)→\(cout) must be positive") }
    guard k > 0 else { throw EngineError.invalidArgument(operation: name, message: "kernel size \(k) must be positive") }
    guard s > 0 else { throw EngineError.invalidArgument(operation: name, message: "stride \(s) must be positive") }
    guard p >= 0 else { throw EngineError.invalidArgument(operation: name, message: "padding \(p) must be non-negative") }
}
