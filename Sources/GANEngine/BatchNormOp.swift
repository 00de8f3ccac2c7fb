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
        let mean = UnsafeMutablePointer<Float>.allocate(capacity: c), inverseStd = UnsafeMutablePointer<Float>.allocate(capacity: c)
        defer { mean.deallocate(); inverseStd.deallocate() }
        let data = self.data, gammaData = gamma.data, betaData = beta.data
        let runningMeanData = runningMean.data, runningVarData = runningVar.data
        // Channel ranges run in parallel; within a channel every sum keeps the batch order.
        forChannelRanges(c, work: count) { channels in
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
                for ch in channels {
                    let m = mean[ch], inv = inverseStd[ch], ga = gammaData[ch], be = betaData[ch], k = ch * plane
                    for i in 0..<plane { let v = (p[k + i] - m) * inv; h[k + i] = v; o[k + i] = v * ga + be }
                }
            }
        }
        let inverseStdValues = Array(UnsafeBufferPointer(start: inverseStd, count: c))
        return Tensor.record(out, .batchNorm(BatchNormSaved(normalized: xhat, inverseStd: inverseStdValues, training: training)),
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
    let gammaData = gamma.data, needsInput = needs[0]
    // Channel ranges run in parallel; within a channel the sums keep the batch order.
    forChannelRanges(c, work: input.count) { channels in
        var sum1 = [Float](repeating: 0, count: channels.count), sum2 = sum1
        for bi in 0..<b {
            let off = bi * c * plane
            for (j, ch) in channels.enumerated() {
                if plane == 1 {
                    let gv = gd[off + ch]; sum1[j] += gv; sum2[j] += gv * xh[off + ch]
                } else {
                    let (a, q) = sumAndDot(gd + off + ch * plane, xh + off + ch * plane, plane)
                    sum1[j] += a; sum2[j] += q
                }
            }
        }
        for (j, ch) in channels.enumerated() { gg.data[ch] = sum2[j]; gb.data[ch] = sum1[j] }
        guard needsInput else { return }
        for bi in 0..<b {
            for (j, ch) in channels.enumerated() {
                let k = (bi * c + ch) * plane
                let sc = gammaData[ch] * saved.inverseStd[ch], s1 = sum1[j], s2 = sum2[j]
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

/// Runs `body` over disjoint ranges of `channels`, one per engine thread when `work` (elements
/// touched) is large enough to pay for the hand-off; serial otherwise.
func forChannelRanges(_ channels: Int, work: Int, _ body: (Range<Int>) -> Void) {
    let width = Swift.min(EngineThreads.parallelWidth, channels)
    if width <= 1 || work < 1 << 16 { body(0..<channels); return }
    parallelChunks(width, work: work) { chunk in body(channels * chunk / width..<channels * (chunk + 1) / width) }
}
