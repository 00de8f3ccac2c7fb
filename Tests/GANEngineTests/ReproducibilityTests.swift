import Testing
@testable import GANEngine

/// The same seed gives bitwise the same tensors, also when the engine's own loops run on a
/// different number of threads (their work is split by sample, and each sum has a fixed order).
@Suite(.serialized) struct ReproducibilityTests {
    /// One D and one G update of a small DCGAN; returns every parameter's values afterwards.
    static func trainingStep() throws -> [[Float]] {
        var rng = SeededGenerator(seed: 7)
        let g = Sequential([
            try Linear(16, 32 * 4 * 4, using: &rng), try BatchNorm1d(32 * 4 * 4), ReLU(), Reshape([32, 4, 4]),
            try ConvTranspose2d(32, 16, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(16), ReLU(),
            try ConvTranspose2d(16, 1, kernelSize: 4, stride: 2, padding: 1, using: &rng), Tanh(),
        ])
        let d = Sequential([
            try Conv2d(1, 16, kernelSize: 4, stride: 2, padding: 1, using: &rng), LeakyReLU(0.2),
            try Conv2d(16, 32, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(32), LeakyReLU(0.2),
            Flatten(), try Linear(32 * 4 * 4, 1, using: &rng), Sigmoid(),
        ])
        let optG = try Adam(parameters: g.parameters, learningRate: 2e-4, beta1: 0.5)
        let optD = try Adam(parameters: d.parameters, learningRate: 2e-4, beta1: 0.5)
        let batch = 32
        let real = try Tensor.rand([batch, 1, 16, 16], low: -1, high: 1, using: &rng)
        let ones = try Tensor.ones([batch, 1]), zeros = try Tensor.zeros([batch, 1])
        let fake = try g(Tensor.randn([batch, 16], using: &rng))
        optD.zeroGrad()
        try (Loss.binaryCrossEntropy(d(real), targets: ones) + Loss.binaryCrossEntropy(d(fake.detached()), targets: zeros)).backward()
        try optD.step()
        optG.zeroGrad()
        try Loss.binaryCrossEntropy(d(fake), targets: ones).backward()
        try optG.step()
        return (g.parameters + d.parameters).map(\.values)
    }

    @Test func sameSeedGivesBitwiseSameParameters() throws {
        let first = try Self.trainingStep(), second = try Self.trainingStep()
        #expect(first.map { $0.map(\.bitPattern) } == second.map { $0.map(\.bitPattern) })
    }

    /// Layers large enough that a batch of 8 spans several column chunks, so the engine's
    /// threads each take whole chunks (conv2d forward, the column scatter, conv-transpose backward).
    static func chunkedLayerGradients() throws -> [[Float]] {
        var rng = SeededGenerator(seed: 11)
        let up = try ConvTranspose2d(64, 32, kernelSize: 4, stride: 2, padding: 1, using: &rng)
        let down = try Conv2d(32, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng)
        let x = try Tensor.randn([8, 64, 14, 14], using: &rng).requiringGradient()
        let y = try down(up(x))
        let weights = try Tensor.randn(y.shape, using: &rng)
        try (y * weights).sum().backward()
        return [y.values, x.grad?.values ?? []] + (up.parameters + down.parameters).map { $0.grad?.values ?? [] }
    }

    /// The bit patterns `compute` gives with the engine's loops on one thread and on two.
    static func bitsOnOneAndTwoThreads(_ compute: () throws -> [[Float]]) throws -> (serial: [[UInt32]], parallel: [[UInt32]]) {
        let saved = EngineThreads.parallelWidth
        defer { EngineThreads.parallelWidth = saved }
        EngineThreads.parallelWidth = 1
        let serial = try compute()
        EngineThreads.parallelWidth = 2
        let parallel = try compute()
        #expect(serial.allSatisfy { !$0.isEmpty })
        return (serial.map { $0.map(\.bitPattern) }, parallel.map { $0.map(\.bitPattern) })
    }

    @Test func loopThreadCountDoesNotChangeBitsAcrossChunks() throws {
        let bits = try Self.bitsOnOneAndTwoThreads(Self.chunkedLayerGradients)
        #expect(bits.serial == bits.parallel)
    }

    @Test func loopThreadCountDoesNotChangeBits() throws {
        let bits = try Self.bitsOnOneAndTwoThreads(Self.trainingStep)
        #expect(bits.serial == bits.parallel)
    }

    /// Batch norm (2-D and 1-D), channel sums and Adam on tensors large enough that their channel
    /// or element ranges are split across the engine's threads.
    static func largeNormalisationStep() throws -> [[Float]] {
        var rng = SeededGenerator(seed: 13)
        let conv = try Conv2d(3, 8, kernelSize: 3, stride: 1, padding: 1, using: &rng)
        let norm2d = try BatchNorm2d(8), norm1d = try BatchNorm1d(8 * 24 * 24)
        let x = try Tensor.randn([16, 3, 24, 24], using: &rng)
        let h = try norm2d(conv(x)).relu()
        let y = try norm1d(h.reshaped([16, 8 * 24 * 24]))
        let weights = try Tensor.randn(y.shape, using: &rng)
        let parameters = conv.parameters + norm2d.parameters + norm1d.parameters
        let adam = try Adam(parameters: parameters, learningRate: 1e-3)
        try (y * weights).sum().backward()
        let gradients = parameters.map { $0.grad?.values ?? [] }
        try adam.step()
        return [y.values] + gradients + parameters.map(\.values) + [norm2d.runningMean.values, norm1d.runningVar.values]
    }

    @Test func threadCountDoesNotChangeNormalisationOrAdam() throws {
        let bits = try Self.bitsOnOneAndTwoThreads(Self.largeNormalisationStep)
        #expect(bits.serial == bits.parallel)
    }
}
