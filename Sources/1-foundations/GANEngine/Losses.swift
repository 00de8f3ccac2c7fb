import PortableMath
/// How a loss combines its per-element terms.
public enum Reduction: String, Sendable {
    case mean, sum
}

/// Loss functions. All return a scalar tensor (shape `[]`).
///
/// ```swift
/// let lossD = try Loss.binaryCrossEntropy(d(real), targets: ones) + Loss.binaryCrossEntropy(d(fake), targets: zeros)
/// ```
public enum Loss {
    /// BCE on probabilities `p ∈ [0, 1]`: `-(y·log p + (1-y)·log(1-p))`, each log floored at -100 as in
    /// PyTorch's `BCELoss`. Fused primitive; gradient `(p - y) / max(p(1-p), 1e-12)`.
    public static func binaryCrossEntropy(_ p: Tensor, targets y: Tensor, reduction: Reduction = .mean) throws -> Tensor {
        guard p.shape == y.shape else { throw EngineError.incompatibleShapes(operation: "binaryCrossEntropy", shapes: [p.shape, y.shape]) }
        var total: Float = 0
        for i in 0..<p.count {
            let pv = p.data[i], yv = y.data[i]
            let lp = max(PortableMath.log(pv), -100), lq = max(PortableMath.log(1 - pv), -100)
            total -= yv * lp + (1 - yv) * lq
        }
        let scale: Float = reduction == .mean ? 1 / Float(max(p.count, 1)) : 1
        return Tensor.record(Tensor(scalar: total * scale), .binaryCrossEntropy(scale: scale), [p, y])
    }

    /// Stable BCE on logits: `softplus(x) - y·x` (PyTorch's `BCEWithLogitsLoss`).
    public static func binaryCrossEntropyWithLogits(_ logits: Tensor, targets y: Tensor, reduction: Reduction = .mean) throws -> Tensor {
        guard logits.shape == y.shape else {
            throw EngineError.incompatibleShapes(operation: "binaryCrossEntropyWithLogits", shapes: [logits.shape, y.shape])
        }
        let terms = try logits.softplus() - logits * y
        return reduction == .mean ? try terms.mean() : try terms.sum()
    }

    /// Mean (or summed) squared error.
    public static func meanSquaredError(_ x: Tensor, targets y: Tensor, reduction: Reduction = .mean) throws -> Tensor {
        guard x.shape == y.shape else { throw EngineError.incompatibleShapes(operation: "meanSquaredError", shapes: [x.shape, y.shape]) }
        let terms = try (x - y).square()
        return reduction == .mean ? try terms.mean() : try terms.sum()
    }

    /// Mean (or summed) absolute error.
    public static func l1(_ x: Tensor, targets y: Tensor, reduction: Reduction = .mean) throws -> Tensor {
        guard x.shape == y.shape else { throw EngineError.incompatibleShapes(operation: "l1", shapes: [x.shape, y.shape]) }
        let terms = try (x - y).abs()
        return reduction == .mean ? try terms.mean() : try terms.sum()
    }

    /// VAE Gaussian KL term `KL(N(μ, e^logvar) ‖ N(0, 1)) = -½ Σ (1 + logvar - μ² - e^logvar)`.
    ///
    /// Reduction: the sum runs over the latent dimensions of each example; `.mean` then averages over
    /// the batch (first axis) — a per-example KL — and `.sum` adds over the batch too (PyTorch VAE example).
    public static func gaussianKL(mean mu: Tensor, logVariance logvar: Tensor, reduction: Reduction = .mean) throws -> Tensor {
        guard mu.shape == logvar.shape, mu.rank >= 1 else {
            throw EngineError.incompatibleShapes(operation: "gaussianKL", shapes: [mu.shape, logvar.shape])
        }
        let terms = try (1 + logvar) - mu.square() - logvar.exp()
        let total = try terms.sum() * -0.5
        return reduction == .sum ? total : try total * (1 / Float(max(mu.shape[0], 1)))
    }
}

extension Tensor {
    /// Stable BCE on logits (see `Loss.binaryCrossEntropyWithLogits`).
    public func bceWithLogits(targets: Tensor, reduction: Reduction = .mean) throws -> Tensor {
        try Loss.binaryCrossEntropyWithLogits(self, targets: targets, reduction: reduction)
    }
}

/// Gradient of fused BCE with respect to the probabilities.
func binaryCrossEntropyBackward(_ g: Tensor, probabilities p: Tensor, targets y: Tensor, scale: Float) -> Tensor {
    let out = Tensor.make(p.shape, p.count)
    let k = g.data[0] * scale
    for i in 0..<p.count {
        let pv = p.data[i]
        out.data[i] = k * (pv - y.data[i]) / max((1 - pv) * pv, 1e-12)
    }
    return out
}
