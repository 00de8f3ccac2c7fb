import Testing
@testable import GANEngine

/// `backward(inputs:)`: gradients only for the given tensors, bitwise the same as a full pass,
/// and nothing computed (nor stored) for the tensors left out.
@Suite struct BackwardInputsTests {
    /// A generator step of a tiny conv GAN: the generator's gradients equal those of a full
    /// backward pass exactly, and the discriminator's parameters get none.
    @Test func generatorStepMatchesFullBackwardBitwise() throws {
        var rng = SeededGenerator(seed: 11)
        let generator = Sequential([try Linear(4, 2 * 3 * 3, using: &rng), try BatchNorm1d(2 * 3 * 3), ReLU(), Reshape([2, 3, 3]),
                                    try ConvTranspose2d(2, 3, kernelSize: 4, stride: 2, padding: 1, using: &rng), Tanh()])
        let discriminator = Sequential([try Conv2d(3, 4, kernelSize: 3, stride: 2, padding: 1, using: &rng), try BatchNorm2d(4),
                                        LeakyReLU(0.2), Flatten(), try Linear(4 * 3 * 3, 1, using: &rng)])
        let z = try Tensor.randn([5, 4], using: &rng)
        let target = try Tensor.ones([5, 1])
        func loss() throws -> Tensor { try Loss.binaryCrossEntropyWithLogits(discriminator(generator(z)), targets: target) }

        try loss().backward()
        let full = generator.parameters.map { $0.grad?.values ?? [] }
        #expect(discriminator.parameters.allSatisfy { $0.grad != nil })
        for p in generator.parameters + discriminator.parameters { p.grad = nil }

        try loss().backward(inputs: generator.parameters)
        let pruned = generator.parameters.map { $0.grad?.values ?? [] }
        #expect(pruned == full)
        #expect(discriminator.parameters.allSatisfy { $0.grad == nil })
    }

    /// An input gradient alone (as for a gradient penalty) equals the one from a full pass.
    @Test func gradientsWithRespectToInputSkipWeights() throws {
        var rng = SeededGenerator(seed: 5)
        let layer = try Conv2d(2, 3, kernelSize: 3, stride: 1, padding: 1, using: &rng)
        let x = try Tensor.randn([2, 2, 5, 5], using: &rng).requiringGradient()
        let y = try layer(x).square().sum()
        let alone = try Tensor.gradients(of: y, withRespectTo: [x])[0]
        try layer(x).square().sum().backward()
        #expect(alone.values == x.grad?.values)
        #expect(layer.parameters.allSatisfy { $0.grad != nil })
    }

    @Test func inputWithoutGradientIsAnError() throws {
        let w = try tensor([2], [1, 2], grad: true)
        let constant = try tensor([2], [3, 4])
        let y = try (w * constant).sum()
        let e = #expect(throws: EngineError.self) { try y.backward(inputs: [w, constant]) }
        #expect(e?.description.contains("input 1 of shape [2]") == true)
        #expect(w.grad == nil)
    }

    /// Gradients accumulate into `grad` as with a full pass.
    @Test func accumulatesLikeFullBackward() throws {
        let a = try tensor([3], [1, -2, 0.5], grad: true)
        let b = try tensor([3], [2, 1, -1], grad: true)
        try (a * b).sum().backward(inputs: [a])
        try (a * a).sum().backward(inputs: [a])
        #expect(a.grad?.values == [2 + 2, 1 - 4, -1 + 1])
        #expect(b.grad == nil)
    }
}
