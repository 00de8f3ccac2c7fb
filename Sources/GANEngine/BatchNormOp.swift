/// What the fused batch-norm backward needs.
struct BatchNormSaved {
    let normalized: Tensor      // x̂, same shape as the input
    let inverseStd: [Float]     // per channel
    let training: Bool
}

extension Tensor {
    /// Batch normalisation over `[B, C]` or `[B, C, H, W]` (statistics per channel C).
    ///
    /// In training, normalises with the batch's biased variance and updates the running statistics
    /// in place: `running = (1 - momentum)·running + momentum·batch` (unbiased variance), as PyTorch.
    /// In evaluation, normalises with the running statistics.
    public func batchNorm(gamma: Tensor, beta: Tensor, runningMean: Tensor, runningVar: Tensor,
                          training: Bool, momentum: Float = 0.1, epsilon: Float = 1e-5) throws -> Tensor {
        let op = "batchNorm"
        guard rank == 2 || rank == 4 else {
            throw EngineError.invalidArgument(operation: op, message: "expected [B, C] or [B, C, H, W], got \(shape)")
        }
        let b = shape[0], c = shape[1], plane = rank == 4 ? shape[2] * shape[3] : 1
        for t in [gamma, beta, runningMean, runningVar] where t.shape != [c] {
            throw EngineError.incompatibleShapes(operation: op, shapes: [shape, t.shape], detail: "per-channel tensors must be [\(c)]")
        }
        let n = b * plane
        if training && n <= 1 {
            throw EngineError.invalidArgument(operation: op, message: "training needs more than one value per channel, got input \(shape)")
        }
        let out = Tensor.make(shape, count), xhat = Tensor.make(shape, count)
        var inverseStd = [Float](repeating: 0, count: c)
        for ch in 0..<c {
            var mean: Float, variance: Float
            if training {
                var s = 0.0, s2 = 0.0
                for bi in 0..<b {
                    let p = data + (bi * c + ch) * plane
                    for i in 0..<plane { let v = Double(p[i]); s += v; s2 += v * v }
                }
                let m = s / Double(n)
                let v = Swift.max(s2 / Double(n) - m * m, 0)
                mean = Float(m); variance = Float(v)
                runningMean.data[ch] = (1 - momentum) * runningMean.data[ch] + momentum * mean
                runningVar.data[ch] = (1 - momentum) * runningVar.data[ch] + momentum * Float(v * Double(n) / Double(n - 1))
            } else {
                mean = runningMean.data[ch]; variance = runningVar.data[ch]
            }
            let inv = 1 / (variance + epsilon).squareRoot()
            inverseStd[ch] = inv
            let ga = gamma.data[ch], be = beta.data[ch]
            for bi in 0..<b {
                let off = (bi * c + ch) * plane
                let p = data + off, o = out.data + off, h = xhat.data + off
                for i in 0..<plane { let v = (p[i] - mean) * inv; h[i] = v; o[i] = v * ga + be }
            }
        }
        return Tensor.record(out, .batchNorm(BatchNormSaved(normalized: xhat, inverseStd: inverseStd, training: training)),
                             [self, gamma, beta])
    }
}

/// Gradients of batch norm with respect to input, gamma and beta.
func batchNormBackward(_ g: Tensor, input: Tensor, gamma: Tensor, beta: Tensor, saved: BatchNormSaved) -> [Tensor?] {
    let b = input.shape[0], c = input.shape[1], plane = input.rank == 4 ? input.shape[2] * input.shape[3] : 1
    let n = Float(b * plane)
    let gx = Tensor.make(input.shape, input.count)
    let gg = Tensor.make([c], c), gb = Tensor.make([c], c)
    let xh = saved.normalized.data
    for ch in 0..<c {
        var sum1: Float = 0, sum2: Float = 0
        for bi in 0..<b {
            let off = (bi * c + ch) * plane
            for i in 0..<plane { let gv = g.data[off + i]; sum1 += gv; sum2 += gv * xh[off + i] }
        }
        gg.data[ch] = sum2; gb.data[ch] = sum1
        let scale = gamma.data[ch] * saved.inverseStd[ch]
        for bi in 0..<b {
            let off = (bi * c + ch) * plane
            if saved.training {
                let k = scale / n
                for i in 0..<plane { gx.data[off + i] = k * (n * g.data[off + i] - sum1 - xh[off + i] * sum2) }
            } else {
                for i in 0..<plane { gx.data[off + i] = scale * g.data[off + i] }
            }
        }
    }
    return [input.requiresGrad ? gx : nil, gamma.requiresGrad ? gg : nil, beta.requiresGrad ? gb : nil]
}
