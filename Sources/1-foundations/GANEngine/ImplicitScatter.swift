// `image = col2im(Wᵀ · grid)` with the engine's own GEMM kernel, a few channels at a time, so
// that the column matrix never exists as a whole: conv2d's input gradient and the transposed
// convolution's forward pass.
//
// Before, this was OpenBLAS on column blocks of ~1 MB followed by col2im: OpenBLAS packed the
// 1024 × 128 Wᵀ of DCGAN-28 again for every block, wrote each block out, and col2im read it
// back. Here Wᵀ is packed once per call (A, rows `(c, ki, kj)`), each thread packs its samples'
// grid once (B, 16 positions per panel), and for each block of channels the kernel computes just
// those channels' column rows into a buffer that col2im reads while it is still in L1/L2.

/// Grid positions (GEMM columns) per chunk of samples that one thread packs and scatters at a
/// time (about 400: B is then `gridChannels × 400` floats, 200 KB for 128 channels). Results do
/// not depend on it; tests change it.
nonisolated(unsafe) var scatterColumnTarget = 400

/// Column-matrix rows computed per channel block: whole channels and whole row groups, at least this many.
let scatterBlockRows = 48

/// `image[b] = col2im(Wᵀ · grid[b])` for `W` row-major `[gridChannels, columnRows]` and `grid`
/// `[B, gridChannels, gridH, gridW]`; `image` `[B, imageChannels, imageH, imageW]` is overwritten.
/// Threads take disjoint chunks of samples; every element sums over the grid channels in order
/// (in 256-deep slices) and col2im adds the taps in `(kH, kW)` order, so results do not depend
/// on the thread count or the chunk size.
func implicitScatter(weight: UnsafePointer<Float>, grid: UnsafePointer<Float>, _ g: ConvGeometry,
                     into image: UnsafeMutablePointer<Float>) {
    let taps = g.kernelH * g.kernelW, plane = g.gridH * g.gridW, depth = g.gridChannels
    let imageSize = g.imageChannels * g.imageH * g.imageW
    let a = PackedRows(rows: g.columnRows, depth: depth)
    a.fill(fromColumns: weight, ldb: g.columnRows)
    // Channel blocks start on a row-group boundary: a multiple of lcm(taps, 6) / taps channels.
    var channelsPerBlock = tileRows / greatestCommonDivisor(taps, tileRows)
    while channelsPerBlock * taps < scatterBlockRows { channelsPerBlock *= 2 }
    let blockGroups = channelsPerBlock * taps / tileRows
    // Row offsets of the grid's channels (B's rows) within a sample.
    let channelOffsets = UnsafeMutablePointer<Int>.allocate(capacity: depth)
    for k in 0..<depth { channelOffsets[k] = k * plane }
    defer { a.deallocate(); channelOffsets.deallocate() }
    let width = EngineThreads.parallelWidth
    let chunks = BatchChunks(batch: g.batch, target: Swift.max(1, scatterColumnTarget / plane), width: width)
    distributeChunks(chunks.count, width: width) { index, _ in
        let b0 = chunks.start(index), samples = chunks.size(index)
        let n = samples * plane, columnPanels = (n + tileColumns - 1) / tileColumns, ldc = columnPanels * tileColumns
        let packed = UnsafeMutablePointer<Float>.allocate(capacity: depth * ldc)
        let c = UnsafeMutablePointer<Float>.allocate(capacity: blockGroups * tileRows * ldc + 8)   // col2im reads past rows
        let runs = UnsafeMutablePointer<Int>.allocate(capacity: runTableStride)
        let phases = PhasePlanes(g, count: samples)
        defer { packed.deallocate(); c.deallocate(); runs.deallocate(); phases.deallocate() }
        // B = the chunk's grid as [channel][position], slice by slice: slice k0 at k0 · ldc.
        let source = grid + b0 * depth * plane
        for p in 0..<columnPanels {
            let first = p * tileColumns, valid = Swift.min(tileColumns, n - first)
            buildRuns(valid: valid, runs) { t in
                let q = first + t, b = q / plane
                return b * depth * plane + q - b * plane
            }
            for k0 in Swift.stride(from: 0, to: depth, by: depthBlock) {
                let kc = Swift.min(depthBlock, depth - k0)
                packPanelExactly(runs, valid: valid, depth: kc, source, rows: channelOffsets + k0,
                                 into: packed + k0 * ldc + p * kc * tileColumns)
            }
        }
        for c0 in Swift.stride(from: 0, to: g.imageChannels, by: channelsPerBlock) {
            let channels = Swift.min(channelsPerBlock, g.imageChannels - c0)
            let groups = c0 * taps / tileRows..<((c0 + channels) * taps + tileRows - 1) / tileRows
            for k0 in Swift.stride(from: 0, to: depth, by: depthBlock) {
                multiplySlice(a, groups: groups, k0: k0, kc: Swift.min(depthBlock, depth - k0), b: packed + k0 * ldc,
                              columnPanels: columnPanels, c: c, ldc: ldc)
            }
            for channel in 0..<channels {
                col2imChannel(phases, samples: samples, row: { UnsafePointer(c + (channel * taps + $0) * ldc) },
                              into: image + b0 * imageSize + (c0 + channel) * g.imageH * g.imageW, imageStride: imageSize)
            }
        }
    }
}

/// `packPanel` without its vector over-reads: every run is copied exactly (the source here is a
/// tensor's storage, with no slack after it).
@inline(__always)
private func packPanelExactly(_ table: UnsafePointer<Int>, valid: Int, depth kc: Int, _ base: UnsafePointer<Float>,
                              rows: UnsafePointer<Int>, into panel: UnsafeMutablePointer<Float>) {
    for i in 0..<table[0] {
        let start = table[1 + 3 * i], length = table[2 + 3 * i], offset = table[3 + 3 * i]
        for kk in 0..<kc { copyFloats(base + offset + rows[kk], panel + start + kk * tileColumns, length) }
    }
    if valid < tileColumns {
        for kk in 0..<kc { (panel + kk * tileColumns + valid).update(repeating: 0, count: tileColumns - valid) }
    }
}

private func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int { b == 0 ? a : greatestCommonDivisor(b, a % b) }
