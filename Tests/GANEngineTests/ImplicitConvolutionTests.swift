import Testing
@testable import GANEngine

/// The implicit-GEMM convolutions against their definitions, summed in Double: shapes chosen so
/// that rows are not a multiple of the 6-row tile, columns not a multiple of the 16-column panel
/// or of the 192-column block, the depth spans several 256-deep slices, and `implicitScatter`'s
/// channel blocks hold 1–6 channels with a partial last block.
struct ImplicitConvolutionTests {
    // (batch, image channels, H, W, grid channels, kH, kW, stride, padding)
    static let geometries: [(Int, Int, Int, Int, Int, Int, Int, Int, Int)] = [
        (3, 20, 14, 14, 13, 4, 4, 2, 1),   // columnRows 320: two depth slices; 147 positions
        (2, 3, 9, 11, 7, 3, 4, 2, 1),      // oblong kernel, odd sizes
        (5, 2, 10, 8, 5, 5, 3, 3, 2),      // stride 3
        (4, 5, 7, 7, 17, 3, 3, 1, 1),      // stride 1, 196 positions (two column blocks)
        (9, 1, 28, 28, 64, 4, 4, 2, 1),    // DCGAN's first discriminator layer: 16 rows, 1 764 positions
        (2, 7, 6, 5, 300, 1, 1, 1, 0),     // 1×1 kernel; 300 grid channels: the scatter's depth spans two slices
    ]

    static func geometry(_ s: (Int, Int, Int, Int, Int, Int, Int, Int, Int)) -> ConvGeometry {
        let (b, c, h, w, o, kh, kw, st, p) = s
        return ConvGeometry(batch: b, imageChannels: c, imageH: h, imageW: w, gridChannels: o,
                            gridH: (h + 2 * p - kh) / st + 1, gridW: (w + 2 * p - kw) / st + 1,
                            kernelH: kh, kernelW: kw, stride: st, padding: p)
    }

    /// Image value under window tap `(c, ki, kj)` of grid position `(b, oh, ow)` (0 in the padding).
    static func tap(_ x: [Float], _ g: ConvGeometry, b: Int, c: Int, ki: Int, kj: Int, oh: Int, ow: Int) -> Double {
        let ih = oh * g.stride + ki - g.padding, iw = ow * g.stride + kj - g.padding
        guard ih >= 0, ih < g.imageH, iw >= 0, iw < g.imageW else { return 0 }
        return Double(x[((b * g.imageChannels + c) * g.imageH + ih) * g.imageW + iw])
    }

    /// The three sums by their definitions, in Double, over every (sample, output channel,
    /// position, tap): the convolution `Σ w·x` (plus bias) per output element, the weight gradient
    /// `Σ y·x` per weight, and the input gradient `Σ w·y` per image element.
    static func definitions(_ g: ConvGeometry, image x: [Float], weight w: [Float], bias: [Float], grid y: [Float])
        -> (output: [Double], weightGradient: [Double], inputGradient: [Double]) {
        let plane = g.gridH * g.gridW
        var output = [Double](repeating: 0, count: g.batch * g.gridChannels * plane)
        var weightGradient = [Double](repeating: 0, count: g.gridChannels * g.columnRows)
        var inputGradient = [Double](repeating: 0, count: x.count)
        for b in 0..<g.batch {
            for o in 0..<g.gridChannels {
                for oh in 0..<g.gridH {
                    for ow in 0..<g.gridW {
                        let index = ((b * g.gridChannels + o) * g.gridH + oh) * g.gridW + ow
                        output[index] = Double(bias[o])
                        for c in 0..<g.imageChannels {
                            for ki in 0..<g.kernelH {
                                for kj in 0..<g.kernelW {
                                    let r = (c * g.kernelH + ki) * g.kernelW + kj
                                    let v = tap(x, g, b: b, c: c, ki: ki, kj: kj, oh: oh, ow: ow)
                                    output[index] += Double(w[o * g.columnRows + r]) * v
                                    weightGradient[o * g.columnRows + r] += Double(y[index]) * v
                                    let ih = oh * g.stride + ki - g.padding, iw = ow * g.stride + kj - g.padding
                                    if ih >= 0, ih < g.imageH, iw >= 0, iw < g.imageW {
                                        inputGradient[((b * g.imageChannels + c) * g.imageH + ih) * g.imageW + iw] +=
                                            Double(w[o * g.columnRows + r]) * Double(y[index])
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (output, weightGradient, inputGradient)
    }

    @Test(arguments: geometries)
    func convolutionAndGradientsFollowTheDefinitions(_ shape: (Int, Int, Int, Int, Int, Int, Int, Int, Int)) throws {
        let g = Self.geometry(shape)
        let image = try random([g.batch, g.imageChannels, g.imageH, g.imageW], seed: 3)
        let weight = try random([g.gridChannels, g.columnRows], seed: 4), bias = try random([g.gridChannels], seed: 5)
        let grid = try random([g.batch, g.gridChannels, g.gridH, g.gridW], seed: 7)
        let out = Tensor.make(grid.shape, grid.count), dW = Tensor.make(weight.shape, weight.count)
        implicitConvolution(image: image.data, weight: weight.data, bias: bias.data, g, into: out.data)
        implicitConvolutionWeightGradient(grid: grid.data, image: image.data, g, into: dW.data)
        let dx = Tensor.make(image.shape, image.count)
        dx.data.update(repeating: .nan, count: dx.count)   // every element must be written
        implicitScatter(weight: weight.data, grid: grid.data, g, into: dx.data)
        let want = Self.definitions(g, image: image.values, weight: weight.values, bias: bias.values, grid: grid.values)
        let outputError = zip(out.values, want.output).map { abs(Double($0) - $1) }.max() ?? 0
        let gradientError = zip(dW.values, want.weightGradient).map { abs(Double($0) - $1) }.max() ?? 0
        let inputError = zip(dx.values, want.inputGradient).map { abs(Double($0) - $1) }.max() ?? .nan
        #expect(outputError < 1e-4)
        #expect(gradientError < 1e-3)
        #expect(inputError < 1e-4)
        let everyElementWritten = dx.values.allSatisfy { $0.isFinite }
        #expect(everyElementWritten)
    }

    /// Threads split samples (forward, scatter) or weight columns and rows (gradient); no sum is split.
    @Test func oneAndTwoThreadsGiveTheSameBits() throws {
        for shape in Self.geometries {
            let g = Self.geometry(shape)
            let image = try random([g.batch, g.imageChannels, g.imageH, g.imageW], seed: 8)
            let weight = try random([g.gridChannels, g.columnRows], seed: 9)
            let grid = try random([g.batch, g.gridChannels, g.gridH, g.gridW], seed: 10)
            let bits = try ReproducibilityTests.bitsOnOneAndTwoThreads {
                let out = Tensor.make(grid.shape, grid.count), dW = Tensor.make(weight.shape, weight.count)
                implicitConvolution(image: image.data, weight: weight.data, bias: nil, g, into: out.data)
                implicitConvolutionWeightGradient(grid: grid.data, image: image.data, g, into: dW.data)
                let dx = Tensor.make(image.shape, image.count)
                implicitScatter(weight: weight.data, grid: grid.data, g, into: dx.data)
                return [out.values, dW.values, dx.values]
            }
            #expect(bits.serial == bits.parallel)
        }
    }
}

