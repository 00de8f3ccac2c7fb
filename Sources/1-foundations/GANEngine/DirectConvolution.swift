// Convolution with very few output channels, computed by direct loops instead of im2col + GEMM.
//
// A generator's last layer (`Conv2d(32, 1, kernel: 3)` on 28×28) has one output channel: im2col
// would write a 288 × (B·784) column matrix (58 MB for a batch of 64) for a GEMM with one row,
// which OpenBLAS then packs again — all memory traffic for 14 M multiply-adds. The loops below
// touch each input row once per kernel tap, with contiguous row updates when the stride is 1.

/// Output channels up to which `conv2d` uses the direct loops.
let directConvolutionMaxOutputs = 4

extension ConvGeometry {
    /// Whether this conv2d geometry runs through the direct loops.
    var usesDirectConvolution: Bool { gridChannels <= directConvolutionMaxOutputs }

    /// Output columns `ox` whose input column `ox·s − p + kx` lies inside the image.
    @inline(__always)
    func validColumns(kx: Int) -> Range<Int> {
        let low = Swift.max(0, (padding - kx + stride - 1) / stride)
        let last = imageW - 1 + padding - kx   // ox·s ≤ last
        let high = last < 0 ? 0 : Swift.min(gridW, last / stride + 1)
        return low..<Swift.max(low, high)
    }

    /// Output rows `oy` whose input row `oy·s − p + ky` lies inside the image.
    @inline(__always)
    func validRows(ky: Int) -> Range<Int> {
        let low = Swift.max(0, (padding - ky + stride - 1) / stride)
        let last = imageH - 1 + padding - ky
        let high = last < 0 ? 0 : Swift.min(gridH, last / stride + 1)
        return low..<Swift.max(low, high)
    }

    /// Calls `body` for each kernel tap `ky·kW + kx` in order, with the output rows and columns
    /// whose input lies inside the image. Under output `(oy, ox)` the tap reads element
    /// `oy·s·W + ox·s + offset` of the input plane, `offset = (ky − p)·W + kx − p`.
    @inline(__always)
    func forEachTap(_ body: (_ tap: Int, _ rows: Range<Int>, _ columns: Range<Int>, _ offset: Int) -> Void) {
        for ky in 0..<kernelH {
            for kx in 0..<kernelW {
                body(ky * kernelW + kx, validRows(ky: ky), validColumns(kx: kx), (ky - padding) * imageW + kx - padding)
            }
        }
    }
}

/// `out[b, o] = bias[o] + Σ_c Σ_taps w[o, c, ky, kx] · image[b, c, oy·s − p + ky, ox·s − p + kx]`.
func directConv2d(image: UnsafeMutablePointer<Float>, weight: UnsafeMutablePointer<Float>, bias: UnsafeMutablePointer<Float>?,
                  _ g: ConvGeometry, into out: UnsafeMutablePointer<Float>) {
    if g.usesUnitStrideDirectLoops {
        unitStrideDirectConv2d(image: image, weight: weight, bias: bias, g, into: out)
    } else {
        rowwiseDirectConv2d(image: image, weight: weight, bias: bias, g, into: out)
    }
}

/// `directConv2d` one kernel tap and output row at a time (any stride; the reference order).
func rowwiseDirectConv2d(image: UnsafeMutablePointer<Float>, weight: UnsafeMutablePointer<Float>, bias: UnsafeMutablePointer<Float>?,
                         _ g: ConvGeometry, into out: UnsafeMutablePointer<Float>) {
    let imagePlane = g.imageH * g.imageW, gridPlane = g.gridH * g.gridW, taps = g.kernelH * g.kernelW
    let rowStep = g.stride * g.imageW
    distributeChunks(g.batch) { b, _ in
        for o in 0..<g.gridChannels {
            let dst = out + (b * g.gridChannels + o) * gridPlane
            dst.update(repeating: bias?[o] ?? 0, count: gridPlane)
            for c in 0..<g.imageChannels {
                let src = image + (b * g.imageChannels + c) * imagePlane, kernel = weight + (o * g.imageChannels + c) * taps
                g.forEachTap { tap, rows, columns, offset in
                    let w = kernel[tap]
                    for oy in rows {
                        addScaled(w, src + oy * rowStep + offset, sourceStride: g.stride,
                                  into: dst + oy * g.gridW, targetStride: 1, columns)
                    }
                }
            }
        }
    }
}

/// Input and weight gradients of `directConv2d` for the output gradient `grad` (bias: `channelSums`).
func directConv2dBackward(grad: UnsafeMutablePointer<Float>, image: UnsafeMutablePointer<Float>,
                          weight: UnsafeMutablePointer<Float>, _ g: ConvGeometry,
                          inputGradient: UnsafeMutablePointer<Float>?, weightGradient: UnsafeMutablePointer<Float>?) {
    let imagePlane = g.imageH * g.imageW, gridPlane = g.gridH * g.gridW, taps = g.kernelH * g.kernelW
    let rowStep = g.stride * g.imageW
    if let gx = inputGradient {
        if g.usesUnitStrideDirectLoops {
            unitStrideDirectConv2dInputGradient(grad: grad, weight: weight, g, into: gx)
        } else {
            rowwiseDirectConv2dInputGradient(grad: grad, weight: weight, g, into: gx)
        }
    }
    if let gw = weightGradient {
        // Workers take whole input channels; each weight's sum runs over samples in order.
        distributeChunks(g.imageChannels) { c, _ in
            for o in 0..<g.gridChannels {
                g.forEachTap { tap, rows, columns, offset in
                    var total: Float = 0
                    for b in 0..<g.batch {
                        let src = image + (b * g.imageChannels + c) * imagePlane
                        let from = grad + (b * g.gridChannels + o) * gridPlane
                        for oy in rows { total += stridedDot(from + oy * g.gridW, src + oy * rowStep + offset, columns, stride: g.stride) }
                    }
                    gw[(o * g.imageChannels + c) * taps + tap] = total
                }
            }
        }
    }
}

/// `directConv2d`'s input gradient one kernel tap and gradient row at a time (any stride; the
/// reference order).
func rowwiseDirectConv2dInputGradient(grad: UnsafeMutablePointer<Float>, weight: UnsafeMutablePointer<Float>,
                                      _ g: ConvGeometry, into gx: UnsafeMutablePointer<Float>) {
    let imagePlane = g.imageH * g.imageW, gridPlane = g.gridH * g.gridW, taps = g.kernelH * g.kernelW
    let rowStep = g.stride * g.imageW
    // Each sample's input gradient is its own: workers take whole samples.
    distributeChunks(g.batch) { b, _ in
        (gx + b * g.imageChannels * imagePlane).update(repeating: 0, count: g.imageChannels * imagePlane)
        for c in 0..<g.imageChannels {
            let dst = gx + (b * g.imageChannels + c) * imagePlane
            for o in 0..<g.gridChannels {
                let src = grad + (b * g.gridChannels + o) * gridPlane, kernel = weight + (o * g.imageChannels + c) * taps
                g.forEachTap { tap, rows, columns, offset in
                    let w = kernel[tap]
                    for oy in rows {
                        addScaled(w, src + oy * g.gridW, sourceStride: 1,
                                  into: dst + oy * rowStep + offset, targetStride: g.stride, columns)
                    }
                }
            }
        }
    }
}

/// `target[i·targetStride] += w · source[i·sourceStride]` for `i` in `columns`: one row of a
/// kernel tap. With both strides 1 the rows are contiguous and the loop vectorises.
@inline(__always)
private func addScaled(_ w: Float, _ source: UnsafeMutablePointer<Float>, sourceStride: Int,
                       into target: UnsafeMutablePointer<Float>, targetStride: Int, _ columns: Range<Int>) {
    if sourceStride == 1 && targetStride == 1 {
        for i in columns { target[i] += w * source[i] }
    } else {
        for i in columns { target[i * targetStride] += w * source[i * sourceStride] }
    }
}

/// `Σ_{i in range} a[i] · b[i·stride]`, eight lanes at a time when the stride is 1 (fixed order).
@inline(__always)
private func stridedDot(_ a: UnsafeMutablePointer<Float>, _ b: UnsafeMutablePointer<Float>, _ range: Range<Int>, stride: Int) -> Float {
    var i = range.lowerBound
    var total: Float = 0
    if stride == 1 {
        var lanes = SIMD8<Float>()
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        while i + 8 <= range.upperBound {
            lanes += ra.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
                * rb.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
            i += 8
        }
        total = lanes.sum()
    }
    while i < range.upperBound {
        total += a[i] * b[i * stride]
        i += 1
    }
    return total
}
