/// RMSProp (PyTorch semantics: `alpha` 0.99, `epsilon` 1e-8 added outside the square root,
/// optional momentum and weight decay; not centred).
public final class RMSProp: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    /// Hyper-parameters (PyTorch names).
    public let alpha: Float, epsilon: Float, momentum: Float, weightDecay: Float
    private var squareAverages: [Tensor], buffers: [Tensor]

    /// Creates the optimizer over `parameters`; throws on out-of-range hyper-parameters.
    public init(parameters: [Tensor], learningRate: Float = 1e-2, alpha: Float = 0.99, epsilon: Float = 1e-8,
                momentum: Float = 0, weightDecay: Float = 0) throws {
        guard learningRate >= 0, alpha >= 0, alpha < 1, epsilon >= 0, momentum >= 0, weightDecay >= 0 else {
            throw EngineError.invalidArgument(operation: "RMSProp", message: "invalid hyper-parameters lr \(learningRate), alpha \(alpha), eps \(epsilon), momentum \(momentum)")
        }
        self.parameters = parameters; self.learningRate = learningRate
        self.alpha = alpha; self.epsilon = epsilon; self.momentum = momentum; self.weightDecay = weightDecay
        squareAverages = parameters.map { Tensor.zeros(like: $0) }
        buffers = parameters.map { Tensor.zeros(like: $0) }
    }

    public func step() throws {
        for (i, p) in parameters.enumerated() {
            guard let g = try gradient(of: p, "RMSProp") else { continue }
            let sq = squareAverages[i].data, buf = buffers[i].data, pp = p.data, gp = g.data
            for j in 0..<p.count {
                let gj = gp[j] + weightDecay * pp[j]
                sq[j] = alpha * sq[j] + (1 - alpha) * gj * gj
                let avg = sq[j].squareRoot() + epsilon
                if momentum > 0 {
                    buf[j] = momentum * buf[j] + gj / avg
                    pp[j] -= learningRate * buf[j]
                } else {
                    pp[j] -= learningRate * gj / avg
                }
            }
        }
    }

    public func namedState() -> [(String, Tensor)] {
        parameters.indices.flatMap { i in [("\(i).square_avg", squareAverages[i]), ("\(i).momentum_buffer", buffers[i])] }
    }

    public func loadState(_ state: [String: Tensor]) throws {
        for i in parameters.indices {
            try restore(state, "\(i).square_avg", into: squareAverages[i], "RMSProp")
            try restore(state, "\(i).momentum_buffer", into: buffers[i], "RMSProp")
        }
    }
}
