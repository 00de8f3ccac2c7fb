import Testing
@testable import GANEngine

/// Pins the exact bits of the engine's own kernels, so that a change that alters them cannot
/// slip in unnoticed: the frozen outputs of the lessons are keyed by `GANEngineModule.version`
/// and are only re-run when it changes (an unnoticed change left lesson 01 frozen by an older
/// engine for two sessions). Since engine version 4 no result depends on the CPU or the C
/// library, so everything is covered: direct convolutions, the implicit-GEMM convolutions and
/// scatter (the engine's own FMA kernel, col2im), matmul and linear (the same kernel), batch norm
/// with its fused activations, Adam, elementwise ops (exp, log, tanh, sigmoid, softplus: PortableMath),
/// reductions, and the seeded uniform and normal (Box–Muller) generators.
///
/// If this test fails after an intended change: bump `GANEngineModule.version`, re-run every
/// lesson (`ganbook build --rerun …`), and update the pinned value.
struct EngineBitsPinTests {
    static let pinned: UInt64 = 0x2349_2c53_1009_ea43

    /// FNV-1a over the bit patterns of every value.
    static func fingerprint(_ tensors: [[Float]]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for values in tensors {
            for v in values {
                var bits = v.bitPattern
                for _ in 0..<4 { hash = (hash ^ UInt64(bits & 0xff)) &* 0x0000_0100_0000_01b3; bits >>= 8 }
            }
        }
        return hash
    }

    static func uniform(_ shape: [Int], _ rng: inout SeededGenerator, low: Float = -1, high: Float = 1) throws -> Tensor {
        try Tensor.rand(shape, low: low, high: high, using: &rng)
    }

    /// One pass through every pinned kernel; returns the values it produced.
    static func kernelOutputs() throws -> [[Float]] {
        var rng = SeededGenerator(seed: 2024)
        var out: [[Float]] = []
        // Direct convolutions (≤ 4 output channels), stride 1 and 2, forward and all gradients.
        for stride in [1, 2] {
            let x = try uniform([3, 5, 11, 13], &rng).requiringGradient()
            let w = try uniform([2, 5, 3, 3], &rng).requiringGradient(), b = try uniform([2], &rng).requiringGradient()
            let y = try x.conv2d(weight: w, bias: b, stride: stride, padding: 1)
            try (y * uniform(y.shape, &rng)).sum().backward()
            out += [y.values, x.grad!.values, w.grad!.values, b.grad!.values]
        }
        // Implicit-GEMM convolution, weight gradient and scatter (two depth slices, partial tiles).
        let ig = ConvGeometry(batch: 2, imageChannels: 20, imageH: 9, imageW: 8, gridChannels: 7, gridH: 5, gridW: 4,
                              kernelH: 4, kernelW: 4, stride: 2, padding: 2)
        let iImage = try uniform([2, 20, 9, 8], &rng), iWeight = try uniform([7, ig.columnRows], &rng)
        let iGrid = try uniform([2, 7, 5, 4], &rng), iBias = try uniform([7], &rng)
        let iOut = Tensor.make(iGrid.shape, iGrid.count), iGradient = Tensor.make(iWeight.shape, iWeight.count)
        implicitConvolution(image: iImage.data, weight: iWeight.data, bias: iBias.data, ig, into: iOut.data)
        implicitConvolutionWeightGradient(grid: iGrid.data, image: iImage.data, ig, into: iGradient.data)
        let iBack = Tensor.make(iImage.shape, iImage.count)
        implicitScatter(weight: iWeight.data, grid: iGrid.data, ig, into: iBack.data)
        out += [iOut.values, iGradient.values, iBack.values]
        // Batch norm fused with ReLU / LeakyReLU, 2-D and 1-D, training then evaluation; Adam.
        let norm2d = try BatchNorm2d(4), norm1d = try BatchNorm1d(40)
        let net2d = Sequential([norm2d, ReLU()]), net1d = Sequential([norm1d, LeakyReLU(0.2)])
        let parameters = norm2d.parameters + norm1d.parameters
        let adam = try Adam(parameters: parameters, learningRate: 1e-2, beta1: 0.5)
        for training in [true, false] {
            net2d.isTraining = training; net1d.isTraining = training
            let a = try uniform([6, 4, 5, 7], &rng, low: -2, high: 3).requiringGradient()
            let c = try uniform([6, 40], &rng, low: -2, high: 3).requiringGradient()
            let ya = try net2d(a), yc = try net1d(c)
            adam.zeroGrad()
            try ((ya * uniform(ya.shape, &rng)).sum() + (yc * uniform(yc.shape, &rng)).sum()).backward()
            try adam.step()
            out += [ya.values, yc.values, a.grad!.values, c.grad!.values] + parameters.map(\.values)
            out += [norm2d.runningMean.values, norm2d.runningVar.values, norm1d.runningMean.values, norm1d.runningVar.values]
        }
        // Elementwise ops with broadcasting and reductions.
        let p = try uniform([7, 33], &rng), q = try uniform([1, 33], &rng)
        out += [try ((p * q + p) / (q.abs() + 1)).values, try p.sum(axis: 0).values, try p.mean(axis: 1).values,
                try p.leakyRelu(slope: 0.1).values, [try p.sum().item()]]
        // Matrix products (every layout, several depth slices, partial tiles), linear with bias,
        // transcendental functions, normal draws.
        let ma = try Tensor.randn([19, 300], using: &rng), mb = try Tensor.randn([300, 37], using: &rng)
        out += [try ma.matmul(mb).values, try ma.transposed().matmul(mb, transposeSelf: true).values,
                try ma.matmul(mb.transposed(), transposeOther: true).values,
                try ma.linear(weight: mb.transposed(), bias: Tensor.randn([37], using: &rng)).values]
        let e = try Tensor.randn([500], using: &rng) * 4
        out += [try e.exp().values, try e.abs().log().values, try e.tanh().values, try e.sigmoid().values,
                try e.softplus().values, try e.logSigmoid().values, try e.abs().pow(0.7).values]
        return out
    }

    @Test func engineKernelsGiveThePinnedBits() throws {
        let value = Self.fingerprint(try Self.kernelOutputs())
        #expect(value == Self.pinned, """
            the engine's own kernels now give other bits (fingerprint \(String(value, radix: 16)), pinned \
            \(String(Self.pinned, radix: 16))): bump GANEngineModule.version, re-run every lesson, update the pin
            """)
    }

    /// The fingerprint notices a change in the last bit of one value.
    @Test func fingerprintSeesOneBit() throws {
        var values = try Self.kernelOutputs()
        let before = Self.fingerprint(values)
        values[3][0] = values[3][0].nextUp
        #expect(Self.fingerprint(values) != before)
        #expect(Self.fingerprint(try Self.kernelOutputs()) == before)
    }
}
