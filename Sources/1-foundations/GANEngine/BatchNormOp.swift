/// What the fused batch-norm backward needs.
struct BatchNormSaved {
    let normalized: Tensor      // x̂, same shape as the input
    let inverseStd: [Float]     // per channel
    let training: Bool
    let activation: FusedActivation?
}

extension Tensor {
    /// Batch normalisation over `[B, C]` or `[B, C, H, W]` (statistics per channel C).
    ///
    /// In training, normalises with the batch's biased variance and updates the running statistics
    /// in place: `running = (1 - momentum)·running + momentum·batch` (unbiased variance), as PyTorch.
    /// In evaluation, normalises with the running statistics.
    public func batchNorm(gamma: Tensor, beta: Tensor, runningMean: Tensor, runningVar: Tensor,
                          training: Bool, momentum: Float = 0.1, epsilon: Float = 1e-5) throws -> Tensor {
        try batchNorm(gamma: gamma, beta: beta, runningMean: runningMean, runningVar: runningVar,
                      training: training, momentum: momentum, epsilon: epsilon, activation: nil)
    }

    /// Batch norm followed by `activation` in the same pass (one recorded node; see `FusedActivation`).
    func batchNorm(gamma: Tensor, beta: Tensor, runningMean: Tensor, runningVar: Tensor,
                   training: Bool, momentum: Float, epsilon: Float, activation: FusedActivation?) throws -> Tensor {
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
        let mean = UnsafeMutablePointer<Float>.allocate(capacity: c), inverseStd = UnsafeMutablePointer<Float>.allocate(capacity: c)
        defer { mean.deallocate(); inverseStd.deallocate() }
        let data = self.data, gammaData = gamma.data, betaData = beta.data
        let runningMeanData = runningMean.data, runningVarData = runningVar.data
        // Channel ranges run in parallel; within a channel every sum keeps the batch order.
        forEachRange(c, work: count, minimumWork: 1 << 16) { channels in
            if training {
                // Statistics in memory order: per-(b, c) plane sums in Float, across planes in Double.
                var s1 = [Double](repeating: 0, count: channels.count), s2 = s1
                for bi in 0..<b {
                    let row = data + bi * c * plane
                    for (j, ch) in channels.enumerated() {
                        let (sum, squares) = plane == 1 ? (row[ch], row[ch] * row[ch])
                                                        : sumAndDot(row + ch * plane, row + ch * plane, plane)
                        s1[j] += Double(sum); s2[j] += Double(squares)
                    }
                }
                for (j, ch) in channels.enumerated() {
                    let m = s1[j] / Double(n)
                    let v = Swift.max(s2[j] / Double(n) - m * m, 0)
                    mean[ch] = Float(m)
                    inverseStd[ch] = 1 / (Float(v) + epsilon).squareRoot()
                    runningMeanData[ch] = (1 - momentum) * runningMeanData[ch] + momentum * Float(m)
                    runningVarData[ch] = (1 - momentum) * runningVarData[ch] + momentum * Float(v * Double(n) / Double(n - 1))
                }
            } else {
                for ch in channels {
                    mean[ch] = runningMeanData[ch]
                    inverseStd[ch] = 1 / (runningVarData[ch] + epsilon).squareRoot()
                }
            }
            for bi in 0..<b {
                let off = bi * c * plane
                let p = data + off, o = out.data + off, h = xhat.data + off
                if plane == 1 {
                    // One contiguous row of features: a vectorisable loop, then the activation on it.
                    for ch in channels { let v = (p[ch] - mean[ch]) * inverseStd[ch]; h[ch] = v; o[ch] = v * gammaData[ch] + betaData[ch] }
                    activation?.apply(o + channels.lowerBound, channels.count)
                    continue
                }
                for ch in channels {
                    let m = mean[ch], inv = inverseStd[ch], ga = gammaData[ch], be = betaData[ch], k = ch * plane
                    for i in 0..<plane { let v = (p[k + i] - m) * inv; h[k + i] = v; o[k + i] = v * ga + be }
                    activation?.apply(o + k, plane)
                }
            }
        }
        let inverseStdValues = Array(UnsafeBufferPointer(start: inverseStd, count: c))
        return Tensor.record(out, .batchNorm(BatchNormSaved(normalized: xhat, inverseStd: inverseStdValues, training: training,
                                                                activation: activation)),
                             [self, gamma, beta])
    }
}

/// Gradients of batch norm (and of its fused activation, whose result is `output`) with respect
/// to input, gamma and beta.
func batchNormBackward(_ g: Tensor, input: Tensor, output: Tensor, gamma: Tensor, beta: Tensor, saved: BatchNormSaved,
                       needs: [Bool]) -> [Tensor?] {
    let b = input.shape[0], c = input.shape[1], plane = input.rank == 4 ? input.shape[2] * input.shape[3] : 1
    let n = Float(b * plane)
    let gx = Tensor.make(input.shape, input.count)
    let gg = Tensor.make([c], c), gb = Tensor.make([c], c)
    let xh = saved.normalized.data, gd = g.data, out = output.data
    let gammaData = gamma.data, needsInput = needs[0], activation = saved.activation
    // Channel ranges run in parallel; within a channel the sums keep the batch order. With a fused
    // activation, each plane's gradient first goes through the activation's rule into `through`
    // (the values the separate activation layer's backward pass would have stored).
    forEachRange(c, work: input.count, minimumWork: 1 << 16) { channels in
        if plane == 1 {
            rowwiseBatchNormBackward(gd, out: out, xh: xh, channels: channels, batch: b, width: c, n: n, gamma: gammaData,
                                     saved: saved, gx: needsInput ? gx.data : nil, gg: gg.data, gb: gb.data)
            return
        }
        let through = UnsafeMutablePointer<Float>.allocate(capacity: plane)
        defer { through.deallocate() }
        /// The gradient reaching batch norm's output for the plane at `k`.
        func planeGradient(_ k: Int) -> UnsafeMutablePointer<Float> {
            guard let activation else { return gd + k }
            activation.backward(gd + k, output: out + k, into: through, plane)
            return through
        }
        var sum1 = [Float](repeating: 0, count: channels.count), sum2 = sum1
        for bi in 0..<b {
            let off = bi * c * plane
            for (j, ch) in channels.enumerated() {
                let (a, q) = sumAndDot(planeGradient(off + ch * plane), xh + off + ch * plane, plane)
                sum1[j] += a; sum2[j] += q
            }
        }
        for (j, ch) in channels.enumerated() { gg.data[ch] = sum2[j]; gb.data[ch] = sum1[j] }
        guard needsInput else { return }
        for bi in 0..<b {
            for (j, ch) in channels.enumerated() {
                let k = (bi * c + ch) * plane
                let gp = planeGradient(k)
                let sc = gammaData[ch] * saved.inverseStd[ch], s1 = sum1[j], s2 = sum2[j]
                if saved.training {
                    batchNormInputGradient(gp, xhat: xh + k, into: gx.data + k, plane, f: sc / n, n: n, s1: s1, s2: s2)
                } else {
                    scaleFloats(gp, into: gx.data + k, plane, by: sc)
                }
            }
        }
    }
    return [needs[0] ? gx : nil, needs[1] ? gg : nil, needs[2] ? gb : nil]
}

/// `batchNormBackward` for `[B, C]` inputs over the features `channels`: each sample's features
/// are one contiguous row, so every pass is a vectorisable loop over that row (same per-feature
/// order of additions as the plane-wise code: batch by batch).
private func rowwiseBatchNormBackward(_ gd: UnsafeMutablePointer<Float>, out: UnsafeMutablePointer<Float>,
                                      xh: UnsafeMutablePointer<Float>, channels: Range<Int>, batch: Int, width c: Int,
                                      n: Float, gamma: UnsafeMutablePointer<Float>, saved: BatchNormSaved,
                                      gx: UnsafeMutablePointer<Float>?, gg: UnsafeMutablePointer<Float>,
                                      gb: UnsafeMutablePointer<Float>) {
    let lo = channels.lowerBound, count = channels.count
    let through = UnsafeMutablePointer<Float>.allocate(capacity: count)
    let sum1 = UnsafeMutablePointer<Float>.allocate(capacity: count), sum2 = UnsafeMutablePointer<Float>.allocate(capacity: count)
    defer { through.deallocate(); sum1.deallocate(); sum2.deallocate() }
    sum1.initialize(repeating: 0, count: count)
    sum2.initialize(repeating: 0, count: count)
    /// The gradient reaching batch norm's output, features `channels` of sample `bi`.
    func rowGradient(_ bi: Int) -> UnsafeMutablePointer<Float> {
        let k = bi * c + lo
        guard let activation = saved.activation else { return gd + k }
        activation.backward(gd + k, output: out + k, into: through, count)
        return through
    }
    for bi in 0..<batch {
        let g = rowGradient(bi), x = xh + bi * c + lo
        for j in 0..<count { let gv = g[j]; sum1[j] += gv; sum2[j] += gv * x[j] }
    }
    for j in 0..<count { gg[lo + j] = sum2[j]; gb[lo + j] = sum1[j] }
    guard let gx else { return }
    for bi in 0..<batch {
        let g = rowGradient(bi), x = xh + bi * c + lo, target = gx + bi * c + lo
        for j in 0..<count {
            let sc = gamma[lo + j] * saved.inverseStd[lo + j]
            target[j] = saved.training ? sc / n * (n * g[j] - sum1[j] - x[j] * sum2[j]) : sc * g[j]
        }
    }
}

/// An activation computed inside batch norm's output pass: `Sequential` fuses `BatchNorm` followed
/// by `ReLU` or `LeakyReLU` (slope ≥ 0) into one node, saving a pass over the tensor each way.
/// Both rules are the separate layers' expressions, so the results are the same bits. The
/// backward rule reads the activation's output: it is positive exactly where its input is.
enum FusedActivation: Equatable {
    case relu
    case leakyRelu(Float)

    /// The fusable activation of a layer, if any.
    init?(_ layer: any Module) {
        if layer is ReLU { self = .relu; return }
        if let leaky = layer as? LeakyReLU, leaky.slope >= 0 { self = .leakyRelu(leaky.slope); return }
        return nil
    }

    /// Applies the activation in place to `p[0..<count]`.
    func apply(_ p: UnsafeMutablePointer<Float>, _ count: Int) {
        switch self {
        case .relu: reluInPlace(p, count)
        case let .leakyRelu(slope): leakyReluInPlace(p, count, slope: slope)
        }
    }

    /// `into[i]` = the gradient at the activation's input, from the gradient at its output.
    func backward(_ g: UnsafeMutablePointer<Float>, output: UnsafeMutablePointer<Float>,
                  into target: UnsafeMutablePointer<Float>, _ count: Int) {
        switch self {
        case .relu: reluBackward(g, output: output, into: target, count)
        case let .leakyRelu(slope): leakyReluBackward(g, output: output, into: target, count, slope: slope)
        }
    }
}
