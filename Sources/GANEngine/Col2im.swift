// Column matrices summed back into images (col2im), and the axis swap around the GEMM paths.

/// Columns `[C·kH·kW, B·OH·OW]` → image `[B, C, H, W]`, summing overlapping windows (overwrites image).
///
/// Column rows are read front to back and summed into stride-phase planes with contiguous row
/// adds in `(kH, kW)` order, then interleaved into the image; the order of additions does not
/// depend on the thread count. `parallel: false` stays on the calling thread.
func col2im(_ cols: UnsafeMutablePointer<Float>, _ g: ConvGeometry, _ image: UnsafeMutablePointer<Float>,
            parallel: Bool = true) {
    let (C, H, W, KH, KW) = (g.imageChannels, g.imageH, g.imageW, g.kernelH, g.kernelW)
    let (OH, OW, B) = (g.gridH, g.gridW, g.batch)
    let n = B * OH * OW, plane = OH * OW
    let width = parallel ? min(EngineThreads.parallelWidth, B) : 1
    parallelChunks(width, work: C * KH * KW * n) { chunk in
        let b0 = B * chunk / width, b1 = B * (chunk + 1) / width
        let phases = PhasePlanes(g, count: Swift.min(b1 - b0, PhasePlanes.blockSize(g)))
        defer { phases.deallocate() }
        for block in Swift.stride(from: b0, to: b1, by: phases.count) {
            let blockEnd = Swift.min(b1, block + phases.count)
            for c in 0..<C {
                phases.clear(blockEnd - block)
                for ki in 0..<KH {
                    for kj in 0..<KW {
                        let row = cols + ((c * KH + ki) * KW + kj) * n
                        for b in block..<blockEnd {
                            let dst = phases.window(ki, kj, b - block), src = row + b * plane
                            for oh in 0..<OH { addFloats(src + oh * OW, dst + oh * phases.rowLength, OW) }
                        }
                    }
                }
                for b in block..<blockEnd { phases.interleave(b - block, into: image + (b * C + c) * H * W) }
            }
        }
    }
}

/// `[A, B, inner]` → `[B, A, inner]` (swaps the two leading axes), optionally adding `bias[a]`.
func swapLeadingAxes(_ src: UnsafePointer<Float>, a: Int, b: Int, inner: Int,
                     _ dst: UnsafeMutablePointer<Float>, bias: UnsafeMutablePointer<Float>? = nil) {
    forEachRange(a, work: a * b * inner, minimumWork: 1 << 16) { range in
        swapLeadingAxes(src, rows: range, b: b, a: a, inner: inner, dst, bias: bias)
    }
}

/// `swapLeadingAxes` for the leading indices `rows` only.
private func swapLeadingAxes(_ src: UnsafePointer<Float>, rows: Range<Int>, b: Int, a: Int, inner: Int,
                             _ dst: UnsafeMutablePointer<Float>, bias: UnsafeMutablePointer<Float>?) {
    for i in rows {
        let add = bias?[i] ?? 0
        for j in 0..<b {
            let s = src + (i * b + j) * inner, d = dst + (j * a + i) * inner
            if bias == nil { d.update(from: s, count: inner) } else { for k in 0..<inner { d[k] = s[k] + add } }
        }
    }
}
