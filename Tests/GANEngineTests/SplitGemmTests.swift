import Testing
@testable import GANEngine

/// Large GEMMs run as blocks on the engine's threads; every layout must give the single call's bits.
@Suite(.serialized) struct SplitGemmTests {
    /// `(m, n, k)` shapes over the 4 M multiply-add threshold, split along columns and along rows,
    /// with sizes that are not multiples of the 16-wide block edges.
    private let shapes = [(64, 300, 261), (301, 40, 400), (129, 129, 300)]

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func splitEqualsOneCall(transA: Bool, transB: Bool) throws {
        var rng = SeededGenerator(seed: 8)
        for (m, n, k) in shapes where m * n * k >= EngineThreads.singleThreadWork {
            let a = try Tensor.randn([m * k], using: &rng), b = try Tensor.randn([k * n], using: &rng)
            let initial = try Tensor.randn([m * n], using: &rng)
            func product(split: Bool) -> [Float] {
                let saved = (EngineThreads.gemmWidth, EngineThreads.parallelWidth)
                defer { EngineThreads.set(gemm: saved.0, loops: saved.1) }
                EngineThreads.set(gemm: split ? 2 : 1, loops: 2)
                let c = initial.copy()
                sgemm(transA, transB, m: m, n: n, k: k, a.data, b.data, c.data, alpha: 0.5, beta: 1)
                return c.values
            }
            let whole = product(split: false), split = product(split: true)
            #expect(whole == split, "m \(m) n \(n) k \(k) transA \(transA) transB \(transB)")
        }
    }
}
