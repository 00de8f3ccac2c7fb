/// Parameter initialisers (all drawn from an explicit seeded generator).
public enum Initializer: Sendable, Equatable {
    case zeros, ones
    case constant(Float)
    case normal(mean: Float, std: Float)
    case uniform(low: Float, high: Float)
    /// PyTorch's `kaiming_uniform_(a)`: bound `√(6 / ((1 + a²)·fanIn))`.
    case kaimingUniform(a: Float, fanIn: Int)

    /// Overwrites `tensor`'s values in place.
    public func apply(to tensor: Tensor, using generator: inout SeededGenerator) {
        let p = tensor.data
        switch self {
        case .zeros: p.update(repeating: 0, count: tensor.count)
        case .ones: p.update(repeating: 1, count: tensor.count)
        case let .constant(v): p.update(repeating: v, count: tensor.count)
        case let .normal(mean, std): for i in 0..<tensor.count { p[i] = mean + std * Float(generator.normal()) }
        case let .uniform(lo, hi): for i in 0..<tensor.count { p[i] = lo + (hi - lo) * generator.uniform() }
        case let .kaimingUniform(a, fanIn):
            let bound = (6 / ((1 + a * a) * Float(Swift.max(fanIn, 1)))).squareRoot()
            Initializer.uniform(low: -bound, high: bound).apply(to: tensor, using: &generator)
        }
    }

    /// PyTorch's default layer init: weight kaiming-uniform(a=√5), bias U(±1/√fanIn).
    static func pytorchDefault(weight: Tensor, bias: Tensor?, fanIn: Int, using generator: inout SeededGenerator) {
        Initializer.kaimingUniform(a: Float(5).squareRoot(), fanIn: fanIn).apply(to: weight, using: &generator)
        if let bias {
            let b = 1 / Float(Swift.max(fanIn, 1)).squareRoot()
            Initializer.uniform(low: -b, high: b).apply(to: bias, using: &generator)
        }
    }

    /// DCGAN initialisation: conv, conv-transpose and linear weights `N(0, 0.02)` with zero biases;
    /// batch-norm gamma `N(1, 0.02)`, beta 0. Applies to `module` and all its descendants.
    public static func dcgan(_ module: any Module, using generator: inout SeededGenerator) {
        for (_, m) in module.allModules() {
            switch m {
            case let l as Linear: weightsAndBias(l.weight, l.bias, &generator)
            case let c as Conv2d: weightsAndBias(c.weight, c.bias, &generator)
            case let c as ConvTranspose2d: weightsAndBias(c.weight, c.bias, &generator)
            case let b as BatchNorm:
                Initializer.normal(mean: 1, std: 0.02).apply(to: b.weight, using: &generator)
                Initializer.zeros.apply(to: b.bias, using: &generator)
            default: break
            }
        }
    }

    private static func weightsAndBias(_ w: Tensor, _ b: Tensor?, _ g: inout SeededGenerator) {
        Initializer.normal(mean: 0, std: 0.02).apply(to: w, using: &g)
        if let b { Initializer.zeros.apply(to: b, using: &g) }
    }
}

/// A new parameter tensor (requires gradients).
func parameter(_ shape: [Int], _ operation: String) throws -> Tensor {
    try Tensor.zeros(shape).requiringGradient()
}
