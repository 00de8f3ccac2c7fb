// Convolution GEMMs whose im2col operand is packed straight from the image ("implicit GEMM"):
// the column matrix is never written out (see PackedGemm.swift for why).
//
// Both functions serve conv2d and the transposed convolution: in `ConvGeometry` terms the image
// is conv2d's input (or the conv-transpose's output gradient) and the grid is conv2d's output
// (or the conv-transpose's input).

/// Columns of C computed per block (12 panels: a 256-deep B slice of 192 KB stays in L2).
let columnBlock = 12 * tileColumns

/// An image `[B, C, H, W]` copied with its zero padding written out, so that every window
/// element is one load at `windowOffset(q) + rowOffset[r]` with no bounds checks.
///
/// `splitPhases` stores each padded plane as its `S×S` stride phases (phase `(y mod S, x mod S)`
/// holds the padded pixels `(y, x)` at `(y / S, x / S)`): a window tap then reads neighbouring
/// output columns from neighbouring floats, which the forward packing copies as runs. Without it
/// a window row (`kW` taps) is contiguous, which the weight-gradient packing copies as runs.
private struct PaddedImage {
    let base: UnsafeMutablePointer<Float>
    /// Rows and columns of one stored phase (the whole padded plane when not split).
    let rows: Int, columns: Int
    let phases: Int
    /// `rowOffset[r]`: offset of column-matrix row `r = (c, ki, kj)` from a window's origin.
    let rowOffset: UnsafeMutablePointer<Int>
    let geometry: ConvGeometry

    init(_ image: UnsafePointer<Float>, _ g: ConvGeometry, splitPhases: Bool) {
        geometry = g
        let S = splitPhases ? g.stride : 1
        let (H, W, P) = (g.imageH, g.imageW, g.padding)
        let (paddedH, paddedW) = (H + 2 * P, W + 2 * P)
        rows = (paddedH + S - 1) / S
        columns = (paddedW + S - 1) / S
        phases = S * S
        let (rows, columns) = (self.rows, self.columns)
        let planeSize = phases * rows * columns, planes = g.batch * g.imageChannels
        // Eight floats of slack: packing moves runs shorter than a vector as whole vectors.
        let base = UnsafeMutablePointer<Float>.allocate(capacity: planes * planeSize + 8)
        self.base = base
        (base + planes * planeSize).update(repeating: 0, count: 8)
        forEachRange(planes, work: planes * planeSize, minimumWork: 1 << 16) { range in
            for plane in range {
                let src = image + plane * H * W, dst = base + plane * planeSize
                dst.update(repeating: 0, count: planeSize)
                for ih in 0..<H {
                    let y = ih + P, line = src + ih * W
                    if S == 1 { copyFloats(line, dst + y * columns + P, W); continue }
                    // Padded column x = iw + P goes to phase x mod S at x / S.
                    let phaseRow = dst + (y % S) * S * rows * columns + (y / S) * columns
                    for px in 0..<S {
                        let (lo, hi) = validRange(px, P, S, W, columns), from = line + px - P
                        let row = phaseRow + px * rows * columns
                        if S == 2 { takeEvenFloats(from, row, lo, hi, readable: src + H * W) }
                        else { for x in lo..<hi { row[x] = from[x * S] } }
                    }
                }
            }
        }
        rowOffset = .allocate(capacity: g.columnRows)
        for c in 0..<g.imageChannels {
            for ki in 0..<g.kernelH {
                for kj in 0..<g.kernelW {
                    let phase = (ki % S) * S + kj % S
                    rowOffset[(c * g.kernelH + ki) * g.kernelW + kj] =
                        (c * phases + phase) * rows * columns + (ki / S) * columns + kj / S
                }
            }
        }
    }

    /// Offset of the window origin of grid position `q = (b, oh, ow)` (flattened over the batch).
    @inline(__always) func windowOffset(_ q: Int) -> Int {
        let g = geometry, plane = g.gridH * g.gridW
        let b = q / plane, pos = q - b * plane
        let oh = pos / g.gridW, ow = pos - oh * g.gridW
        let step = phases == 1 ? g.stride : 1
        return b * g.imageChannels * phases * rows * columns + oh * step * columns + ow * step
    }

    func deallocate() {
        base.deallocate()
        rowOffset.deallocate()
    }
}

/// Ints per panel in a run table: a count, then `(start, length, offset)` for up to 16 runs.
let runTableStride = 1 + 3 * tileColumns

/// Groups the offsets `offset(t)` of a panel's first `valid` entries into runs of consecutive
/// offsets (written to `table`), so that a panel row is packed with a vector move per run.
@inline(__always)
func buildRuns(valid: Int, _ table: UnsafeMutablePointer<Int>, _ offset: (Int) -> Int) {
    var count = 0, t = 0
    while t < valid {
        let first = offset(t)
        var length = 1
        while t + length < valid, offset(t + length) == first + length { length += 1 }
        table[1 + 3 * count] = t
        table[2 + 3 * count] = length
        table[3 + 3 * count] = first
        count += 1
        t += length
    }
    table[0] = count
}

/// One B panel, `kc` rows deep: row `kk`, entry `start + i` of a run is
/// `base[rows[kk] + offset + i]`; entries from `valid` on are zero. Runs go one at a time down all
/// rows (the source and destination steps are fixed within a run). A run moves as one 4- or
/// 8-float vector when that vector ends inside its own row: the floats past the run land on later
/// runs of the row, which are written after it; other runs are copied exactly.
@inline(__always)
func packPanel(_ table: UnsafePointer<Int>, valid: Int, depth kc: Int, _ base: UnsafePointer<Float>,
               rows: UnsafePointer<Int>, into panel: UnsafeMutablePointer<Float>) {
    for i in 0..<table[0] {
        let start = table[1 + 3 * i], length = table[2 + 3 * i], offset = table[3 + 3 * i]
        let from = base + offset, to = panel + start
        if length <= 4, start + 4 <= tileColumns {
            for kk in 0..<kc {
                let v = UnsafeRawPointer(from + rows[kk]).loadUnaligned(as: SIMD4<Float>.self)
                UnsafeMutableRawPointer(to + kk * tileColumns).storeBytes(of: v, as: SIMD4<Float>.self)
            }
        } else if length <= 8, start + 8 <= tileColumns {
            for kk in 0..<kc {
                let v = UnsafeRawPointer(from + rows[kk]).loadUnaligned(as: SIMD8<Float>.self)
                UnsafeMutableRawPointer(to + kk * tileColumns).storeBytes(of: v, as: SIMD8<Float>.self)
            }
        } else {
            for kk in 0..<kc { copyFloats(from + rows[kk], to + kk * tileColumns, length) }
        }
    }
    if valid < tileColumns {
        for kk in 0..<kc { (panel + kk * tileColumns + valid).update(repeating: 0, count: tileColumns - valid) }
    }
}

/// `out[b, o] = Σᵣ weight[o, r] · im2col(image)[r, (b, ·)]` (plus `bias[o]`): conv2d's forward
/// pass, or the input gradient of a transposed convolution. `weight` is row-major
/// `[gridChannels, columnRows]`, `out` is `[B, gridChannels, gridH, gridW]`. The threads take
/// disjoint samples.
func implicitConvolution(image: UnsafePointer<Float>, weight: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
                         _ g: ConvGeometry, into out: UnsafeMutablePointer<Float>) {
    let padded = PaddedImage(image, g, splitPhases: true)
    let a = PackedRows(rows: g.gridChannels, depth: g.columnRows)
    a.fill(fromRows: weight, lda: g.columnRows)
    defer { padded.deallocate(); a.deallocate() }
    let plane = g.gridH * g.gridW, outputs = g.gridChannels
    let width = EngineThreads.parallelWidth
    let chunks = BatchChunks(batch: g.batch, target: (g.batch + width - 1) / width, width: width)
    distributeChunks(chunks.count) { index, _ in
        let q0 = chunks.start(index) * plane, q1 = q0 + chunks.size(index) * plane
        let panels = UnsafeMutablePointer<Float>.allocate(capacity: columnBlock * depthBlock)
        let c = UnsafeMutablePointer<Float>.allocate(capacity: a.groups * tileRows * columnBlock)
        let runs = UnsafeMutablePointer<Int>.allocate(capacity: columnBlock / tileColumns * runTableStride)
        defer { panels.deallocate(); c.deallocate(); runs.deallocate() }
        for j0 in Swift.stride(from: q0, to: q1, by: columnBlock) {
            let nc = Swift.min(columnBlock, q1 - j0), columnPanels = (nc + tileColumns - 1) / tileColumns
            for p in 0..<columnPanels {
                let first = j0 + p * tileColumns
                buildRuns(valid: Swift.min(tileColumns, nc - p * tileColumns), runs + p * runTableStride) { padded.windowOffset(first + $0) }
            }
            multiplyPacked(a, columnPanels: columnPanels, packB: { k0, kc, dst in
                for p in 0..<columnPanels {
                    packPanel(runs + p * runTableStride, valid: Swift.min(tileColumns, nc - p * tileColumns), depth: kc,
                              padded.base, rows: padded.rowOffset + k0, into: dst + p * kc * tileColumns)
                }
            }, panels: panels, c: c, ldc: columnBlock)
            // Columns run through samples: copy each sample's run of positions per output channel.
            var j = 0
            while j < nc {
                let q = j0 + j, b = q / plane, pos = q - b * plane, run = Swift.min(plane - pos, nc - j)
                for o in 0..<outputs {
                    let src = c + o * columnBlock + j, dst = out + (b * outputs + o) * plane + pos
                    if let bias {
                        let v = bias[o]
                        for t in 0..<run { dst[t] = src[t] + v }
                    } else {
                        copyFloats(src, dst, run)
                    }
                }
                j += run
            }
        }
    }
}

/// `dW[o, r] = Σ_q grid[(b, o, pos)] · im2col(image)[r, q]` over all grid positions `q`:
/// conv2d's weight gradient (grid = output gradient), or a transposed convolution's (grid = its
/// input, image = its output gradient). `grid` is `[B, gridChannels, gridH, gridW]`, `dW` row-major
/// `[gridChannels, columnRows]`. The threads take disjoint blocks of `dW`'s columns (or of its
/// rows when it has too few columns); every sum runs over all positions in the same order.
func implicitConvolutionWeightGradient(grid: UnsafePointer<Float>, image: UnsafePointer<Float>, _ g: ConvGeometry,
                                       into dW: UnsafeMutablePointer<Float>) {
    let padded = PaddedImage(image, g, splitPhases: false)
    let plane = g.gridH * g.gridW, positions = g.batch * plane, outputs = g.gridChannels
    let a = PackedRows(rows: outputs, depth: positions)
    // A[o, q] = grid[b, o, pos], packed in parallel by row groups.
    forEachRange(a.groups, work: a.groups * tileRows * positions, minimumWork: 1 << 16) { groups in
        for group in groups {
            let dst = a.base + group * positions * tileRows
            let live = Swift.min(tileRows, outputs - group * tileRows)
            for b in 0..<g.batch {
                let src = grid + (b * outputs + group * tileRows) * plane, out = dst + b * plane * tileRows
                if live == tileRows {
                    for pos in 0..<plane {
                        for i in 0..<tileRows { out[pos * tileRows + i] = src[i * plane + pos] }
                    }
                } else {
                    for pos in 0..<plane {
                        for i in 0..<tileRows { out[pos * tileRows + i] = i < live ? src[i * plane + pos] : 0 }
                    }
                }
            }
        }
    }
    let windows = UnsafeMutablePointer<Int>.allocate(capacity: positions)
    for q in 0..<positions { windows[q] = padded.windowOffset(q) }
    let columnPanels = (g.columnRows + tileColumns - 1) / tileColumns
    let runs = UnsafeMutablePointer<Int>.allocate(capacity: columnPanels * runTableStride)
    for p in 0..<columnPanels {
        let first = p * tileColumns
        buildRuns(valid: Swift.min(tileColumns, g.columnRows - first), runs + p * runTableStride) { padded.rowOffset[first + $0] }
    }
    defer { padded.deallocate(); a.deallocate(); windows.deallocate(); runs.deallocate() }
    let width = EngineThreads.parallelWidth
    // Split columns when each thread gets at least two panels, else rows (each thread then packs all of B).
    let splitColumns = columnPanels >= 2 * width || a.groups < width
    let parts = Swift.max(1, Swift.min(width, splitColumns ? columnPanels : a.groups))
    distributeChunks(parts) { part, _ in
        let panelRange = splitColumns ? columnPanels * part / parts..<columnPanels * (part + 1) / parts : 0..<columnPanels
        let groupRange = splitColumns ? 0..<a.groups : a.groups * part / parts..<a.groups * (part + 1) / parts
        let panels = UnsafeMutablePointer<Float>.allocate(capacity: columnBlock * depthBlock)
        let c = UnsafeMutablePointer<Float>.allocate(capacity: a.groups * tileRows * columnBlock)
        defer { panels.deallocate(); c.deallocate() }
        for p0 in Swift.stride(from: panelRange.lowerBound, to: panelRange.upperBound, by: columnBlock / tileColumns) {
            let blockPanels = Swift.min(columnBlock / tileColumns, panelRange.upperBound - p0)
            let n0 = p0 * tileColumns, nc = Swift.min(blockPanels * tileColumns, g.columnRows - n0)
            multiplyPacked(a, groups: groupRange, columnPanels: blockPanels, packB: { k0, kc, dst in
                for p in 0..<blockPanels {
                    packPanel(runs + (p0 + p) * runTableStride, valid: Swift.min(tileColumns, nc - p * tileColumns), depth: kc,
                              padded.base, rows: windows + k0, into: dst + p * kc * tileColumns)
                }
            }, panels: panels, c: c, ldc: columnBlock)
            for o in groupRange.lowerBound * tileRows..<Swift.min(outputs, groupRange.upperBound * tileRows) {
                copyFloats(c + o * columnBlock, dW + o * g.columnRows + n0, nc)
            }
        }
    }
}
