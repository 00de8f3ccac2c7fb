import Testing
@testable import GANEngine

/// `Sequential` runs `BatchNorm` + `ReLU`/`LeakyReLU` as one node: the same bits as the two
/// layers applied one after the other, forward and backward, in training and evaluation.
struct FusedBatchNormTests {
    static let cases: [(shape: [Int], activation: String, training: Bool)] = [
        ([6, 5, 7, 9], "relu", true), ([6, 5, 7, 9], "leaky0.2", true), ([6, 5, 7, 9], "leaky0", true),
        ([8, 300], "relu", true), ([8, 300], "leaky0.2", false), ([6, 5, 7, 9], "relu", false),
        ([6, 5, 7, 9], "leaky-0.5", true),
    ]

    static func activationLayer(_ name: String) -> any Module {
        switch name {
        case "relu": ReLU()
        case "leaky0": LeakyReLU(0)
        case "leaky-0.5": LeakyReLU(-0.5)
        default: LeakyReLU(0.2)
        }
    }

    /// Output, input gradient, gamma and beta gradients, running statistics.
    static func run(shape: [Int], activation: String, training: Bool, fused: Bool) throws -> [[UInt32]] {
        let norm: BatchNorm = shape.count == 4 ? try BatchNorm2d(shape[1]) : try BatchNorm1d(shape[1])
        let gamma = try random([shape[1]], seed: 21, low: 0.5, high: 1.5), beta = try random([shape[1]], seed: 22)
        let mean = try random([shape[1]], seed: 23)
        for (target, source) in [(norm.weight, gamma), (norm.bias, beta), (norm.runningMean, mean)] {
            withExtendedLifetime(source) { target.data.update(from: source.data, count: shape[1]) }
        }
        norm.isTraining = training
        let layer = activationLayer(activation)
        let x = try random(shape, seed: 24, low: -2, high: 2).requiringGradient()
        let y = fused ? try Sequential([norm, layer])(x) : try layer(norm(x))
        let weights = try random(shape, seed: 25)
        try (y * weights).sum().backward()
        let tensors = [y, x.grad!, norm.weight.grad!, norm.bias.grad!, norm.runningMean, norm.runningVar]
        return tensors.map { $0.values.map(\.bitPattern) }
    }

    @Test(arguments: cases)
    func fusedMatchesSeparateLayersBitwise(_ c: (shape: [Int], activation: String, training: Bool)) throws {
        let separate = try Self.run(shape: c.shape, activation: c.activation, training: c.training, fused: false)
        let fused = try Self.run(shape: c.shape, activation: c.activation, training: c.training, fused: true)
        let names = ["output", "input gradient", "gamma gradient", "beta gradient", "running mean", "running variance"]
        for (name, (a, b)) in zip(names, zip(fused, separate)) {
            let first = a.indices.first { a[$0] != b[$0] }
            #expect(first == nil, "\(name) differs first at \(first ?? -1): \(first.map { Float(bitPattern: a[$0]) } ?? 0) vs \(first.map { Float(bitPattern: b[$0]) } ?? 0)")
        }
        // The activation did something: some outputs were clipped or scaled.
        #expect(c.activation == "leaky-0.5" || separate[0].contains { Float(bitPattern: $0) <= 0 })
    }

    @Test func onlyNonNegativeSlopesFuse() {
        #expect(FusedActivation(ReLU()) == .relu)
        #expect(FusedActivation(LeakyReLU(0.2)) == .leakyRelu(0.2))
        #expect(FusedActivation(LeakyReLU(-0.5)) == nil)
        #expect(FusedActivation(Tanh()) == nil)
    }
}
