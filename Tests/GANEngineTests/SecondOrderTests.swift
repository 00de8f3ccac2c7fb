import Testing
@testable import GANEngine

/// Gradients of gradients (createGraph), as WGAN-GP needs.
@Suite struct SecondOrderTests {
    @Test func secondDerivativeOfCubic() throws {
        let x = try tensor([3], [0.5, -1, 2], grad: true)
        let y = try x.pow(3).sum()
        let g = try Tensor.gradients(of: y, withRespectTo: [x], createGraph: true)[0]
        expectClose(g.values, [0.75, 3, 12])
        try g.sum().backward()
        expectClose(x.grad?.values ?? [], [3, -6, 12])
    }

    /// Gradient penalty of a small MLP critic: compare autodiff of the penalty with finite differences.
    @Test func gradientPenaltyMatchesFiniteDifferences() throws {
        var rng = SeededGenerator(seed: 3)
        let critic = Sequential([try Linear(2, 8, using: &rng), LeakyReLU(0.2), try Linear(8, 8, using: &rng), Tanh(),
                                 try Linear(8, 1, using: &rng)])
        let xhat = try Tensor.randn([5, 2], using: &rng)
        func penalty(_ x: Tensor) throws -> Tensor { try GradMode.withGradient {
            let out = try critic(x).sum()
            let g = try Tensor.gradients(of: out, withRespectTo: [x], createGraph: true)[0]
            let norm = try (g.square().sum(axis: 1) + 1e-12).sqrt()
            return try (norm - 1).square().mean()
        } }
        let params = critic.parameters + [xhat]
        try gradientCheck(params, epsilon: 1e-2, rtol: 3e-2, atol: 3e-3) { _ in try penalty(xhat) }
    }

    @Test func unsupportedSecondOrderThrows() throws {
        let x = try random([1, 1, 4, 4], seed: 1).requiringGradient()
        let w = try random([1, 1, 2, 2], seed: 2).requiringGradient()
        let y = try x.conv2d(weight: w, bias: nil).sum()
        let e = #expect(throws: EngineError.self) { try Tensor.gradients(of: y, withRespectTo: [x], createGraph: true) }
        #expect(e?.description.contains("conv2d") == true)
    }
}
