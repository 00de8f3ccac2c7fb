import Testing
@testable import GANEngine

/// The non-GEMM row kernels (batch norm's sums, the fused activations, its input gradient):
/// every ISA path gives the bits of the scalar definition, for every length (vector part and
/// tail) and for awkward values (−0, NaN, ±∞, subnormals).
@Suite(.serialized) struct RowKernelTests {
    /// Normal draws with −0, subnormals, huge values, ±∞ and NaN mixed in (when `specials`).
    static func row(_ n: Int, seed: UInt64, specials: Bool = true) throws -> [Float] {
        var rng = SeededGenerator(seed: seed)
        var values = n == 0 ? [] : try Tensor.randn([n], using: &rng).values.map { $0 * 3 }
        let odd: [Float] = [-0.0, 0, .leastNonzeroMagnitude, -.leastNormalMagnitude, 1e30, -1e-30, .infinity, -.infinity, .nan]
        if specials { for i in stride(from: 3, to: n, by: 7) { values[i] = odd[(i / 7) % odd.count] } }
        return values
    }

    /// `sumAndDot`'s definition: lane `l` sums the elements ≡ l (mod 8) of the vector part in
    /// order (products fused), the lanes are summed, then the tail is added element by element.
    static func sumAndDotDefinition(_ a: [Float], _ b: [Float]) -> (Float, Float) {
        var s = SIMD8<Float>(), d = SIMD8<Float>()
        let vectorEnd = a.count / 8 * 8
        for i in 0..<vectorEnd { s[i % 8] += a[i]; d[i % 8] = d[i % 8].addingProduct(a[i], b[i]) }
        var total = s.sum(), dot = d.sum()
        for i in vectorEnd..<a.count { total += a[i]; dot += a[i] * b[i] }
        return (total, dot)
    }

    static let lengths = Array(0...41) + [63, 64, 65, 196, 784, 1023]

    @Test func sumAndDotFollowsItsDefinitionOnEveryPath() throws {
        let results = try ISAPathTests.bitsPerPath {
            var out: [[Float]] = []
            for n in Self.lengths {
                for specials in [false, true] {
                    let a = try Self.row(n, seed: UInt64(n), specials: specials), b = try Self.row(n, seed: UInt64(n + 1000))
                    let (s, d) = a.withUnsafeBufferPointer { pa in
                        b.withUnsafeBufferPointer { pb in sumAndDot(pa.baseAddress ?? UnsafePointer(bitPattern: 8)!, pb.baseAddress ?? UnsafePointer(bitPattern: 8)!, n) }
                    }
                    let (es, ed) = Self.sumAndDotDefinition(a, b)
                    #expect(s.bitPattern == es.bitPattern || (s.isNaN && es.isNaN), "\(EngineISA.current) sum, n \(n): \(s) vs \(es)")
                    #expect(d.bitPattern == ed.bitPattern || (d.isNaN && ed.isNaN), "\(EngineISA.current) dot, n \(n): \(d) vs \(ed)")
                    out.append([s, d])
                }
            }
            return out
        }
        ISAPathTests.expectSameBits(results, "sumAndDot")
    }

    /// The vector activation loops against the scalar expressions they replace, bit for bit.
    @Test func fusedActivationsMatchTheScalarExpressions() throws {
        for n in Self.lengths {
            let y = try Self.row(n, seed: UInt64(n + 7)), g = try Self.row(n, seed: UInt64(n + 77))
            for slope: Float in [0.2, 0.01, 0] {
                var relu = y, leaky = y
                var reluGrad = [Float](repeating: 7, count: n), leakyGrad = reluGrad
                relu.withUnsafeMutableBufferPointer { if n > 0 { reluInPlace($0.baseAddress!, n) } }
                leaky.withUnsafeMutableBufferPointer { if n > 0 { leakyReluInPlace($0.baseAddress!, n, slope: slope) } }
                if n > 0 {
                    reluBackward(g, output: y, into: &reluGrad, n)
                    leakyReluBackward(g, output: y, into: &leakyGrad, n, slope: slope)
                }
                for i in 0..<n {
                    let v = y[i]
                    #expect(relu[i].bitPattern == (v > 0 ? v : 0).bitPattern, "relu(\(v))")
                    #expect(leaky[i].bitPattern == (v > 0 ? v : v * slope).bitPattern || (v.isNaN && leaky[i].isNaN), "leaky(\(v))")
                    #expect(reluGrad[i].bitPattern == (v > 0 ? g[i] : 0).bitPattern || (g[i].isNaN && reluGrad[i].isNaN))
                    #expect(leakyGrad[i].bitPattern == (v > 0 ? g[i] : g[i] * slope).bitPattern || (g[i].isNaN && leakyGrad[i].isNaN))
                }
            }
        }
    }

    @Test func batchNormInputGradientMatchesTheScalarExpression() throws {
        for n in Self.lengths where n > 0 {
            let g = try Self.row(n, seed: UInt64(n + 5), specials: false), x = try Self.row(n, seed: UInt64(n + 55), specials: false)
            var gx = [Float](repeating: 0, count: n), scaled = gx
            let (f, count, s1, s2): (Float, Float, Float, Float) = (0.037, 3136, -1.25, 0.5)
            batchNormInputGradient(g, xhat: x, into: &gx, n, f: f, n: count, s1: s1, s2: s2)
            scaleFloats(g, into: &scaled, n, by: f)
            for i in 0..<n {
                #expect(gx[i].bitPattern == (f * (count * g[i] - s1 - x[i] * s2)).bitPattern)
                #expect(scaled[i].bitPattern == (f * g[i]).bitPattern)
            }
        }
    }
}
