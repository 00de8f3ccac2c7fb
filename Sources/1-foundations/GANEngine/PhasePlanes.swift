/// Image planes (`H×W`, zero-padded by `P`) each split into its `S×S` stride phases: phase
/// `(py, px)` holds padded pixels `(y·S + py, x·S + px)`. The kernel tap `(ki, kj)` of every
/// output position `(oh, ow)` then reads phase `(ki mod S, kj mod S)` at `(oh + ki/S, ow + kj/S)`,
/// so a window row is contiguous whatever the stride. Holds `count` planes (one per sample of a
/// batch block), `planeSize` floats apart.
struct PhasePlanes {
    let geometry: ConvGeometry
    /// Rows and columns of one phase: `OH + (kH-1)/S` by `OW + (kW-1)/S`.
    let rows: Int, rowLength: Int
    /// Floats per split plane (all `S×S` phases).
    let planeSize: Int
    let count: Int
    let base: UnsafeMutablePointer<Float>

    init(_ g: ConvGeometry, count: Int) {
        geometry = g
        rows = g.gridH + (g.kernelH - 1) / g.stride
        rowLength = g.gridW + (g.kernelW - 1) / g.stride
        planeSize = g.stride * g.stride * rows * rowLength
        self.count = count
        base = .allocate(capacity: planeSize * count + 8)   // slack for vector reads past a row
    }

    func deallocate() { base.deallocate() }

    /// First element of phase `(py, px)` of split plane `index`.
    @inline(__always) func phase(_ py: Int, _ px: Int, _ index: Int = 0) -> UnsafeMutablePointer<Float> {
        base + index * planeSize + (py * geometry.stride + px) * rows * rowLength
    }

    /// Top-left element of the window that kernel tap `(ki, kj)` reads in split plane `index`
    /// (window rows are `rowLength` apart).
    @inline(__always) func window(_ ki: Int, _ kj: Int, _ index: Int) -> UnsafeMutablePointer<Float> {
        let s = geometry.stride
        return phase(ki % s, kj % s, index) + (ki / s) * rowLength + kj / s
    }

    /// Sets the first `planes` split planes to zero.
    func clear(_ planes: Int) { base.update(repeating: 0, count: planeSize * planes) }

    /// Writes the un-padded part of split plane `index` back to `plane` (`H×W`); pixels no window covers are zero.
    func interleave(_ index: Int, into plane: UnsafeMutablePointer<Float>) {
        let (H, W, S, P) = (geometry.imageH, geometry.imageW, geometry.stride, geometry.padding)
        if S == 2 { interleavePairs(index, into: plane); zeroUncovered(plane); return }
        for py in 0..<S {
            for px in 0..<S {
                let (lo, hi) = validRange(px, P, S, W, rowLength)
                let start = phase(py, px, index)
                for y in 0..<rows {
                    let ih = y * S + py - P
                    if ih < 0 || ih >= H || lo >= hi { continue }
                    let src = start + y * rowLength
                    let dst = plane + ih * W + px - P
                    if S == 1 { copyFloats(src + lo, dst + lo, hi - lo) }
                    else if S == 2 { for x in lo..<hi { dst[2 * x] = src[x] } }
                    else { for x in lo..<hi { dst[x * S] = src[x] } }
                }
            }
        }
        // Rows/columns past the last window (when (H + 2P - kH) is not a multiple of S) get nothing.
        zeroUncovered(plane)
    }

    /// Stride 2: writes each image row once, front to back, taking even and odd columns from the
    /// two column phases of its row phase (four pairs at a time; those loads may read a float
    /// past the phase row, into the allocation's slack at the end).
    private func interleavePairs(_ index: Int, into plane: UnsafeMutablePointer<Float>) {
        let (H, W, P) = (geometry.imageH, geometry.imageW, geometry.padding)
        let reach = Swift.min(W, 2 * rowLength - P)
        for ih in 0..<Swift.max(0, Swift.min(H, 2 * rows - P)) {
            let py = (ih + P) & 1, y = (ih + P) >> 1
            // Image column iw is padded column iw + P: phase (iw + P) & 1, position (iw + P) >> 1.
            let first = phase(py, P & 1, index) + y * rowLength + (P >> 1)
            let second = phase(py, (P + 1) & 1, index) + y * rowLength + ((P + 1) >> 1)
            let dst = plane + ih * W
            var iw = 0, x = 0
            while iw + 8 <= reach {
                let a = UnsafeRawPointer(first + x).loadUnaligned(as: SIMD4<Float>.self)
                let b = UnsafeRawPointer(second + x).loadUnaligned(as: SIMD4<Float>.self)
                UnsafeMutableRawPointer(dst + iw).storeBytes(of: SIMD8(a[0], b[0], a[1], b[1], a[2], b[2], a[3], b[3]), as: SIMD8<Float>.self)
                iw += 8; x += 4
            }
            while iw + 1 < reach { dst[iw] = first[x]; dst[iw + 1] = second[x]; iw += 2; x += 1 }
            if iw < reach { dst[iw] = first[x] }
        }
    }

    /// Zeroes image pixels beyond the phases' reach (their padded index is past `S·rows` or `S·rowLength`).
    private func zeroUncovered(_ plane: UnsafeMutablePointer<Float>) {
        let (H, W, S, P) = (geometry.imageH, geometry.imageW, geometry.stride, geometry.padding)
        let firstRow = Swift.max(0, S * rows - P), firstCol = Swift.max(0, S * rowLength - P)
        if firstRow < H { (plane + firstRow * W).update(repeating: 0, count: (H - firstRow) * W) }
        if firstCol < W { for y in 0..<Swift.min(H, firstRow) { (plane + y * W + firstCol).update(repeating: 0, count: W - firstCol) } }
    }
}

/// Positions `lo..<hi` (below `count`) whose image column `x·S - P + offset` lies inside `0..<W`.
@inline(__always)
func validRange(_ offset: Int, _ P: Int, _ S: Int, _ W: Int, _ count: Int) -> (Int, Int) {
    let first = P - offset
    let lo = first <= 0 ? 0 : (first + S - 1) / S
    let last = W - 1 + P - offset
    let hi = last < 0 ? 0 : Swift.min(count, last / S + 1)
    return (Swift.min(lo, count), hi)
}
