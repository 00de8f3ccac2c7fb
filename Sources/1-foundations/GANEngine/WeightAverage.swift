/// Copying and averaging the state of one module into another of the same architecture.
///
/// An exponential moving average of a generator's weights (Yazıcı et al., 2019, "The Unusual
/// Effectiveness of Averaging in GAN Training"; used by ProGAN, StyleGAN, BigGAN) samples
/// better than the last iterate: the adversarial game makes the weights circle around a good
/// point, and the average sits closer to it.
///
/// ```swift
/// let average = makeGenerator()          // same layers as G
/// try average.copyState(from: G)
/// for step in 0..<steps {
///     …                                  // update G
///     try average.moveAverage(toward: G, decay: 0.999)
/// }
/// ```
extension Module {
    /// Overwrites this module's parameters and buffers with `source`'s (outside autodiff).
    /// Both must have the same parameter and buffer names and shapes.
    public func copyState(from source: any Module) throws {
        for (target, value) in try matchedState(with: source, operation: "copyState") {
            try target.assign(value)
        }
    }

    /// Moves every parameter and buffer a step toward `source`'s:
    /// `self ← decay · self + (1 − decay) · source`, outside autodiff.
    /// Buffers (batch-norm running statistics) are averaged like the parameters, as
    /// PyTorch-image-models' `ModelEma` does. `decay` must lie in [0, 1].
    public func moveAverage(toward source: any Module, decay: Float) throws {
        guard decay.isFinite, decay >= 0, decay <= 1 else {
            throw EngineError.invalidArgument(operation: "moveAverage", message: "decay must lie in [0, 1], got \(decay)")
        }
        let keep = decay, take = 1 - decay
        for (target, value) in try matchedState(with: source, operation: "moveAverage") {
            let t = target.data, v = value.data
            for i in 0..<target.count { t[i] = keep * t[i] + take * v[i] }
        }
    }

    /// Pairs this module's parameters and buffers with `source`'s by name, checking shapes.
    private func matchedState(with source: any Module, operation: String) throws -> [(Tensor, Tensor)] {
        if source === self {
            throw EngineError.invalidArgument(operation: operation, message: "a module cannot be averaged with itself")
        }
        let mine = namedParameters() + namedBuffers()
        let theirs = source.namedParameters() + source.namedBuffers()
        guard mine.map(\.0) == theirs.map(\.0) else {
            throw EngineError.invalidArgument(
                operation: operation,
                message: "the two models have different layers (\(mine.count) vs \(theirs.count) tensors: "
                    + "\(describe(mine.map(\.0))) vs \(describe(theirs.map(\.0))))")
        }
        return try zip(mine, theirs).map { own, other in
            guard own.1.shape == other.1.shape else {
                throw EngineError.incompatibleShapes(operation: "\(operation) \(own.0)", shapes: [own.1.shape, other.1.shape])
            }
            return (own.1, other.1)
        }
    }
}

private func describe(_ names: [String]) -> String {
    names.count <= 4 ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + ", …"
}
