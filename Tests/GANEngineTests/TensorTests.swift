import Testing
@testable import GANEngine

@Suite struct TensorTests {
    @Test func creationAndItems() throws {
        #expect(try Tensor.zeros([2, 3]).values == Array(repeating: 0, count: 6))
        #expect(try Tensor.full([2], value: 7).values == [7, 7])
        #expect(try Tensor.arange(0, 5).values == [0, 1, 2, 3, 4])
        #expect(try Tensor.arange(1, 2, step: 0.25).values == [1, 1.25, 1.5, 1.75])
        #expect(try Tensor.eye(2).values == [1, 0, 0, 1])
        let t = try tensor([2, 2], [1, 2, 3, 4])
        #expect(try t.value(at: [1, 0]) == 3)
        #expect(throws: EngineError.self) { try t.value(at: [2, 0]) }
        #expect(throws: EngineError.self) { try Tensor(shape: [2, 2], values: [1, 2, 3]) }
    }

    @Test func seededGeneratorIsDeterministic() throws {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7), c = SeededGenerator(seed: 8)
        let x = try Tensor.randn([1000], using: &a), y = try Tensor.randn([1000], using: &b), z = try Tensor.randn([1000], using: &c)
        #expect(x.values.map(\.bitPattern) == y.values.map(\.bitPattern))
        #expect(x.values != z.values)
        let mean = try x.mean().item(), std = try x.std().item()
        #expect(Swift.abs(mean) < 0.1 && Swift.abs(std - 1) < 0.1)
        var g = SeededGenerator(seed: 1)
        let u = try Tensor.rand([1000], low: 2, high: 3, using: &g)
        #expect(u.values.allSatisfy { $0 >= 2 && $0 < 3 })
        _ = Int.random(in: 0..<10, using: &g)   // usable as a RandomNumberGenerator
    }

    @Test func broadcastingArithmetic() throws {
        let a = try tensor([2, 3], [1, 2, 3, 4, 5, 6])
        let row = try tensor([3], [10, 20, 30]), col = try tensor([2, 1], [100, 200])
        #expect(try (a + row).values == [11, 22, 33, 14, 25, 36])
        #expect(try (a * col).values == [100, 200, 300, 800, 1000, 1200])
        #expect(try (col - row).shape == [2, 3])
        #expect(try (col - row).values == [90, 80, 70, 190, 180, 170])
        #expect(try (a / 2).values == [0.5, 1, 1.5, 2, 2.5, 3])
        #expect(try (1 - a).values == [0, -1, -2, -3, -4, -5])
        let e = #expect(throws: EngineError.self) { try a + tensor([2], [1, 2]) }
        #expect(e?.description.contains("add: shapes [2, 3] and [2]") == true)
    }

    @Test func unaryFunctions() throws {
        let x = try tensor([4], [-2, -0.5, 0.5, 2])
        #expect(try x.relu().values == [0, 0, 0.5, 2])
        #expect(try x.leakyRelu(slope: 0.1).values == [-0.2, -0.05, 0.5, 2])
        #expect(try x.abs().values == [2, 0.5, 0.5, 2])
        #expect(try x.clamp(min: -1, max: 1).values == [-1, -0.5, 0.5, 1])
        expectClose(try x.sigmoid().values, x.values.map { 1 / (1 + _exp(-$0)) })
        expectClose(try x.softplus().values, x.values.map { _log(1 + _exp($0)) })
        expectClose(try x.logSigmoid().values, x.values.map { -_log(1 + _exp(-$0)) })
        expectClose(try tensor([1], [1000]).softplus().values, [1000])
        expectClose(try tensor([1], [-1000]).logSigmoid().values, [-1000])
        #expect(try x.square().values == [4, 0.25, 0.25, 4])
        expectClose(try tensor([2], [4, 9]).sqrt().values, [2, 3])
        expectClose(try tensor([2], [2, 3]).pow(3).values, [8, 27])
    }

    @Test func comparisonsAndWhere() throws {
        let a = try tensor([3], [1, 5, 3]), b = try tensor([3], [2, 2, 3])
        #expect(try a.greater(b).values == [0, 1, 0])
        #expect(try a.equal(b).values == [0, 0, 1])
        #expect(try Tensor.where(a.greater(b), a, b).values == [2, 5, 3])
        #expect(try a.maximum(b).values == [2, 5, 3])
        #expect(try a.minimum(b).values == [1, 2, 3])
    }

    @Test func reductions() throws {
        let x = try tensor([2, 3], [1, 2, 3, 4, 5, 6])
        #expect(try x.sum().item() == 21)
        #expect(try x.sum(axis: 0).values == [5, 7, 9])
        #expect(try x.sum(axis: 1, keepingDims: true).shape == [2, 1])
        #expect(try x.mean(axis: -1).values == [2, 5])
        #expect(try x.max(axis: 1).values == [3, 6])
        #expect(try x.argmax(axis: 0).values == [1, 1, 1])
        expectClose(try x.variance(axes: [1], unbiased: false).values, [2.0 / 3, 2.0 / 3])
        expectClose(try x.logsumexp(axis: 1).values, [_log(_exp(1) + _exp(2) + _exp(3)), _log(_exp(4) + _exp(5) + _exp(6))])
        expectClose(try tensor([2], [1000, 1000]).logsumexp(axis: 0).values, [1000 + _log(2)])
        #expect(throws: EngineError.self) { try x.sum(axis: 2) }
        let empty = try Tensor.zeros([2, 0, 3])
        #expect(try empty.sum(axis: 1).values == [0, 0, 0, 0, 0, 0])
        #expect(throws: EngineError.self) { try empty.max(axis: 1) }
    }

    @Test func shapeOperations() throws {
        let x = try tensor([2, 3], [1, 2, 3, 4, 5, 6])
        #expect(try x.reshaped([3, -1]).shape == [3, 2])
        #expect(try x.transposed().values == [1, 4, 2, 5, 3, 6])
        let y = try Tensor.arange(0, 24).reshaped([2, 3, 4])
        let p = try y.permuted([2, 0, 1])
        #expect(p.shape == [4, 2, 3])
        #expect(try p.value(at: [3, 1, 2]) == y.value(at: [1, 2, 3]))
        #expect(try Tensor.concat([x, x], axis: 1).values == [1, 2, 3, 1, 2, 3, 4, 5, 6, 4, 5, 6])
        #expect(try x.slice(axis: 1, start: 1, length: 2).values == [2, 3, 5, 6])
        #expect(try x.indexSelect(axis: 0, indices: [1, 1, 0]).values == [4, 5, 6, 4, 5, 6, 1, 2, 3])
        #expect(try x.row(1).values == [4, 5, 6])
        #expect(try tensor([3], [1, 2, 3]).broadcast(to: [2, 3]).values == [1, 2, 3, 1, 2, 3])
        #expect(throws: EngineError.self) { try x.reshaped([4, 2]) }
        #expect(throws: EngineError.self) { try x.indexSelect(axis: 0, indices: [2]) }
        #expect(throws: EngineError.self) { try x.slice(axis: 1, start: 2, length: 2) }
        #expect(throws: EngineError.self) { try x.permuted([0, 0]) }
    }

    @Test func matmulMatchesNaiveProduct() throws {
        let a = try random([3, 4], seed: 1), b = try random([4, 5], seed: 2)
        var naive = [Float](repeating: 0, count: 15)
        for i in 0..<3 { for j in 0..<5 { for k in 0..<4 { naive[i * 5 + j] += a.values[i * 4 + k] * b.values[k * 5 + j] } } }
        expectClose(try a.matmul(b).values, naive)
        expectClose(try a.transposed().matmul(b, transposeSelf: true).values, naive)
        expectClose(try a.matmul(b.transposed(), transposeOther: true).values, naive)
        let batched = try Tensor.concat([a.reshaped([1, 3, 4]), a.reshaped([1, 3, 4])], axis: 0)
        expectClose(try batched.matmul(b).values, naive + naive)
        let e = #expect(throws: EngineError.self) { try Tensor.zeros([64, 100]).matmul(Tensor.zeros([64, 6272])) }
        #expect(e?.description == "matmul: shapes [64, 100] and [64, 6272] are not compatible")
    }

    /// Large tensors take the multi-threaded elementwise path.
    @Test func largeElementwiseOpsMatchSmallOnes() throws {
        let n = 300_001
        let x = try Tensor.arange(0, Float(n)).reshaped([n]) - Float(n / 2)
        let y = try (x * 0.001).tanh() + x.relu() * x.leakyRelu(slope: 0.5)
        let probe = [0, 1, n / 2, n / 2 + 7, n - 1]
        let small = try tensor([probe.count], probe.map { Float($0 - n / 2) })
        let expected = try (small * 0.001).tanh() + small.relu() * small.leakyRelu(slope: 0.5)
        #expect(probe.map { y.values[$0] } == expected.values)
    }

    @Test func limitsAndFiniteChecks() throws {
        // The default limit is 2^28 elements; the limit is global, so it is not changed here.
        let e1 = #expect(throws: EngineError.self) { try Tensor.zeros([1 << 15, 1 << 14]) }
        #expect(e1?.description.contains("EngineLimits.maxElements") == true)
        let big = try Tensor.zeros([1 << 15, 1])
        #expect(throws: EngineError.self) { try big.matmul(big, transposeOther: true).sum() }
        #expect(throws: EngineError.self) { try Tensor.zeros([-1]) }
        let loss = try tensor([], [.nan])
        let e = #expect(throws: EngineError.self) { try loss.checkFinite(step: 12) }
        #expect(e?.description == "loss is nan at step 12")
        try tensor([], [1]).checkFinite(step: 1)
    }
}

func _exp(_ x: Float) -> Float { Float(Foundation_exp(Double(x))) }
func _log(_ x: Float) -> Float { Float(Foundation_log(Double(x))) }

#if canImport(Glibc)
import Glibc
#endif
@inline(__always) func Foundation_exp(_ x: Double) -> Double { exp(x) }
@inline(__always) func Foundation_log(_ x: Double) -> Double { log(x) }
