// The training step of lesson 03's DCGAN (`engine --only lesson03`): the lesson's generator and
// discriminator, batch 64, z uniform on [-1, 1], logits + BCE, Adam(2e-4, 0.5). Two variants run
// alternately, step by step, so that a busy machine slows both alike: the generator step's
// backward pass into every leaf (as PyTorch's `loss.backward()`), and into the generator's
// parameters only (`backward(inputs:)`, as the lesson does).
import Dispatch
import GANEngine

extension EngineBench {
    static func lessonStep() throws {
        let full = try LessonGAN(seed: 0), pruned = try LessonGAN(seed: 0)
        let steps = 30
        for _ in 0..<3 { try full.step(prunedGeneratorPass: false); try pruned.step(prunedGeneratorPass: true) }
        var a: [Double] = [], b: [Double] = [], cpuA: [Double] = [], cpuB: [Double] = []
        for _ in 0..<steps {
            for (model, isPruned) in [(full, false), (pruned, true)] {
                let c0 = processCPUMilliseconds()
                let t0 = DispatchTime.now().uptimeNanoseconds
                try model.step(prunedGeneratorPass: isPruned)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6, cpu = processCPUMilliseconds() - c0
                if isPruned { b.append(ms); cpuB.append(cpu) } else { a.append(ms); cpuA.append(cpu) }
            }
        }
        for (label, samples, cpu) in [("backward()", a, cpuA), ("backward(inputs: G)", b, cpuB)] {
            let sorted = samples.sorted()
            log(String(format: "lesson03 %@: median %.1f ms/step (min %.1f; CPU median %.1f ms) = %.2f steps/s; 3 500 steps ≈ %.0f s",
                       label, median(sorted), sorted.first ?? 0, median(cpu.sorted()), 1000 / median(sorted), 3.5 * median(sorted)))
        }
        let same = zip(full.generator.parameters, pruned.generator.parameters).allSatisfy { $0.values == $1.values }
        log("lesson03: generator weights after \(steps + 3) steps bitwise equal between the variants: \(same)")
    }
}

/// Lesson 03's DCGAN (G 914 753 parameters, D 146 721) on random "images" in [-1, 1].
final class LessonGAN {
    let generator: Sequential, discriminator: Sequential
    let optG: Adam, optD: Adam
    var rng: SeededGenerator
    let real: Tensor, ones: Tensor, zeros: Tensor
    let batch = 64

    init(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        generator = Sequential([
            try Linear(100, 256 * 4 * 4, using: &rng), try BatchNorm1d(256 * 4 * 4), ReLU(), Reshape([256, 4, 4]),
            try ConvTranspose2d(256, 128, kernelSize: 3, stride: 2, padding: 1, using: &rng), try BatchNorm2d(128), ReLU(),
            try ConvTranspose2d(128, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(64), ReLU(),
            try ConvTranspose2d(64, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(64), ReLU(),
            try Conv2d(64, 1, kernelSize: 3, stride: 1, padding: 1, using: &rng), Tanh(),
        ])
        discriminator = Sequential([
            try Conv2d(1, 32, kernelSize: 4, stride: 2, padding: 1, using: &rng), LeakyReLU(0.2),
            try Conv2d(32, 64, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(64), LeakyReLU(0.2),
            try Conv2d(64, 64, kernelSize: 3, stride: 1, padding: 1, using: &rng), try BatchNorm2d(64), LeakyReLU(0.2),
            try Conv2d(64, 128, kernelSize: 3, stride: 2, padding: 1, using: &rng), try BatchNorm2d(128), LeakyReLU(0.2),
            Flatten(), try Linear(128 * 4 * 4, 1, using: &rng),
        ])
        Initializer.dcgan(generator, using: &rng)
        Initializer.dcgan(discriminator, using: &rng)
        optG = try Adam(parameters: generator.parameters, learningRate: 2e-4, beta1: 0.5)
        optD = try Adam(parameters: discriminator.parameters, learningRate: 2e-4, beta1: 0.5)
        real = try Tensor.rand([batch, 1, 28, 28], low: -1, high: 1, using: &rng)
        ones = try Tensor.ones([batch, 1])
        zeros = try Tensor.zeros([batch, 1])
        self.rng = rng
    }

    func step(prunedGeneratorPass: Bool) throws {
        let z = try Tensor.rand([batch, 100], low: -1, high: 1, using: &rng)
        let fake = try generator(z)
        let lossD = try Loss.binaryCrossEntropyWithLogits(discriminator(real), targets: ones)
            + Loss.binaryCrossEntropyWithLogits(discriminator(fake.detached()), targets: zeros)
        optD.zeroGrad()
        try lossD.backward()
        try optD.step()
        let lossG = try Loss.binaryCrossEntropyWithLogits(discriminator(fake), targets: ones)
        optG.zeroGrad()
        try lossG.backward(inputs: prunedGeneratorPass ? generator.parameters : nil)
        try optG.step()
    }
}

extension EngineBench {
    /// `engine --only lesson03check`: 200 steps of lesson 03's GAN, then an FNV-1a checksum over
    /// the bits of every parameter of G and D. Run it once per `GANBOOK_ISA` path (and thread
    /// count): every run must print the same checksum.
    static func lessonChecksum(steps: Int = 200) throws {
        let model = try LessonGAN(seed: 0)
        let t0 = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<steps { try model.step(prunedGeneratorPass: true) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for parameter in model.generator.parameters + model.discriminator.parameters {
            for v in parameter.values {
                var bits = v.bitPattern
                for _ in 0..<4 { hash = (hash ^ UInt64(bits & 0xff)) &* 0x0000_0100_0000_01b3; bits >>= 8 }
            }
        }
        log(String(format: "lesson03check: %d steps on the %@ path, %d threads, %.1f s; parameter checksum %016llx",
                   steps, EngineISA.current.rawValue, EngineThreads.gemmWidth, seconds, hash))
    }
}
