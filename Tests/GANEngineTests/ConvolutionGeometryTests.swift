import Testing
@testable import GANEngine

/// Convolutions over strides, paddings, kernel sizes and uneven sizes against direct loops
/// (the im2col/col2im stride-phase layout has edge cases at every border).
@Suite struct ConvolutionGeometryTests {
    /// (input H, input W, kernel, stride, padding, output padding for the transposed case)
    static let geometries: [(Int, Int, Int, Int, Int, Int)] = [
        (7, 5, 4, 2, 1, 1), (6, 6, 3, 2, 0, 0), (5, 7, 4, 2, 2, 0), (8, 5, 3, 3, 1, 2),
        (5, 5, 3, 1, 1, 0), (4, 6, 2, 1, 0, 0), (9, 4, 5, 2, 2, 1), (3, 3, 1, 2, 0, 0),
    ]

    /// Two output channels take the engine's direct loops, six its im2col + GEMM path.
    @Test(arguments: 0..<geometries.count, [2, 6])
    func conv2dMatchesDirectLoop(_ index: Int, outputs: Int) throws {
        let (h, w, k, s, p, _) = Self.geometries[index]
        let x = try random([2, 3, h, w], seed: UInt64(10 + index)), wt = try random([outputs, 3, k, k], seed: UInt64(30 + index))
        let y = try x.conv2d(weight: wt, bias: nil, stride: s, padding: p)
        let oh = (h + 2 * p - k) / s + 1, ow = (w + 2 * p - k) / s + 1
        #expect(y.shape == [2, outputs, oh, ow])
        var expected = [Float](repeating: 0, count: y.count)
        for n in 0..<2 { for o in 0..<outputs { for i in 0..<oh { for j in 0..<ow {
            var acc: Float = 0
            for c in 0..<3 { for ki in 0..<k { for kj in 0..<k {
                let ih = i * s - p + ki, iw = j * s - p + kj
                if ih >= 0 && ih < h && iw >= 0 && iw < w { acc += try x.value(at: [n, c, ih, iw]) * wt.value(at: [o, c, ki, kj]) }
            } } }
            expected[((n * outputs + o) * oh + i) * ow + j] = acc
        } } } }
        expectClose(y.values, expected, rtol: 1e-4, atol: 1e-5)
    }

    @Test(arguments: 0..<geometries.count)
    func convTranspose2dMatchesDirectLoop(_ index: Int) throws {
        let (h, w, k, s, p, op) = Self.geometries[index]
        let x = try random([2, 3, h, w], seed: UInt64(50 + index)), wt = try random([3, 2, k, k], seed: UInt64(70 + index))
        let oh = (h - 1) * s - 2 * p + k + op, ow = (w - 1) * s - 2 * p + k + op
        let y = try x.convTranspose2d(weight: wt, bias: nil, stride: s, padding: p, outputPadding: op)
        #expect(y.shape == [2, 2, oh, ow])
        var expected = [Float](repeating: 0, count: y.count)
        for n in 0..<2 { for c in 0..<3 { for i in 0..<h { for j in 0..<w {
            let v = try x.value(at: [n, c, i, j])
            for o in 0..<2 { for ki in 0..<k { for kj in 0..<k {
                let yi = i * s - p + ki, yj = j * s - p + kj
                if yi >= 0 && yi < oh && yj >= 0 && yj < ow { expected[((n * 2 + o) * oh + yi) * ow + yj] += v * (try wt.value(at: [c, o, ki, kj])) }
            } } }
        } } } }
        expectClose(y.values, expected, rtol: 1e-4, atol: 1e-5)
    }
}
