// Stride-1 direct convolution with the output held in registers.
//
// The generic direct loops (DirectConvolution.swift) add one kernel tap to one output row at a
// time: 28-float rows, each re-read and re-written for every (channel, tap) pair. Here the input
// (or, for the input gradient, the output gradient) is first copied into zero-bordered planes,
// so that every tap reads a full 32-wide window; 32 outputs then stay in four vector registers
// while all channels and taps are added. Each output's additions happen in the same order as in
// the generic loops, so results are the same bits (a tap that falls on the border adds w·0).

/// Output columns held in registers per pass.
private let registerColumns = 32

extension ConvGeometry {
    /// Whether the register-blocked stride-1 loops apply.
    var usesUnitStrideDirectLoops: Bool {
        stride == 1 && padding < kernelH && padding < kernelW
    }
}

/// Zero-bordered copies of `planes` planes of `h × w` floats, each placed at row `top`,
/// column `left` of a `rows × width` plane.
private struct BorderedPlanes {
    let base: UnsafeMutablePointer<Float>
    let rows: Int, width: Int

    init(planes: Int, rows: Int, width: Int) {
        self.rows = rows; self.width = width
        base = .allocate(capacity: planes * rows * width)
        base.initialize(repeating: 0, count: planes * rows * width)
    }

    func deallocate() { base.deallocate() }

    func plane(_ index: Int) -> UnsafeMutablePointer<Float> { base + index * rows * width }

    /// Copies an `h × w` plane to row `top`, column `left` of plane `index` (the border stays zero).
    func fill(_ index: Int, from source: UnsafeMutablePointer<Float>, h: Int, w: Int, top: Int, left: Int) {
        let dst = plane(index)
        for r in 0..<h { (dst + (top + r) * width + left).update(from: source + r * w, count: w) }
    }
}

/// Four 8-lane accumulators: 32 consecutive outputs.
private struct RegisterRow {
    var a0, a1, a2, a3: SIMD8<Float>

    init(_ value: Float) {
        a0 = SIMD8(repeating: value); a1 = a0; a2 = a0; a3 = a0
    }

    /// `self += w · source[0..<32]` (a multiply, then an add: the generic loops' rounding).
    @inline(__always)
    mutating func addScaled(_ w: Float, _ source: UnsafeMutablePointer<Float>) {
        let s = UnsafeRawPointer(source), wv = SIMD8<Float>(repeating: w)
        a0 += wv * s.loadUnaligned(fromByteOffset: 0, as: SIMD8<Float>.self)
        a1 += wv * s.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
        a2 += wv * s.loadUnaligned(fromByteOffset: 64, as: SIMD8<Float>.self)
        a3 += wv * s.loadUnaligned(fromByteOffset: 96, as: SIMD8<Float>.self)
    }

    /// Writes the first `count` (≤ 32) outputs.
    func store(_ target: UnsafeMutablePointer<Float>, count: Int) {
        if count == registerColumns {
            let t = UnsafeMutableRawPointer(target)
            t.storeBytes(of: a0, toByteOffset: 0, as: SIMD8<Float>.self)
            t.storeBytes(of: a1, toByteOffset: 32, as: SIMD8<Float>.self)
            t.storeBytes(of: a2, toByteOffset: 64, as: SIMD8<Float>.self)
            t.storeBytes(of: a3, toByteOffset: 96, as: SIMD8<Float>.self)
            return
        }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: registerColumns) { buffer in
            let t = UnsafeMutableRawPointer(buffer.baseAddress!)
            t.storeBytes(of: a0, toByteOffset: 0, as: SIMD8<Float>.self)
            t.storeBytes(of: a1, toByteOffset: 32, as: SIMD8<Float>.self)
            t.storeBytes(of: a2, toByteOffset: 64, as: SIMD8<Float>.self)
            t.storeBytes(of: a3, toByteOffset: 96, as: SIMD8<Float>.self)
            target.update(from: buffer.baseAddress!, count: count)
        }
    }
}

/// Width of a bordered plane whose 32-wide windows at every column block and tap stay in its row.
private func borderedWidth(outputs: Int, kernel: Int) -> Int {
    (outputs + registerColumns - 1) / registerColumns * registerColumns + kernel
}

/// Stride-1 `directConv2d`: `out[b, o] = bias[o] + Σ_c Σ_taps w · image` in the generic order.
func unitStrideDirectConv2d(image: UnsafeMutablePointer<Float>, weight: UnsafeMutablePointer<Float>,
                            bias: UnsafeMutablePointer<Float>?, _ g: ConvGeometry, into out: UnsafeMutablePointer<Float>) {
    let (C, O, KH, KW) = (g.imageChannels, g.gridChannels, g.kernelH, g.kernelW)
    let imagePlane = g.imageH * g.imageW, gridPlane = g.gridH * g.gridW, taps = KH * KW
    let width = borderedWidth(outputs: g.gridW, kernel: KW)
    distributeChunks(g.batch) { b, _ in
        let padded = BorderedPlanes(planes: C, rows: g.imageH + 2 * g.padding, width: width)
        defer { padded.deallocate() }
        for c in 0..<C {
            padded.fill(c, from: image + (b * C + c) * imagePlane, h: g.imageH, w: g.imageW, top: g.padding, left: g.padding)
        }
        for o in 0..<O {
            let dst = out + (b * O + o) * gridPlane
            for y in 0..<g.gridH {
                for x0 in Swift.stride(from: 0, to: g.gridW, by: registerColumns) {
                    var row = RegisterRow(bias?[o] ?? 0)
                    for c in 0..<C {
                        let kernel = weight + (o * C + c) * taps, window = padded.plane(c) + y * width + x0
                        for ky in 0..<KH {
                            for kx in 0..<KW { row.addScaled(kernel[ky * KW + kx], window + ky * width + kx) }
                        }
                    }
                    row.store(dst + y * g.gridW + x0, count: Swift.min(registerColumns, g.gridW - x0))
                }
            }
        }
    }
}

/// Stride-1 input gradient of `directConv2d`:
/// `gx[b, c, y, x] = Σ_o Σ_taps w[o, c, ky, kx] · grad[b, o, y − ky + p, x − kx + p]` in the generic order.
func unitStrideDirectConv2dInputGradient(grad: UnsafeMutablePointer<Float>, weight: UnsafeMutablePointer<Float>,
                                         _ g: ConvGeometry, into gx: UnsafeMutablePointer<Float>) {
    let (C, O, KH, KW) = (g.imageChannels, g.gridChannels, g.kernelH, g.kernelW)
    let imagePlane = g.imageH * g.imageW, gridPlane = g.gridH * g.gridW, taps = KH * KW
    let width = borderedWidth(outputs: g.imageW, kernel: KW)
    // Gradient row oy sits at bordered row oy + KH − 1 − p, so tap ky of image row y reads row y + KH − 1 − ky.
    let top = KH - 1 - g.padding, left = KW - 1 - g.padding
    distributeChunks(g.batch) { b, _ in
        let padded = BorderedPlanes(planes: O, rows: g.imageH + KH - 1, width: width)
        defer { padded.deallocate() }
        for o in 0..<O {
            padded.fill(o, from: grad + (b * O + o) * gridPlane, h: g.gridH, w: g.gridW, top: top, left: left)
        }
        for c in 0..<C {
            let dst = gx + (b * C + c) * imagePlane
            for y in 0..<g.imageH {
                for x0 in Swift.stride(from: 0, to: g.imageW, by: registerColumns) {
                    var row = RegisterRow(0)
                    for o in 0..<O {
                        let kernel = weight + (o * C + c) * taps, window = padded.plane(o) + y * width + x0
                        for ky in 0..<KH {
                            for kx in 0..<KW {
                                row.addScaled(kernel[ky * KW + kx], window + (KH - 1 - ky) * width + (KW - 1 - kx))
                            }
                        }
                    }
                    row.store(dst + y * g.imageW + x0, count: Swift.min(registerColumns, g.imageW - x0))
                }
            }
        }
    }
}
