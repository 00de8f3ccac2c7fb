/// Batch normalisation with learnable `weight` (gamma) and `bias` (beta) and running statistics.
/// PyTorch semantics: biased batch variance to normalise, unbiased variance in the running estimate,
/// `momentum` 0.1, `epsilon` 1e-5. Use `BatchNorm1d` for `[B, C]` and `BatchNorm2d` for `[B, C, H, W]`.
public class BatchNorm: Module {
    /// Number of channels C.
    public let numFeatures: Int
    /// Running-statistics momentum and the variance epsilon.
    public let momentum: Float, epsilon: Float
    /// Learnable scale (gamma) and shift (beta), `[C]`.
    public let weight: Tensor, bias: Tensor
    /// Running statistics used in evaluation mode, `[C]` (buffers `running_mean`, `running_var`).
    public let runningMean: Tensor, runningVar: Tensor
    public var isTraining = true
    let expectedRank: Int

    init(_ numFeatures: Int, momentum: Float, epsilon: Float, rank: Int) throws {
        guard numFeatures > 0 else {
            throw EngineError.invalidArgument(operation: "BatchNorm", message: "feature count \(numFeatures) must be positive")
        }
        self.numFeatures = numFeatures; self.momentum = momentum; self.epsilon = epsilon; expectedRank = rank
        weight = try Tensor.ones([numFeatures]).requiringGradient()
        bias = try Tensor.zeros([numFeatures]).requiringGradient()
        runningMean = try Tensor.zeros([numFeatures])
        runningVar = try Tensor.ones([numFeatures])
    }

    public func callAsFunction(_ input: Tensor) throws -> Tensor { try callAsFunction(input, activation: nil) }

    /// The layer, then `activation` in the same pass (used by `Sequential`).
    func callAsFunction(_ input: Tensor, activation: FusedActivation?) throws -> Tensor {
        guard input.rank == expectedRank, input.shape[1] == numFeatures else {
            throw EngineError.invalidArgument(operation: layerDescription, message: "expected input of rank \(expectedRank) with \(numFeatures) channels, got \(input.shape)")
        }
        return try input.batchNorm(gamma: weight, beta: bias, runningMean: runningMean, runningVar: runningVar,
                                   training: isTraining, momentum: momentum, epsilon: epsilon, activation: activation)
    }

    public func namedParameters() -> [(String, Tensor)] { [("weight", weight), ("bias", bias)] }
    public func namedBuffers() -> [(String, Tensor)] { [("running_mean", runningMean), ("running_var", runningVar)] }
    public var layerDescription: String { "BatchNorm(\(numFeatures))" }
}

/// Batch norm over features of `[B, C]` inputs.
public final class BatchNorm1d: BatchNorm {
    /// Creates the layer (gamma 1, beta 0, running mean 0, running variance 1).
    public init(_ numFeatures: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) throws {
        try super.init(numFeatures, momentum: momentum, epsilon: epsilon, rank: 2)
    }
    public override var layerDescription: String { "BatchNorm1d(\(numFeatures))" }
}

/// Batch norm over channels of `[B, C, H, W]` inputs.
public final class BatchNorm2d: BatchNorm {
    /// Creates the layer (gamma 1, beta 0, running mean 0, running variance 1).
    public init(_ numChannels: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) throws {
        try super.init(numChannels, momentum: momentum, epsilon: epsilon, rank: 4)
    }
    public override var layerDescription: String { "BatchNorm2d(\(numFeatures))" }
}
