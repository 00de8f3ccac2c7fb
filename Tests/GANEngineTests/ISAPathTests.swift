import Testing
@testable import GANEngine

/// Every ISA path this CPU can run (generic always; avx2, avx512 when CPUID reports them) gives
/// the same bits, and its GEMM matches the product's definition computed in Double.
@Suite(.serialized) struct ISAPathTests {
    /// Runs `compute` once per supported path; returns each path's bit patterns.
    static func bitsPerPath(_ compute: () throws -> [[Float]]) throws -> [(EngineISA, [[UInt32]])] {
        let saved = EngineISA.current
        defer { try? EngineISA.use(saved) }
        var results: [(EngineISA, [[UInt32]])] = []
        for path in EngineISA.supported {
            try EngineISA.use(path)
            results.append((path, try compute().map { $0.map(\.bitPattern) }))
        }
        print("ISA paths compared: \(EngineISA.supported.map(\.rawValue).joined(separator: ", "))")
        return results
    }

    static func expectSameBits(_ results: [(EngineISA, [[UInt32]])], _ what: String) {
        let first = results[0]
        #expect(first.1.allSatisfy { !$0.isEmpty })
        for (path, bits) in results.dropFirst() {
            let differing = zip(first.1, bits).map { zip($0, $1).filter { $0 != $1 }.count }.reduce(0, +)
            #expect(bits == first.1, "\(what): \(path.rawValue) differs from \(first.0.rawValue) in \(differing) values")
            print("\(what): \(path.rawValue) == \(first.0.rawValue) bitwise: \(bits == first.1) (\(bits.map(\.count).reduce(0, +)) values)")
        }
    }

    @Test func thisMachineRunsTheGenericPathAndNamesItsPaths() throws {
        #expect(EngineISA.supported.first == .generic)
        #if arch(x86_64)
        if EngineISA.x86KernelsBuilt {
            #expect(EngineISA.supported.contains(.avx2), "every x86 CPU of the course's machines has AVX2+FMA")
        } else {
            #expect(EngineISA.supported == [.generic], "a portable-only build runs the generic path alone")
        }
        #else
        #expect(!EngineISA.x86KernelsBuilt)
        #endif
        #expect(EngineISA.supported.contains(EngineISA.current))
    }

    @Test func unsupportedPathIsAnError() throws {
        for path in EngineISA.allCases where !EngineISA.supported.contains(path) {
            #expect(throws: EngineError.self) { try EngineISA.use(path) }
        }
    }

    /// GEMM against `Σₖ a·b` in Double, every layout, alpha/beta, shapes with partial tiles and
    /// several depth slices; a bound of (k + 2) roundings of Σ|a·b| per element.
    @Test func gemmMatchesItsDefinitionOnEveryPath() throws {
        var rng = SeededGenerator(seed: 21)
        let shapes = [(1, 1, 1), (7, 17, 5), (13, 33, 300), (64, 3, 513), (100, 50, 40), (6, 16, 256), (2, 130, 1)]
        var outputs: [[Float]] = []
        let results = try Self.bitsPerPath {
            outputs = []
            for (m, n, k) in shapes {
                for (transA, transB) in [(false, false), (true, false), (false, true), (true, true)] {
                    let a = try Tensor.randn([m * k], using: &rng), b = try Tensor.randn([k * n], using: &rng)
                    let c = try Tensor.randn([m * n], using: &rng)
                    let initial = c.values
                    let alpha: Float = 0.75, beta: Float = transA ? 0 : 0.5
                    sgemm(transA, transB, m: m, n: n, k: k, a.data, b.data, c.data, alpha: alpha, beta: beta)
                    for i in 0..<m {
                        for j in 0..<n {
                            var exact = 0.0, magnitude = 0.0
                            for q in 0..<k {
                                let x = Double(transA ? a.data[q * m + i] : a.data[i * k + q])
                                let y = Double(transB ? b.data[j * k + q] : b.data[q * n + j])
                                exact += x * y; magnitude += Swift.abs(x * y)
                            }
                            let expected = Double(alpha) * exact + Double(beta) * Double(initial[i * n + j])
                            let bound = Double(k + 2) * 0x1p-24 * (Double(alpha) * magnitude + Swift.abs(Double(beta) * Double(initial[i * n + j]))) + 1e-30
                            let error = Swift.abs(Double(c.data[i * n + j]) - expected)
                            if error > bound {
                                Issue.record("\(EngineISA.current) m \(m) n \(n) k \(k) tA \(transA) tB \(transB) at (\(i), \(j)): error \(error) > \(bound)")
                                return outputs
                            }
                        }
                    }
                    outputs.append(c.values)
                }
            }
            rng = SeededGenerator(seed: 21)
            return outputs
        }
        Self.expectSameBits(results, "GEMM")
    }

    @Test func enginePinIsTheSameOnEveryPath() throws {
        let results = try Self.bitsPerPath(EngineBitsPinTests.kernelOutputs)
        Self.expectSameBits(results, "engine pin kernels")
        for (path, bits) in results {
            let fingerprint = EngineBitsPinTests.fingerprint(bits.map { $0.map(Float.init(bitPattern:)) })
            print("engine pin fingerprint on \(path.rawValue): \(String(fingerprint, radix: 16))")
        }
    }

    /// Lesson 03's DCGAN (full size, batch 4), one D and one G step with matmul, convolutions,
    /// batch norm, BCE with logits and Adam (200 steps at batch 64: `ganbook-bench isa-check`,
    /// too slow for the generic path of a debug build).
    @Test func lesson03StepIsTheSameOnEveryPath() throws {
        let results = try Self.bitsPerPath { try Lesson03Model.run(steps: 1, batch: 4).parameters }
        Self.expectSameBits(results, "lesson-03 model, 1 step")
    }

    /// bench_vae.py's MLP VAE (784-400-20), batch 16, a few Adam steps: sigmoid, exp, BCE, KL.
    @Test func vaeStepsAreTheSameOnEveryPath() throws {
        let results = try Self.bitsPerPath { try SmallRuns.vae(steps: 3, batch: 16) }
        Self.expectSameBits(results, "VAE, 3 steps")
    }

    /// A WGAN-GP critic and generator on 2-D points: the gradient penalty's second-order pass.
    @Test func wganGPStepsAreTheSameOnEveryPath() throws {
        let results = try Self.bitsPerPath { try SmallRuns.wganGP(steps: 5) }
        Self.expectSameBits(results, "WGAN-GP, 5 steps")
    }
}

/// Small training runs for the cross-path tests.
enum SmallRuns {
    static func vae(steps: Int, batch b: Int) throws -> [[Float]] {
        var rng = SeededGenerator(seed: 5)
        let fc1 = try Linear(784, 400, using: &rng), fc21 = try Linear(400, 20, using: &rng), fc22 = try Linear(400, 20, using: &rng)
        let fc3 = try Linear(20, 400, using: &rng), fc4 = try Linear(400, 784, using: &rng)
        let params = [fc1, fc21, fc22, fc3, fc4].flatMap(\.parameters)
        let opt = try Adam(parameters: params, learningRate: 1e-3)
        let x = try Tensor.rand([b, 784], using: &rng)
        var losses: [Float] = []
        for _ in 0..<steps {
            opt.zeroGrad()
            let h = try fc1(x).relu()
            let mu = try fc21(h), logvar = try fc22(h)
            let z = try mu + Tensor.randn([b, 20], using: &rng) * (logvar * 0.5).exp()
            let recon = try fc4(fc3(z).relu()).sigmoid()
            let loss = try Loss.binaryCrossEntropy(recon, targets: x, reduction: .sum)
                + Loss.gaussianKL(mean: mu, logVariance: logvar, reduction: .sum)
            try loss.backward()
            try opt.step()
            losses.append(try loss.item())
        }
        return [losses] + params.map(\.values)
    }

    static func wganGP(steps: Int) throws -> [[Float]] {
        var rng = SeededGenerator(seed: 9)
        let g = Sequential([try Linear(2, 32, using: &rng), ReLU(), try Linear(32, 32, using: &rng), ReLU(), try Linear(32, 2, using: &rng)])
        let critic = Sequential([try Linear(2, 32, using: &rng), LeakyReLU(0.2), try Linear(32, 32, using: &rng), Tanh(),
                                 try Linear(32, 1, using: &rng)])
        let optG = try Adam(parameters: g.parameters, learningRate: 1e-3, beta1: 0.5, beta2: 0.9)
        let optC = try Adam(parameters: critic.parameters, learningRate: 1e-3, beta1: 0.5, beta2: 0.9)
        let b = 64
        var record: [Float] = []
        for _ in 0..<steps {
            let real = try Tensor.randn([b, 2], mean: 2, std: 0.5, using: &rng)
            let fake = try g(Tensor.randn([b, 2], using: &rng)).detached()
            let t = try Tensor.rand([b, 1], using: &rng)
            let mixed = try (real * t + fake * (1 - t)).detached().requiringGradient()
            optC.zeroGrad()
            let penalty = try GradMode.withGradient {
                let grad = try Tensor.gradients(of: critic(mixed).sum(), withRespectTo: [mixed], createGraph: true)[0]
                return try ((grad.square().sum(axis: 1) + 1e-12).sqrt() - 1).square().mean()
            }
            let lossC = try critic(fake).mean() - critic(real).mean() + penalty * 10
            try lossC.backward()
            try optC.step()
            optG.zeroGrad()
            let lossG = try -critic(g(Tensor.randn([b, 2], using: &rng))).mean()
            try lossG.backward()
            try optG.step()
            record += [try lossC.item(), try lossG.item()]
        }
        return [record] + (g.parameters + critic.parameters).map(\.values)
    }
}

/// Lesson 03's DCGAN (the model of `ganbook-bench engine --only lesson03`) on random images.
enum Lesson03Model {
    static func run(steps: Int, batch: Int, seed: UInt64 = 3) throws -> (parameters: [[Float]], losses: [Float]) {
        var rng = SeededGenerator(seed: seed)
        let generator = Sequential([
            try Linear(100, 256 * 4 * 4, using: &rng), try BatchNorm1d(256 * 4 * 4), ReLU(), Reshape([256, 4, 4]),
            try ConvTranspose2d(256, 128, kernelSize: 3, stride: 2, padding: 1, using: &rng), try BatchNorm2d(128), ReLU(),
            try ConvTranspose2d(128, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(64), ReLU(),
            try ConvTranspose2d(64, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(64), ReLU(),
            try Conv2d(64, 1, kernelSize: 3, stride: 1, padding: 1, using: &rng), Tanh(),
        ])
        let discriminator = Sequential([
            try Conv2d(1, 32, kernelSize: 4, stride: 2, padding: 1, using: &rng), LeakyReLU(0.2),
            try Conv2d(32, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(64), LeakyReLU(0.2),
            try Conv2d(64, 64, kernelSize: 3, stride: 1, padding: 1, using: &rng), try BatchNorm2d(64), LeakyReLU(0.2),
            try Conv2d(64, 128, kernelSize: 3, stride: 2, padding: 1, using: &rng), try BatchNorm2d(128), LeakyReLU(0.2),
            Flatten(), try Linear(128 * 4 * 4, 1, using: &rng),
        ])
        Initializer.dcgan(generator, using: &rng)
        Initializer.dcgan(discriminator, using: &rng)
        let optG = try Adam(parameters: generator.parameters, learningRate: 2e-4, beta1: 0.5)
        let optD = try Adam(parameters: discriminator.parameters, learningRate: 2e-4, beta1: 0.5)
        let real = try Tensor.rand([batch, 1, 28, 28], low: -1, high: 1, using: &rng)
        let ones = try Tensor.ones([batch, 1]), zeros = try Tensor.zeros([batch, 1])
        var losses: [Float] = []
        for _ in 0..<steps {
            let fake = try generator(Tensor.randn([batch, 100], using: &rng))
            let lossD = try Loss.binaryCrossEntropyWithLogits(discriminator(real), targets: ones)
                + Loss.binaryCrossEntropyWithLogits(discriminator(fake.detached()), targets: zeros)
            optD.zeroGrad()
            try lossD.backward()
            try optD.step()
            let lossG = try Loss.binaryCrossEntropyWithLogits(discriminator(fake), targets: ones)
            optG.zeroGrad()
            try lossG.backward()
            try optG.step()
            losses += [try lossD.item(), try lossG.item()]
        }
        return ([losses] + (generator.parameters + discriminator.parameters).map(\.values), losses)
    }
}
