/// Stochastic gradient descent with optional momentum, Nesterov momentum and weight decay
/// (PyTorch semantics: the first momentum step copies the gradient into the buffer).
public final class SGD: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    /// Hyper-parameters (PyTorch names).
    public let momentum: Float, weightDecay: Float, nesterov: Bool
    private var buffers: [Tensor?]

    /// Creates the optimizer over `parameters`; throws on negative values or Nesterov without momentum.
    public init(parameters: [Tensor], learningRate: Float, momentum: Float = 0, nesterov: Bool = false,
                weightDecay: Float = 0) throws {
        guard learningRate >= 0, momentum >= 0, weightDecay >= 0 else {
            throw EngineError.invalidArgument(operation: "SGD", message: "learning rate \(learningRate), momentum \(momentum), weight decay \(weightDecay) must be non-negative")
        }
        guard !nesterov || momentum > 0 else {
            throw EngineError.invalidArgument(operation: "SGD", message: "Nesterov momentum needs momentum > 0")
        }
        self.parameters = parameters; self.learningRate = learningRate
        self.momentum = momentum; self.nesterov = nesterov; self.weightDecay = weightDecay
        buffers = Array(repeating: nil, count: parameters.count)
    }

    public func step() throws {
        for (i, p) in parameters.enumerated() {
            guard let g = try gradient(of: p, "SGD") else { continue }
            let n = p.count, pp = p.data, gp = g.data
            if momentum == 0 {
                for j in 0..<n { pp[j] -= learningRate * (gp[j] + weightDecay * pp[j]) }
                continue
            }
            let fresh = buffers[i] == nil
            let buffer = buffers[i] ?? Tensor.make(p.shape, n)
            buffers[i] = buffer
            let buf = buffer.data
            for j in 0..<n {
                let d = gp[j] + weightDecay * pp[j]
                let b = fresh ? d : momentum * buf[j] + d
                buf[j] = b
                pp[j] -= learningRate * (nesterov ? d + momentum * b : b)
            }
        }
    }

    public func namedState() -> [(String, Tensor)] {
        buffers.enumerated().compactMap { i, b in b.map { ("\(i).momentum_buffer", $0) } }
    }

    public func loadState(_ state: [String: Tensor]) throws {
        for (i, p) in parameters.enumerated() {
            let name = "\(i).momentum_buffer"
            guard state[name] != nil else { continue }
            let b = Tensor.make(p.shape, p.count)
            try restore(state, name, into: b, "SGD")
            buffers[i] = b
        }
    }
}
