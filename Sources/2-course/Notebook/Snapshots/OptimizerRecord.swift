import GANEngine

/// An optimizer's kind and hyper-parameters (its parameters and state are stored beside it).
enum OptimizerRecord {
    case adam(learningRate: Float, beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float)
    case sgd(learningRate: Float, momentum: Float, nesterov: Bool, weightDecay: Float)
    case rmsProp(learningRate: Float, alpha: Float, epsilon: Float, momentum: Float, weightDecay: Float)

    static func describe(_ optimizer: any Optimizer) throws -> OptimizerRecord {
        switch optimizer {
        case let o as Adam:
            return .adam(learningRate: o.learningRate, beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, weightDecay: o.weightDecay)
        case let o as SGD:
            return .sgd(learningRate: o.learningRate, momentum: o.momentum, nesterov: o.nesterov, weightDecay: o.weightDecay)
        case let o as RMSProp:
            return .rmsProp(learningRate: o.learningRate, alpha: o.alpha, epsilon: o.epsilon, momentum: o.momentum,
                            weightDecay: o.weightDecay)
        default:
            throw SnapshotError.unsnapshottable(typeName: String(describing: type(of: optimizer)))
        }
    }

    func write(to out: inout SnapshotWriter) {
        switch self {
        case .adam(let learningRate, let beta1, let beta2, let epsilon, let weightDecay):
            out.string("Adam"); for x in [learningRate, beta1, beta2, epsilon, weightDecay] { out.f32(x) }
        case .sgd(let learningRate, let momentum, let nesterov, let weightDecay):
            out.string("SGD"); for x in [learningRate, momentum, weightDecay] { out.f32(x) }; out.bool(nesterov)
        case .rmsProp(let learningRate, let alpha, let epsilon, let momentum, let weightDecay):
            out.string("RMSProp"); for x in [learningRate, alpha, epsilon, momentum, weightDecay] { out.f32(x) }
        }
    }

    static func read(from reader: inout SnapshotReader) throws -> OptimizerRecord {
        switch try reader.string() {
        case "Adam":
            return .adam(learningRate: try reader.f32(), beta1: try reader.f32(), beta2: try reader.f32(), epsilon: try reader.f32(),
                         weightDecay: try reader.f32())
        case "SGD":
            let (learningRate, momentum, weightDecay) = (try reader.f32(), try reader.f32(), try reader.f32())
            return .sgd(learningRate: learningRate, momentum: momentum, nesterov: try reader.bool(), weightDecay: weightDecay)
        case "RMSProp":
            return .rmsProp(learningRate: try reader.f32(), alpha: try reader.f32(), epsilon: try reader.f32(),
                            momentum: try reader.f32(), weightDecay: try reader.f32())
        case let other: throw SnapshotError.malformed("unknown optimizer '\(other)'")
        }
    }

    func make(parameters: [Tensor]) throws -> any Optimizer {
        switch self {
        case .adam(let learningRate, let beta1, let beta2, let epsilon, let weightDecay):
            return try Adam(parameters: parameters, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
                            weightDecay: weightDecay)
        case .sgd(let learningRate, let momentum, let nesterov, let weightDecay):
            return try SGD(parameters: parameters, learningRate: learningRate, momentum: momentum, nesterov: nesterov,
                           weightDecay: weightDecay)
        case .rmsProp(let learningRate, let alpha, let epsilon, let momentum, let weightDecay):
            return try RMSProp(parameters: parameters, learningRate: learningRate, alpha: alpha, epsilon: epsilon,
                               momentum: momentum, weightDecay: weightDecay)
        }
    }
}
