import Testing
@testable import GANEngine

/// Finite-difference checks of every differentiable primitive and composite.
@Suite struct GradientCheckTests {
    @Test func broadcastingBinaryOps() throws {
        let a = try random([2, 1, 3], seed: 1), b = try random([4, 1], seed: 2)
        try gradientCheck([a, b]) { try $0[0] + $0[1] }
        try gradientCheck([a, b]) { try $0[0] - $0[1] }
        try gradientCheck([a, b]) { try $0[0] * $0[1] }
        let d = try random([3], seed: 3, low: 0.5, high: 2)
        try gradientCheck([a, d]) { try $0[0] / $0[1] }
    }

    @Test func scalarOps() throws {
        let x = try random([5], seed: 4, low: 0.5, high: 2)
        try gradientCheck([x]) { try ($0[0] * 3 + 1) / 2 - $0[0] }
        try gradientCheck([x]) { try 2 / $0[0] }
        try gradientCheck([x]) { try $0[0].pow(3) }
        try gradientCheck([x]) { try $0[0].pow(-0.5) }
        try gradientCheck([x]) { try $0[0].square() }
        try gradientCheck([x]) { -$0[0] }
    }

    @Test func unaryOps() throws {
        let x = try tensor([6], [-1.7, -0.8, -0.3, 0.4, 0.9, 1.6])
        let positive = try random([5], seed: 5, low: 0.3, high: 3)
        try gradientCheck([x]) { try $0[0].exp() }
        try gradientCheck([positive]) { try $0[0].log() }
        try gradientCheck([positive]) { try $0[0].sqrt() }
        try gradientCheck([x]) { try $0[0].abs() }
        try gradientCheck([x]) { try $0[0].relu() }
        try gradientCheck([x]) { try $0[0].leakyRelu(slope: 0.2) }
        try gradientCheck([x]) { try $0[0].tanh() }
        try gradientCheck([x]) { try $0[0].sigmoid() }
        try gradientCheck([x]) { try $0[0].clamp(min: -1, max: 1) }
        try gradientCheck([x]) { try $0[0].softplus() }
        try gradientCheck([x]) { try $0[0].logSigmoid() }
    }

    @Test func reductionsAndShapes() throws {
        let x = try random([2, 3, 4], seed: 6)
        try gradientCheck([x]) { try $0[0].sum(axes: [0, 2]) }
        try gradientCheck([x]) { try $0[0].mean(axis: 1, keepingDims: true) }
        try gradientCheck([x]) { try $0[0].mean() }
        try gradientCheck([x]) { try $0[0].max(axis: 2) }
        try gradientCheck([x]) { try $0[0].logsumexp(axis: 1) }
        try gradientCheck([x]) { try $0[0].variance(axes: [2]) }
        try gradientCheck([x]) { try $0[0].reshaped([6, 4]).transposed() }
        try gradientCheck([x]) { try $0[0].permuted([2, 0, 1]) }
        try gradientCheck([x]) { try $0[0].slice(axis: 2, start: 1, length: 2) }
        try gradientCheck([x]) { try $0[0].indexSelect(axis: 1, indices: [2, 0, 2]) }
        let y = try random([2, 2, 4], seed: 7)
        try gradientCheck([x, y]) { try Tensor.concat([$0[0], $0[1]], axis: 1) }
        let row = try random([4], seed: 8)
        try gradientCheck([row]) { try $0[0].broadcast(to: [3, 4]) }
        let a = try tensor([2, 3], [-0.9, 0.4, -0.2, 0.7, 0.3, -0.6]), b = try tensor([2, 3], Array(repeating: 0, count: 6))
        try gradientCheck([a, b]) { try $0[0].maximum($0[1]) }
    }

    @Test func matmulVariants() throws {
        let a = try random([3, 4], seed: 10), b = try random([4, 2], seed: 11)
        try gradientCheck([a, b]) { try $0[0].matmul($0[1]) }
        let at = try random([4, 3], seed: 12), bt = try random([2, 4], seed: 13)
        try gradientCheck([at, bt]) { try $0[0].matmul($0[1], transposeSelf: true, transposeOther: true) }
        let ba = try random([2, 3, 4], seed: 14), bb = try random([2, 4, 5], seed: 15)
        try gradientCheck([ba, bb]) { try $0[0].matmul($0[1]) }
        try gradientCheck([ba, b]) { try $0[0].matmul($0[1]) }
        let w = try random([5, 4], seed: 16), bias = try random([5], seed: 17)
        try gradientCheck([a, w, bias]) { try $0[0].linear(weight: $0[1], bias: $0[2]) }
    }

    @Test func convolutions() throws {
        let x = try random([2, 2, 5, 5], seed: 20), w = try random([3, 2, 3, 3], seed: 21), b = try random([3], seed: 22)
        try gradientCheck([x, w, b]) { try $0[0].conv2d(weight: $0[1], bias: $0[2], stride: 2, padding: 1) }
        let x2 = try random([1, 1, 6, 6], seed: 23), w2 = try random([2, 1, 4, 4], seed: 24)
        try gradientCheck([x2, w2]) { try $0[0].conv2d(weight: $0[1], bias: nil, stride: 1, padding: 0) }
        // Over four output channels conv2d leaves the direct loops for im2col + GEMM.
        let w5 = try random([5, 2, 3, 3], seed: 29), b5 = try random([5], seed: 30)
        try gradientCheck([x, w5, b5]) { try $0[0].conv2d(weight: $0[1], bias: $0[2], stride: 2, padding: 1) }
        try gradientCheck([x, w5]) { try $0[0].conv2d(weight: $0[1], bias: nil, stride: 1, padding: 1) }
        let xt = try random([2, 3, 3, 3], seed: 25), wt = try random([3, 2, 4, 4], seed: 26), bt = try random([2], seed: 27)
        try gradientCheck([xt, wt, bt]) { try $0[0].convTranspose2d(weight: $0[1], bias: $0[2], stride: 2, padding: 1) }
        let wt3 = try random([3, 2, 3, 3], seed: 28)
        try gradientCheck([xt, wt3, bt]) {
            try $0[0].convTranspose2d(weight: $0[1], bias: $0[2], stride: 2, padding: 1, outputPadding: 1)
        }
        #expect(try xt.convTranspose2d(weight: wt3, bias: nil, stride: 2, padding: 1, outputPadding: 1).shape == [2, 2, 6, 6])
    }

    @Test func batchNormTrainAndEval() throws {
        let x = try random([6, 4], seed: 30), gamma = try random([4], seed: 31, low: 0.5, high: 1.5), beta = try random([4], seed: 32)
        let rm = try Tensor.zeros([4]), rv = try Tensor.ones([4])
        try gradientCheck([x, gamma, beta], rtol: 3e-2, atol: 5e-3) {
            try $0[0].batchNorm(gamma: $0[1], beta: $0[2], runningMean: rm, runningVar: rv, training: true)
        }
        let x4 = try random([2, 3, 2, 2], seed: 33), g3 = try random([3], seed: 34, low: 0.5, high: 1.5), b3 = try random([3], seed: 35)
        let rm3 = try random([3], seed: 36), rv3 = try random([3], seed: 37, low: 0.5, high: 2)
        try gradientCheck([x4, g3, b3]) {
            try $0[0].batchNorm(gamma: $0[1], beta: $0[2], runningMean: rm3, runningVar: rv3, training: false)
        }
    }

    @Test func losses() throws {
        let p = try random([8], seed: 40, low: 0.1, high: 0.9), y = try random([8], seed: 41, low: 0, high: 1)
        try gradientCheck([p], epsilon: 1e-3) { try Loss.binaryCrossEntropy($0[0], targets: y) }
        let logits = try random([8], seed: 42, low: -3, high: 3)
        try gradientCheck([logits]) { try Loss.binaryCrossEntropyWithLogits($0[0], targets: y) }
        try gradientCheck([logits, y]) { try Loss.meanSquaredError($0[0], targets: $0[1]) }
        try gradientCheck([logits, y]) { try Loss.l1($0[0], targets: $0[1]) }
        let mu = try random([4, 3], seed: 43), logvar = try random([4, 3], seed: 44)
        try gradientCheck([mu, logvar]) { try Loss.gaussianKL(mean: $0[0], logVariance: $0[1]) }
    }

    @Test func gradientsAccumulateAndDetachStops() throws {
        let w = try tensor([2], [1, 2], grad: true)
        try (w * 3).sum().backward()
        try (w * w).sum().backward()
        #expect(w.grad?.values == [5, 7])
        w.grad = nil
        let y = try (w.detached() * w).sum()
        try y.backward()
        #expect(w.grad?.values == [1, 2])
        let noGraph = try GradMode.withoutGradient { try w * 2 }
        #expect(!noGraph.requiresGrad)
        #expect(throws: EngineError.self) { try noGraph.sum().backward() }
        #expect(throws: EngineError.self) { try (w * 2).backward() }   // not a scalar
    }
}
