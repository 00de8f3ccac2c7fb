import Testing
@testable import GANEngine

/// The register-blocked stride-1 direct convolution gives bitwise the results of the row-by-row
/// reference loops (same order of additions), for widths below, at and above one register block.
struct UnitStrideDirectConvolutionTests {
    // (channels in, channels out, height, width, kernel, padding)
    static let shapes: [(Int, Int, Int, Int, Int, Int)] = [
        (64, 1, 28, 28, 3, 1), (3, 2, 9, 40, 3, 1), (2, 4, 7, 32, 5, 2), (3, 1, 6, 5, 3, 0), (1, 3, 33, 8, 5, 4), (2, 1, 1, 1, 1, 0),
    ]

    @Test(arguments: shapes)
    func forwardAndInputGradientMatchTheReferenceLoops(shape: (Int, Int, Int, Int, Int, Int)) throws {
        let (c, o, h, w, k, p) = shape
        let batch = 3
        let g = ConvGeometry(batch: batch, imageChannels: c, imageH: h, imageW: w,
                             gridChannels: o, gridH: h + 2 * p - k + 1, gridW: w + 2 * p - k + 1,
                             kernelH: k, kernelW: k, stride: 1, padding: p)
        #expect(g.usesUnitStrideDirectLoops)
        let image = try random([batch, c, h, w], seed: 1)
        let weight = try random([o, c, k, k], seed: 2)
        let bias = try random([o], seed: 3)
        let grad = try random([batch, o, g.gridH, g.gridW], seed: 4)

        let fast = Tensor.make(grad.shape, grad.count), reference = Tensor.make(grad.shape, grad.count)
        unitStrideDirectConv2d(image: image.data, weight: weight.data, bias: bias.data, g, into: fast.data)
        rowwiseDirectConv2d(image: image.data, weight: weight.data, bias: bias.data, g, into: reference.data)
        #expect(fast.values.map(\.bitPattern) == reference.values.map(\.bitPattern))

        let fastGx = Tensor.make(image.shape, image.count), referenceGx = Tensor.make(image.shape, image.count)
        unitStrideDirectConv2dInputGradient(grad: grad.data, weight: weight.data, g, into: fastGx.data)
        rowwiseDirectConv2dInputGradient(grad: grad.data, weight: weight.data, g, into: referenceGx.data)
        #expect(fastGx.values.map(\.bitPattern) == referenceGx.values.map(\.bitPattern))
    }

    /// Against the im2col + GEMM path, which does not share the direct loops' code.
    @Test func agreesWithTheGemmPath() throws {
        let x = try random([2, 3, 10, 37], seed: 5)
        let w = try random([2, 3, 3, 3], seed: 6)
        let direct = try x.conv2d(weight: w, bias: nil, stride: 1, padding: 1)
        // Eight output channels take the GEMM path; the first two must match the direct result.
        let padded = try Tensor.concat([w, random([6, 3, 3, 3], seed: 7)], axis: 0)
        let gemm = try x.conv2d(weight: padded, bias: nil, stride: 1, padding: 1).slice(axis: 1, start: 0, length: 2)
        expectClose(direct.values, gemm.values, rtol: 1e-5, atol: 1e-5)
    }
}
