import PortableMath
/// Adam (PyTorch semantics, L2 weight decay added to the gradient; bias-corrected moments).
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    /// Hyper-parameters (PyTorch names: betas, eps, weight_decay).
    public let beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float
    private var firstMoments: [Tensor], secondMoments: [Tensor]
    private var steps: [Int]

    /// Creates the optimizer over `parameters`; throws on out-of-range hyper-parameters.
    public init(parameters: [Tensor], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
                epsilon: Float = 1e-8, weightDecay: Float = 0) throws {
        guard learningRate >= 0, (0..<1).contains(beta1), (0..<1).contains(beta2), epsilon >= 0, weightDecay >= 0 else {
            throw EngineError.invalidArgument(operation: "Adam", message: "invalid hyper-parameters lr \(learningRate), betas (\(beta1), \(beta2)), eps \(epsilon), weight decay \(weightDecay)")
        }
        self.parameters = parameters; self.learningRate = learningRate
        self.beta1 = beta1; self.beta2 = beta2; self.epsilon = epsilon; self.weightDecay = weightDecay
        firstMoments = parameters.map { Tensor.zeros(like: $0) }
        secondMoments = parameters.map { Tensor.zeros(like: $0) }
        steps = Array(repeating: 0, count: parameters.count)
    }

    public func step() throws {
        for (i, p) in parameters.enumerated() {
            guard let g = try gradient(of: p, "Adam") else { continue }
            steps[i] += 1
            let t = Float(steps[i])
            let c1 = 1 - PortableMath.pow(beta1, t), c2 = 1 - PortableMath.pow(beta2, t)
            let c2root = c2.squareRoot()
            let (pd, gd, md, vd, count, stepSize) = (p.data, g.data, firstMoments[i].data, secondMoments[i].data, p.count, learningRate / c1)
            // Eight-aligned element ranges per thread: each element's update is the same either way.
            let blocks = (count + 7) / 8
            forEachRange(blocks, work: count * 4, minimumWork: 1 << 16) { range in
                let start = range.lowerBound * 8, end = Swift.min(count, range.upperBound * 8)
                adamUpdate(pd + start, gd + start, md + start, vd + start, count: end - start, stepSize: stepSize, c2root: c2root)
            }
        }
    }

    /// The fused update, eight lanes at a time (the pointers never alias).
    private func adamUpdate(_ pp: UnsafeMutablePointer<Float>, _ gp: UnsafeMutablePointer<Float>,
                            _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>,
                            count: Int, stepSize: Float, c2root: Float) {
        let (b1, b2, eps, wd) = (beta1, beta2, epsilon, weightDecay)
        let vb1 = SIMD8<Float>(repeating: b1), vb2 = SIMD8<Float>(repeating: b2)
        let va1 = SIMD8<Float>(repeating: 1 - b1), va2 = SIMD8<Float>(repeating: 1 - b2)
        let vwd = SIMD8<Float>(repeating: wd), vstep = SIMD8<Float>(repeating: stepSize)
        let vroot = SIMD8<Float>(repeating: c2root), veps = SIMD8<Float>(repeating: eps)
        let raw = { (p: UnsafeMutablePointer<Float>) in UnsafeMutableRawPointer(p) }
        var j = 0
        while j + 8 <= count {
            let off = j * 4
            let pv = raw(pp).loadUnaligned(fromByteOffset: off, as: SIMD8<Float>.self)
            let gj = raw(gp).loadUnaligned(fromByteOffset: off, as: SIMD8<Float>.self) + vwd * pv
            let mv = vb1 * raw(m).loadUnaligned(fromByteOffset: off, as: SIMD8<Float>.self) + va1 * gj
            let vv = vb2 * raw(v).loadUnaligned(fromByteOffset: off, as: SIMD8<Float>.self) + va2 * gj * gj
            raw(m).storeBytes(of: mv, toByteOffset: off, as: SIMD8<Float>.self)
            raw(v).storeBytes(of: vv, toByteOffset: off, as: SIMD8<Float>.self)
            raw(pp).storeBytes(of: pv - vstep * mv / (vv.squareRoot() / vroot + veps), toByteOffset: off, as: SIMD8<Float>.self)
            j += 8
        }
        while j < count {
            let gj = gp[j] + wd * pp[j]
            m[j] = b1 * m[j] + (1 - b1) * gj
            v[j] = b2 * v[j] + (1 - b2) * gj * gj
            pp[j] -= stepSize * m[j] / (v[j].squareRoot() / c2root + eps)
            j += 1
        }
    }

    public func namedState() -> [(String, Tensor)] {
        parameters.indices.flatMap { i in
            [("\(i).step", Tensor(scalar: Float(steps[i]))), ("\(i).exp_avg", firstMoments[i]), ("\(i).exp_avg_sq", secondMoments[i])]
        }
    }

    public func loadState(_ state: [String: Tensor]) throws {
        for i in parameters.indices {
            try restore(state, "\(i).exp_avg", into: firstMoments[i], "Adam")
            try restore(state, "\(i).exp_avg_sq", into: secondMoments[i], "Adam")
            let s = Tensor(scalar: 0)
            try restore(state, "\(i).step", into: s, "Adam")
            steps[i] = Int(s.data[0])
        }
    }
}
