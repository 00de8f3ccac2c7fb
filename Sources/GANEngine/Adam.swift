#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam (PyTorch semantics, L2 weight decay added to the gradient; bias-corrected moments).
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    public let beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float
    private var firstMoments: [Tensor], secondMoments: [Tensor]
    private var steps: [Int]

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
            let c1 = 1 - powf(beta1, t), c2 = 1 - powf(beta2, t)
            let stepSize = learningRate / c1, c2root = c2.squareRoot()
            let m = firstMoments[i].data, v = secondMoments[i].data, pp = p.data, gp = g.data
            let (b1, b2, eps, wd) = (beta1, beta2, epsilon, weightDecay)
            for j in 0..<p.count {
                let gj = gp[j] + wd * pp[j]
                m[j] = b1 * m[j] + (1 - b1) * gj
                v[j] = b2 * v[j] + (1 - b2) * gj * gj
                pp[j] -= stepSize * m[j] / (v[j].squareRoot() / c2root + eps)
            }
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
