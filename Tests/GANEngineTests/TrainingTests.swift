import Testing
@testable import GANEngine

/// Small end-to-end training runs with fixed seeds.
@Suite struct TrainingTests {
    @Test func fitsALine() throws {
        var rng = SeededGenerator(seed: 1)
        let model = try Linear(1, 1, using: &rng)
        let opt = try SGD(parameters: model.parameters, learningRate: 0.1, momentum: 0.9)
        let x = try Tensor.rand([64, 1], low: -1, high: 1, using: &rng)
        let y = try x * 3 + 0.5
        for _ in 0..<200 {
            opt.zeroGrad()
            try Loss.meanSquaredError(model(x), targets: y).backward()
            try opt.step()
        }
        #expect(Swift.abs(model.weight.values[0] - 3) < 1e-2)
        #expect(Swift.abs((model.bias?.values[0] ?? 0) - 0.5) < 1e-2)
    }

    @Test func learnsXOR() throws {
        var rng = SeededGenerator(seed: 4)
        let net = Sequential([try Linear(2, 8, using: &rng), Tanh(), try Linear(8, 1, using: &rng)])
        let opt = try Adam(parameters: net.parameters, learningRate: 0.05)
        let x = try tensor([4, 2], [0, 0, 0, 1, 1, 0, 1, 1]), y = try tensor([4, 1], [0, 1, 1, 0])
        for _ in 0..<300 {
            opt.zeroGrad()
            let loss = try Loss.binaryCrossEntropyWithLogits(net(x), targets: y)
            try loss.checkFinite()
            try loss.backward()
            try opt.step()
        }
        let p = try net(x).sigmoid().values
        #expect(p[0] < 0.1 && p[1] > 0.9 && p[2] > 0.9 && p[3] < 0.1, "\(p)")
    }

    /// A 1-D GAN learns N(4, 0.5): mean and std of its samples within 10%. The discriminator also sees
    /// the batch's standard deviation (ProGAN's minibatch-stddev feature), which prevents the
    /// under-dispersed (collapsed) generators plain 1-D GANs often settle on.
    @Test func oneDimensionalGANMatchesTarget() throws {
        var rng = SeededGenerator(seed: 2)
        let g = Sequential([try Linear(1, 16, using: &rng), ReLU(), try Linear(16, 16, using: &rng), ReLU(),
                            try Linear(16, 1, using: &rng)])
        let critic = Sequential([try Linear(2, 16, using: &rng), LeakyReLU(0.2), try Linear(16, 16, using: &rng), LeakyReLU(0.2),
                                 try Linear(16, 1, using: &rng)])
        func d(_ x: Tensor) throws -> Tensor {
            try critic(Tensor.concat([x, x.std().reshaped([1, 1]).broadcast(to: x.shape)], axis: 1))
        }
        let optG = try Adam(parameters: g.parameters, learningRate: 2e-3, beta1: 0.5)
        let optD = try Adam(parameters: critic.parameters, learningRate: 2e-3, beta1: 0.5)
        let batch = 64, steps = 1000
        let ones = try Tensor.ones([batch, 1]), zeros = try Tensor.zeros([batch, 1])
        for step in 0..<steps {
            if step == steps * 2 / 3 { optG.learningRate /= 5; optD.learningRate /= 5 }
            let real = try Tensor.randn([batch, 1], mean: 4, std: 0.5, using: &rng)
            let fake = try g(Tensor.randn([batch, 1], using: &rng))
            optD.zeroGrad()
            let lossD = try d(real).bceWithLogits(targets: ones) + d(fake.detached()).bceWithLogits(targets: zeros)
            try lossD.checkFinite(step: step)
            try lossD.backward()
            try optD.step()
            optG.zeroGrad()
            try d(fake).bceWithLogits(targets: ones).backward()
            try optG.step()
        }
        let samples = try GradMode.withoutGradient { try g(Tensor.randn([4000, 1], using: &rng)) }
        let mean = try samples.mean().item(), std = try samples.std().item()
        #expect(Swift.abs(mean - 4) < 0.4, "mean \(mean)")
        #expect(Swift.abs(std - 0.5) < 0.05, "std \(std)")
    }
}
