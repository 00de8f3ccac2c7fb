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
        var mean = [Float](repeating: 0, count: c), inverseStd = [Float](repeating: 0, count: c)
        if training {
            // Statistics in memory order: per-(b, c) plane sums in Float, across planes in Double.
            var s1 = [Double](repeating: 0, count: c), s2 = [Double](repeating: 0, count: c)
            var rowSum = [Float](repeating: 0, count: c), rowSq = [Float](repeating: 0, count: c)
            for bi in 0..<b {
                let row = data + bi * c * plane
                if plane == 1 {
                    for ch in 0..<c { let v = row[ch]; rowSum[ch] = v; rowSq[ch] = v * v }
                } else {
                    for ch in 0..<c {
                        (rowSum[ch], rowSq[ch]) = sumAndDot(row + ch * plane, row + ch * plane, plane)
                    }
                }
                for ch in 0..<c { s1[ch] += Double(rowSum[ch]); s2[ch] += Double(rowSq[ch]) }
            }
            for ch in 0..<c {
                let m = s1[ch] / Double(n)
                let v = Swift.max(s2[ch] / Double(n) - m * m, 0)
                mean[ch] = Float(m)
                inverseStd[ch] = 1 / (Float(v) + epsilon).squareRoot()
                runningMean.data[ch] = (1 - momentum) * runningMean.data[ch] + momentum * Float(m)
                runningVar.data[ch] = (1 - momentum) * runningVar.data[ch] + momentum * Float(v * Double(n) / Double(n - 1))
            }
        } else {
            for ch in 0..<c {
                mean[ch] = runningMean.data[ch]
                inverseStd[ch] = 1 / (runningVar.data[ch] + epsilon).squareRoot()
            }
        }
        for bi in 0..<b {
            let off = bi * c * plane
            let p = data + off, o = out.data + off, h = xhat.data + off
            if plane == 1 {
                for ch in 0..<c { let v = (p[ch] - mean[ch]) * inverseStd[ch]; h[ch] = v; o[ch] = v * gamma.data[ch] + beta.data[ch] }
            } else {
                for ch in 0..<c {
                    let m = mean[ch], inv = inverseStd[ch], ga = gamma.data[ch], be = beta.data[ch], k = ch * plane
                    for i in 0..<plane { let v = (p[k + i] - m) * inv; h[k + i] = v; o[k + i] = v * ga + be }
                }
            }
        }
        return Tensor.record(out, .batchNorm(BatchNormSaved(normalized: xhat, inverseStd: inverseStd, training: training)),
                             [self, gamma, beta])
    }
}

/// Gradients of batch norm with respect to input, gamma and beta.
func batchNormBackward(_ g: Tensor, input: Tensor, gamma: Tensor, beta: Tensor, saved: BatchNormSaved, needs: [Bool]) -> [Tensor?] {
    let b = input.shape[0], c = input.shape[1], plane = input.rank == 4 ? input.shape[2] * input.shape[3] : 1
    let n = Float(b * plane)
    let gx = Tensor.make(input.shape, input.count)
    let gg = Tensor.make([c], c), gb = Tensor.make([c], c)
    let xh = saved.normalized.data, gd = g.data
    var sum1 = [Float](repeating: 0, count: c), sum2 = [Float](repeating: 0, count: c)
    for bi in 0..<b {
        let off = bi * c * plane
        if plane == 1 {
            for ch in 0..<c { let gv = gd[off + ch]; sum1[ch] += gv; sum2[ch] += gv * xh[off + ch] }
        } else {
            for ch in 0..<c {
                let (a, q) = sumAndDot(gd + off + ch * plane, xh + off + ch * plane, plane)
                sum1[ch] += a; sum2[ch] += q
            }
        }
    }
    for ch in 0..<c { gg.data[ch] = sum2[ch]; gb.data[ch] = sum1[ch] }
    if needs[0] {
        let scale = (0..<c).map { gamma.data[$0] * saved.inverseStd[$0] }
        for bi in 0..<b {
            for ch in 0..<c {
                let k = (bi * c + ch) * plane
                let sc = scale[ch], s1 = sum1[ch], s2 = sum2[ch]
                if saved.training {
                    let f = sc / n
                    for i in 0..<plane { gx.data[k + i] = f * (n * gd[k + i] - s1 - xh[k + i] * s2) }
                } else {
                    for i in 0..<plane { gx.data[k + i] = sc * gd[k + i] }
                }
            }
        }
    }
    return [needs[0] ? gx : nil, needs[1] ? gg : nil, needs[2] ? gb : nil]
}
