/// Every recorded primitive with what its backward rule needs. Rules live in `Op.backward`.
enum Op {
    case add, sub, mul, div
    case addScalar, mulScalar(Float), powScalar(Float)
    case neg, exp(output: Tensor), log, sqrt(output: Tensor), abs
    case relu, leakyRelu(Float), tanh(output: Tensor), sigmoid(output: Tensor), clamp(Float, Float)
    case softplus, logSigmoid
    case sumKeep, broadcastTo, reshape, permute([Int])
    case concat(axis: Int, sizes: [Int]), slice(axis: Int, start: Int), embed(axis: Int, start: Int)
    case indexSelect(axis: Int, indices: [Int]), select(mask: Tensor)
    case maxAlong(axis: Int, argmax: [Int32])
    case matmul(transposeA: Bool, transposeB: Bool)
    case logsumexp(axis: Int, output: Tensor)
    case conv2d(ConvGeometry)
    case convTranspose2d(ConvGeometry)
    case batchNorm(BatchNormSaved)
    case binaryCrossEntropy(scale: Float)
    case affineRows

    /// Name used in error messages.
    var name: String {
        switch self {
        case .add: "add"; case .sub: "sub"; case .mul: "mul"; case .div: "div"
        case .addScalar: "addScalar"; case .mulScalar: "mulScalar"; case .powScalar: "pow"
        case .neg: "neg"; case .exp: "exp"; case .log: "log"; case .sqrt: "sqrt"; case .abs: "abs"
        case .relu: "relu"; case .leakyRelu: "leakyRelu"; case .tanh: "tanh"; case .sigmoid: "sigmoid"
        case .clamp: "clamp"; case .softplus: "softplus"; case .logSigmoid: "logSigmoid"
        case .sumKeep: "sum"; case .broadcastTo: "broadcastTo"; case .reshape: "reshape"; case .permute: "permute"
        case .concat: "concat"; case .slice: "slice"; case .embed: "embed"
        case .indexSelect: "indexSelect"; case .select: "where"; case .maxAlong: "max"
        case .matmul: "matmul"; case .logsumexp: "logsumexp"
        case .conv2d: "conv2d"; case .convTranspose2d: "convTranspose2d"; case .batchNorm: "batchNorm"
        case .binaryCrossEntropy: "binaryCrossEntropy"; case .affineRows: "linear"
        }
    }

    /// Whether the backward rule is built from differentiable tensor ops (usable with createGraph).
    var supportsSecondOrder: Bool {
        switch self {
        case .maxAlong, .indexSelect, .conv2d, .convTranspose2d, .batchNorm, .binaryCrossEntropy: false
        default: true
        }
    }

    /// Gradients with respect to each input, given the gradient `grad` of `output`; `needs[i]`
    /// says whether input i's gradient is wanted (nil where it is not; the costly rules skip
    /// the work). Runs with recording on exactly when the caller asked for `createGraph`.
    func backward(inputs x: [Tensor], output: Tensor, grad g: Tensor, needs: [Bool]) throws -> [Tensor?] {
        let all = try gradients(inputs: x, output: output, grad: g, needs: needs)
        return zip(all, needs).map { $1 ? $0 : nil }
    }

    private func gradients(inputs x: [Tensor], output: Tensor, grad g: Tensor, needs: [Bool]) throws -> [Tensor?] {
        let graph = GradMode.isEnabled
        switch self {
        case .add:
            return [try g.sum(to: x[0].shape), try g.sum(to: x[1].shape)]
        case .sub:
            return [try g.sum(to: x[0].shape), try (-g).sum(to: x[1].shape)]
        case .mul:
            return [needs[0] ? try (g * x[1]).sum(to: x[0].shape) : nil,
                    needs[1] ? try (g * x[0]).sum(to: x[1].shape) : nil]
        case .div:
            let ga = needs[0] ? try (g / x[1]).sum(to: x[0].shape) : nil
            let gb = needs[1] ? try (-(g * x[0]) / (x[1] * x[1])).sum(to: x[1].shape) : nil
            return [ga, gb]
        case .addScalar:
            return [g]
        case let .mulScalar(s):
            return [try g * s]
        case let .powScalar(p):
            if p == 2 { return [try g * x[0] * 2] }
            return [try g * (x[0].pow(p - 1) * p)]
        case .neg:
            return [-g]
        case let .exp(output):
            return [try g * (graph ? x[0].exp() : output)]
        case .log:
            return [try g / x[0]]
        case let .sqrt(output):
            return [try g / ((graph ? x[0].sqrt() : output) * 2)]
        case .abs:
            return [try g * x[0].sign()]
        case .relu:
            if !graph { return [zipElements(g, x[0], ReLUGradientKernel())] }
            return [try g * x[0].positiveMask()]
        case let .leakyRelu(slope):
            if !graph { return [zipElements(g, x[0], LeakyReLUGradientKernel(slope: slope))] }
            return [try g * x[0].leakyMask(slope)]
        case let .tanh(output):
            if !graph { return [zipElements(g, output, TanhGradientKernel())] }
            let y = try x[0].tanh()
            return [try g * (1 - y * y)]
        case let .sigmoid(output):
            if !graph { return [zipElements(g, output, SigmoidGradientKernel())] }
            let y = try x[0].sigmoid()
            return [try g * (y * (1 - y))]
        case let .clamp(lo, hi):
            return [try g * x[0].insideMask(lo, hi)]
        case .softplus:
            return [try g * x[0].sigmoid()]
        case .logSigmoid:
            return [try g * (-x[0]).sigmoid()]
        case .sumKeep:
            return [try g.broadcast(to: x[0].shape)]
        case .broadcastTo:
            return [try g.sum(to: x[0].shape)]
        case .reshape:
            return [try g.reshaped(x[0].shape)]
        case let .permute(perm):
            var inverse = perm
            for (i, p) in perm.enumerated() { inverse[p] = i }
            return [try g.permuted(inverse)]
        case let .concat(axis, sizes):
            var start = 0
            var result: [Tensor?] = []
            for s in sizes {
                result.append(try g.slice(axis: axis, start: start, length: s))
                start += s
            }
            return result
        case let .slice(axis, start):
            return [try g.embedded(axis: axis, start: start, total: x[0].shape[axis])]
        case let .embed(axis, start):
            return [try g.slice(axis: axis, start: start, length: x[0].shape[axis])]
        case let .indexSelect(axis, indices):
            return [try indexAddBackward(g, axis: axis, indices: indices, inputShape: x[0].shape)]
        case let .select(mask):
            return [needs[0] ? try (g * mask).sum(to: x[0].shape) : nil,
                    needs[1] ? try (g * (1 - mask)).sum(to: x[1].shape) : nil]
        case let .maxAlong(axis, argmax):
            return [maxBackward(g, axis: axis, argmax: argmax, inputShape: x[0].shape)]
        case let .matmul(ta, tb):
            return try matmulBackward(g, x[0], x[1], ta, tb, needs: needs)
        case let .logsumexp(axis, output):
            let y = graph ? try x[0].logsumexp(axis: axis, keepingDims: true) : output
            return [try g * (x[0] - y).exp()]
        case let .conv2d(geometry):
            return try conv2dBackward(g, input: x[0], weight: x[1], bias: x.count > 2 ? x[2] : nil, geometry: geometry,
                                      needs: needs)
        case let .convTranspose2d(geometry):
            return try convTranspose2dBackward(g, input: x[0], weight: x[1], bias: x.count > 2 ? x[2] : nil,
                                               geometry: geometry, needs: needs)
        case let .batchNorm(saved):
            return batchNormBackward(g, input: x[0], output: output, gamma: x[1], beta: x[2], saved: saved, needs: needs)
        case let .binaryCrossEntropy(scale):
            return [binaryCrossEntropyBackward(g, probabilities: x[0], targets: x[1], scale: scale), nil]
        case .affineRows:
            return try linearBackward(g, x[0], x[1], x.count > 2 ? x[2] : nil, needs: needs)
        }
    }
}
