// The Engine suite: the same training steps as /work/shared/bench/torch/*.py, timed per step.
// Usage: ganbook-bench engine [--threads N] [--loop-threads N] [--json] [--check-steps N] [--only gan1d,vae,dcgan16,dcgan28,sgemm,gemmshapes,convlayers,lesson03,lesson03check]
import Foundation
import GANEngine

enum EngineBench {
    struct Stats {
        var median: Double, min: Double, max: Double
        /// Median process CPU time per step (ms): on a shared machine it excludes time spent descheduled.
        var cpuMedian: Double = 0
    }

    static func run(_ arguments: [String]) throws {
        var threads = 2, json = false
        var loopThreads: Int? = nil
        var only: Set<String>? = nil
        var checkSteps = 200
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--threads":
                guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n >= 1 else { throw BenchError("--threads needs a positive integer") }
                threads = n; i += 1
            case "--loop-threads":
                guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n >= 1 else { throw BenchError("--loop-threads needs a positive integer") }
                loopThreads = n; i += 1
            case "--json": json = true
            case "--check-steps":
                guard i + 1 < arguments.count, let n = Int(arguments[i + 1]), n >= 1 else { throw BenchError("--check-steps needs a positive integer") }
                checkSteps = n; i += 1
            case "--only":
                guard i + 1 < arguments.count else { throw BenchError("--only needs a list") }
                only = Set(arguments[i + 1].split(separator: ",").map(String.init)); i += 1
            default: throw BenchError("unknown option \(arguments[i]); usage: engine [--threads N] [--loop-threads N] [--json] [--only names]")
            }
            i += 1
        }
        EngineThreads.set(gemm: threads, loops: loopThreads ?? threads)
        if let problem = EngineISA.environmentProblem { log(problem) }
        log("engine ISA path: \(EngineISA.current.rawValue) (supported: \(EngineISA.supported.map(\.rawValue).joined(separator: ", ")))")
        func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }
        var results: [String: Any] = ["threads": threads, "isa": EngineISA.current.rawValue]
        func report(_ name: String, _ s: Stats, extra: String = "") {
            results[name] = ["median_ms": s.median, "min_ms": s.min, "max_ms": s.max, "cpu_median_ms": s.cpuMedian]
            log(String(format: "%@ threads=%d: median %.3f ms/step (min %.3f, max %.3f; CPU time median %.3f ms)%@",
                       name, threads, s.median, s.min, s.max, s.cpuMedian, extra))
        }
        if wanted("gan1d") { report("gan1d", try gan1d()) }
        if wanted("vae") { report("vae", try vae()) }
        if wanted("dcgan16") { report("dcgan16", try dcgan(size: 16)) }
        if wanted("dcgan28") {
            let s = try dcgan(size: 28)
            let gflops = 10.29 / (s.median / 1000)
            results["dcgan28_gflops"] = gflops
            results["peak_rss_mb"] = peakRSSMegabytes()
            report("dcgan28", s, extra: String(format: "; %.1f GFLOP/s at median (10.29 GFLOP/step); peak RSS %.0f MB", gflops, peakRSSMegabytes()))
        }
        if wanted("sgemm") {
            for n in [512, 1024] {
                let g = sgemmGflops(n)
                results["sgemm\(n)"] = ["gflops": g]
                log(String(format: "sgemm %d threads=%d: median %.1f GFLOP/s", n, threads, g))
            }
        }
        if only?.contains("gemmshapes") == true { try gemmShapes() }
        if only?.contains("convlayers") == true { try convLayers() }
        if only?.contains("lesson03") == true { try lessonStep() }
        if only?.contains("lesson03check") == true { try lessonChecksum(steps: checkSteps) }
        if json {
            let data = try JSONSerialization.data(withJSONObject: results, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    struct BenchError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    static func log(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8) ?? Data()) }

    /// Runs `step` `warmup` times, then `steps` timed times; per-step milliseconds.
    static func time(warmup: Int, steps: Int, _ step: () throws -> Void) rethrows -> Stats {
        for _ in 0..<warmup { try step() }
        var samples: [Double] = [], cpu: [Double] = []
        samples.reserveCapacity(steps)
        for _ in 0..<steps {
            let c0 = processCPUMilliseconds()
            let t0 = DispatchTime.now().uptimeNanoseconds
            try step()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            cpu.append(processCPUMilliseconds() - c0)
        }
        samples.sort()
        return Stats(median: median(samples), min: samples.first ?? 0, max: samples.last ?? 0, cpuMedian: median(cpu.sorted()))
    }

    static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    static func processCPUMilliseconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// bench_gan1d.py: G 1-16-16-1 ReLU, D 1-16-16-1 LeakyReLU(0.2) + Sigmoid, batch 128, BCE, Adam(2e-4, 0.5).
    static func gan1d() throws -> Stats {
        var rng = SeededGenerator(seed: 0)
        let b = 128
        let g = Sequential([try Linear(1, 16, using: &rng), ReLU(), try Linear(16, 16, using: &rng), ReLU(), try Linear(16, 1, using: &rng)])
        let d = Sequential([try Linear(1, 16, using: &rng), LeakyReLU(0.2), try Linear(16, 16, using: &rng), LeakyReLU(0.2),
                            try Linear(16, 1, using: &rng), Sigmoid()])
        let optG = try Adam(parameters: g.parameters, learningRate: 2e-4, beta1: 0.5)
        let optD = try Adam(parameters: d.parameters, learningRate: 2e-4, beta1: 0.5)
        let ones = try Tensor.ones([b, 1]), zeros = try Tensor.zeros([b, 1])
        let stats = try time(warmup: 300, steps: 2000) {
            let real = try Tensor.randn([b, 1], mean: 4, std: 1.25, using: &rng)
            let z = try Tensor.randn([b, 1], using: &rng)
            let fake = try g(z)
            optD.zeroGrad()
            let lossD = try Loss.binaryCrossEntropy(d(real), targets: ones) + Loss.binaryCrossEntropy(d(fake.detached()), targets: zeros)
            try lossD.backward()
            try optD.step()
            optG.zeroGrad()
            try Loss.binaryCrossEntropy(d(fake), targets: ones).backward()
            try optG.step()
        }
        let s = try GradMode.withoutGradient { try g(Tensor.randn([10000, 1], using: &rng)) }
        log(String(format: "gan1d sanity: G sample mean %.3f std %.3f", try s.mean().item(), try s.std().item()))
        return stats
    }

    /// bench_vae.py: MLP VAE 784-400-20, batch 128, BCE(sum) + KL(sum), Adam(1e-3).
    static func vae() throws -> Stats {
        var rng = SeededGenerator(seed: 0)
        let b = 128
        let fc1 = try Linear(784, 400, using: &rng), fc21 = try Linear(400, 20, using: &rng), fc22 = try Linear(400, 20, using: &rng)
        let fc3 = try Linear(20, 400, using: &rng), fc4 = try Linear(400, 784, using: &rng)
        let params = [fc1, fc21, fc22, fc3, fc4].flatMap(\.parameters)
        let opt = try Adam(parameters: params, learningRate: 1e-3)
        let x = try Tensor.rand([b, 784], using: &rng)
        var lastLoss: Float = 0
        let stats = try time(warmup: 50, steps: 500) {
            opt.zeroGrad()
            let h = try fc1(x).relu()
            let mu = try fc21(h), logvar = try fc22(h)
            let z = try mu + Tensor.randn([b, 20], using: &rng) * (logvar * 0.5).exp()
            let recon = try fc4(fc3(z).relu()).sigmoid()
            let loss = try Loss.binaryCrossEntropy(recon, targets: x, reduction: .sum)
                + Loss.gaussianKL(mean: mu, logVariance: logvar, reduction: .sum)
            try loss.backward()
            try opt.step()
            lastLoss = try loss.item()
        }
        log(String(format: "vae sanity: final loss per example %.2f", lastLoss / Float(b)))
        return stats
    }

    /// bench_dcgan.py --size 28|16: DCGAN G/D, batch 64, z 100, BCE, Adam(2e-4, 0.5), N(0, 0.02) init.
    static func dcgan(size: Int) throws -> Stats {
        var rng = SeededGenerator(seed: 0)
        let (c1, c2, base, dc1, dc2) = size == 28 ? (128, 64, 7, 64, 128) : (64, 32, 4, 32, 64)
        let b = 64
        let g = Sequential([
            try Linear(100, c1 * base * base, using: &rng), try BatchNorm1d(c1 * base * base), ReLU(), Reshape([c1, base, base]),
            try ConvTranspose2d(c1, c2, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(c2), ReLU(),
            try ConvTranspose2d(c2, 1, kernelSize: 4, stride: 2, padding: 1, using: &rng), Tanh(),
        ])
        let d = Sequential([
            try Conv2d(1, dc1, kernelSize: 4, stride: 2, padding: 1, using: &rng), LeakyReLU(0.2),
            try Conv2d(dc1, dc2, kernelSize: 4, stride: 2, padding: 1, using: &rng), try BatchNorm2d(dc2), LeakyReLU(0.2),
            Flatten(), try Linear(dc2 * base * base, 1, using: &rng), Sigmoid(),
        ])
        Initializer.dcgan(g, using: &rng)
        Initializer.dcgan(d, using: &rng)
        let optG = try Adam(parameters: g.parameters, learningRate: 2e-4, beta1: 0.5)
        let optD = try Adam(parameters: d.parameters, learningRate: 2e-4, beta1: 0.5)
        let real = try Tensor.rand([b, 1, size, size], low: -1, high: 1, using: &rng)
        let ones = try Tensor.ones([b, 1]), zeros = try Tensor.zeros([b, 1])
        return try time(warmup: 5, steps: 30) {
            let z = try Tensor.randn([b, 100], using: &rng)
            let fake = try g(z)
            optD.zeroGrad()
            let lossD = try Loss.binaryCrossEntropy(d(real), targets: ones) + Loss.binaryCrossEntropy(d(fake.detached()), targets: zeros)
            try lossD.backward()
            try optD.step()
            optG.zeroGrad()
            try Loss.binaryCrossEntropy(d(fake), targets: ones).backward()
            try optG.step()
        }
    }

    /// GFLOP/s of the GEMM shapes one DCGAN-28 step uses (diagnostic: `--only gemmshapes`).
    static func gemmShapes() throws {
        var rng = SeededGenerator(seed: 0)
        // (label, m, n, k, transposeA, transposeB)
        let shapes: [(String, Int, Int, Int, Bool, Bool)] = [
            ("conv fwd   W·cols", 128, 3136, 1024, false, false),
            ("conv dW    g·colsᵀ", 128, 1024, 3136, false, true),
            ("conv dcols Wᵀ·g", 1024, 3136, 128, true, false),
            ("linear fwd x·Wᵀ", 64, 6272, 100, false, true),
        ]
        for (label, m, n, k, ta, tb) in shapes {
            let a = try Tensor.randn(ta ? [k, m] : [m, k], using: &rng), b = try Tensor.randn(tb ? [n, k] : [k, n], using: &rng)
            let s = try time(warmup: 3, steps: 20) { _ = try a.matmul(b, transposeSelf: ta, transposeOther: tb) }
            log(String(format: "gemm %@ m=%d n=%d k=%d: %.1f GFLOP/s (best %.1f)", label, m, n, k,
                       2 * Double(m * n * k) / s.median / 1e6, 2 * Double(m * n * k) / s.min / 1e6))
        }
    }

    /// Forward and forward+backward times of DCGAN-28's four convolution layers, batch 64
    /// (diagnostic: `--only convlayers`; minima are the robust figure on a busy machine).
    static func convLayers() throws {
        var rng = SeededGenerator(seed: 0)
        // (label, input shape, weight shape, transposed)
        let layers: [(String, [Int], [Int], Bool)] = [
            ("D conv1  1→64  28→14", [64, 1, 28, 28], [64, 1, 4, 4], false),
            ("D conv2 64→128 14→7 ", [64, 64, 14, 14], [128, 64, 4, 4], false),
            ("G convT1 128→64 7→14", [64, 128, 7, 7], [128, 64, 4, 4], true),
            ("G convT2 64→1  14→28", [64, 64, 14, 14], [64, 1, 4, 4], true),
        ]
        for (label, inShape, wShape, transposed) in layers {
            let x = try Tensor.randn(inShape, using: &rng).requiringGradient()
            let w = try (Tensor.randn(wShape, using: &rng) * 0.02).detached().requiringGradient()
            func apply() throws -> Tensor {
                transposed ? try x.convTranspose2d(weight: w, bias: nil, stride: 2, padding: 1)
                           : try x.conv2d(weight: w, bias: nil, stride: 2, padding: 1)
            }
            let fwd = try time(warmup: 3, steps: 20) { _ = try GradMode.withoutGradient { try apply() } }
            let both = try time(warmup: 3, steps: 20) { try apply().sum().backward() }
            log(String(format: "%@: forward median %.2f ms (min %.2f, CPU %.2f); forward+backward median %.2f ms (min %.2f, CPU %.2f)",
                       label, fwd.median, fwd.min, fwd.cpuMedian, both.median, both.min, both.cpuMedian))
        }
    }

    /// Square float32 GEMM throughput through the engine's matmul (median over samples of ≥ 0.1 s).
    static func sgemmGflops(_ n: Int) -> Double {
        var rng = SeededGenerator(seed: 0)
        guard let a = try? Tensor.randn([n, n], using: &rng), let bm = try? Tensor.randn([n, n], using: &rng) else { return 0 }
        for _ in 0..<3 { _ = try? a.matmul(bm) }
        let t0 = DispatchTime.now().uptimeNanoseconds
        _ = try? a.matmul(bm)
        let one = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        let reps = max(1, Int(0.1 / max(one, 1e-7)))
        var samples: [Double] = [], cpuSamples: [Double] = []
        for _ in 0..<9 {
            let s0 = DispatchTime.now().uptimeNanoseconds, c0 = processCPUMilliseconds()
            for _ in 0..<reps { _ = try? a.matmul(bm) }
            let dt = Double(DispatchTime.now().uptimeNanoseconds - s0) / 1e9 / Double(reps)
            let cpu = (processCPUMilliseconds() - c0) / 1e3 / Double(reps)
            samples.append(2 * Double(n * n * n) / dt / 1e9)
            cpuSamples.append(2 * Double(n * n * n) / cpu / 1e9)
        }
        samples.sort(); cpuSamples.sort()
        log(String(format: "sgemm %d: per process CPU second %.1f GFLOP (all threads' CPU time; wall figure below)", n, cpuSamples[4]))
        return samples[samples.count / 2]
    }
}
