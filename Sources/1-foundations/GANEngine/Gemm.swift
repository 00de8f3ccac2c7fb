// The engine's GEMM for matrix products (`matmul`, `Linear`): the packed 6×16 kernels of
// PackedGemm.swift behind a BLAS-like call, blocked GotoBLAS-style and split over the engine's
// threads. Each element of the product is the sum over `depthBlock`-long slices of k, each
// slice one chain of fused multiply-adds in k order: the bits depend neither on the thread
// count, nor on how the work is split, nor on the ISA path (see EngineISA).

/// Rows of A per cache block (20 row groups: 120 × 256 floats, 120 KB, stay in L2).
let gemmGroupBlock = 20
/// Column panels of B per cache block (32 panels: 512 columns × 256 floats, 512 KB).
let gemmPanelBlock = 32

/// Row-major single-precision GEMM: `C = alpha·op(A)·op(B) + beta·C` (`C` is not read when
/// `beta` is 0). `A` is `m×k` (stored `k×m` when `transA`), `B` is `k×n` (stored `n×k` when
/// `transB`). `splittable: false` keeps the call on the current thread (callers already running
/// in parallel).
func sgemm(_ transA: Bool, _ transB: Bool, m: Int, n: Int, k: Int,
           _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
           alpha: Float = 1, beta: Float = 0, lda: Int? = nil, ldb: Int? = nil, ldc: Int? = nil,
           splittable: Bool = true) {
    if m == 0 || n == 0 { return }
    let la = lda ?? (transA ? m : k), lb = ldb ?? (transB ? k : n), lc = ldc ?? n
    if k == 0 {
        for i in 0..<m {
            let row = c + i * lc
            if beta == 0 { row.update(repeating: 0, count: n) } else { for j in 0..<n { row[j] *= beta } }
        }
        return
    }
    // fma(x, y, s) = fma(y, x, s), so Cᵀ = op(B)ᵀ·op(A)ᵀ gives the same bits: compute whichever
    // orientation wastes less of its padded tiles (a 128 × 1 product is one 16-wide row of tiles).
    let padded = { (rows: Int, columns: Int) in (rows + tileRows - 1) / tileRows * tileRows * ((columns + tileColumns - 1) / tileColumns * tileColumns) }
    let transposed = padded(n, m) < padded(m, n)
    let width = splittable && m * n * k >= EngineThreads.singleThreadWork ? EngineThreads.gemmWidth : 1
    let product = transposed
        ? TileProduct(rows: n, columns: m, depth: k, a: b, lda: lb, aStoredTransposed: !transB, b: a, ldb: la, bStoredTransposed: !transA, width: width)
        : TileProduct(rows: m, columns: n, depth: k, a: a, lda: la, aStoredTransposed: transA, b: b, ldb: lb, bStoredTransposed: transB, width: width)
    defer { product.deallocate() }
    product.run { rows, columns in
        // C = alpha·T + beta·C on this part's block (T transposed when `transposed`); the
        // special cases give the same bits as the general formula (1·x = x, x + 0·c is skipped
        // only when beta is 0, where C is not read).
        let t = product.tiles, lt = product.tileStride, count = columns.count
        if !transposed {
            for r in rows {
                let src = t + r * lt + columns.lowerBound, dst = c + r * lc + columns.lowerBound
                if beta == 0 {
                    if alpha == 1 { dst.update(from: src, count: count) } else { for q in 0..<count { dst[q] = alpha * src[q] } }
                } else if alpha == 1 && beta == 1 {
                    for q in 0..<count { dst[q] = src[q] + dst[q] }
                } else {
                    for q in 0..<count { dst[q] = alpha * src[q] + beta * dst[q] }
                }
            }
        } else {
            // T row r is column r of C.
            for q in columns {
                let src = t + q, dst = c + q * lc
                for r in rows {
                    let value = src[r * lt]
                    dst[r] = beta == 0 ? alpha * value : alpha * value + beta * dst[r]
                }
            }
        }
    }
}

/// `T = op(A)·op(B)` in whole tiles (`tiles`: `groups·6` rows of `panels·16` floats), A packed
/// once, B packed per part, cache block and depth slice.
private struct TileProduct {
    let rows: Int, columns: Int, depth: Int
    let b: UnsafePointer<Float>, ldb: Int, bStoredTransposed: Bool
    let packedA: PackedRows
    let panels: Int, width: Int
    let tiles: UnsafeMutablePointer<Float>
    var tileStride: Int { panels * tileColumns }

    init(rows: Int, columns: Int, depth: Int, a: UnsafePointer<Float>, lda: Int, aStoredTransposed: Bool,
         b: UnsafePointer<Float>, ldb: Int, bStoredTransposed: Bool, width: Int) {
        self.rows = rows; self.columns = columns; self.depth = depth
        self.b = b; self.ldb = ldb; self.bStoredTransposed = bStoredTransposed
        packedA = PackedRows(rows: rows, depth: depth)
        if aStoredTransposed { packedA.fill(fromColumns: a, ldb: lda) } else { packedA.fill(fromRows: a, lda: lda) }
        panels = (columns + tileColumns - 1) / tileColumns
        self.width = Swift.max(1, width)
        tiles = .allocate(capacity: packedA.groups * tileRows * panels * tileColumns)
    }

    func deallocate() { packedA.deallocate(); tiles.deallocate() }

    /// Computes T, split into `width` parts along the longer side (whole panels or row groups),
    /// then calls `finish(rows, columns)` for each part's live block on the thread that made it.
    func run(_ finish: (Range<Int>, Range<Int>) -> Void) {
        let alongColumns = panels >= packedA.groups
        let units = alongColumns ? panels : packedA.groups
        let parts = Swift.min(width, units)
        let edges = (0...parts).map { units * $0 / parts }
        func body(_ part: Int) {
            let unitRange = edges[part]..<edges[part + 1]
            let panelRange = alongColumns ? unitRange : 0..<panels
            let groupRange = alongColumns ? 0..<packedA.groups : unitRange
            compute(panels: panelRange, groups: groupRange)
            let rowRange = groupRange.lowerBound * tileRows..<Swift.min(rows, groupRange.upperBound * tileRows)
            let columnRange = panelRange.lowerBound * tileColumns..<Swift.min(columns, panelRange.upperBound * tileColumns)
            finish(rowRange, columnRange)
        }
        if parts <= 1 { body(0) } else { WorkerPool.shared.run(parts, threads: parts, body) }
    }

    private func compute(panels panelRange: Range<Int>, groups groupRange: Range<Int>) {
        let buffer = UnsafeMutablePointer<Float>.allocate(capacity: Swift.min(gemmPanelBlock, panelRange.count) * depthBlock * tileColumns)
        defer { buffer.deallocate() }
        for p0 in stride(from: panelRange.lowerBound, to: panelRange.upperBound, by: gemmPanelBlock) {
            let blockPanels = Swift.min(gemmPanelBlock, panelRange.upperBound - p0)
            for k0 in stride(from: 0, to: depth, by: depthBlock) {
                let kc = Swift.min(depthBlock, depth - k0)
                packB(k0: k0, kc: kc, firstPanel: p0, count: blockPanels, into: buffer)
                for g0 in stride(from: groupRange.lowerBound, to: groupRange.upperBound, by: gemmGroupBlock) {
                    let g1 = Swift.min(groupRange.upperBound, g0 + gemmGroupBlock)
                    multiplySlice(packedA, groups: g0..<g1, k0: k0, kc: kc, b: buffer, columnPanels: blockPanels,
                                  c: tiles + g0 * tileRows * tileStride + p0 * tileColumns, ldc: tileStride)
                }
            }
        }
    }

    /// Packs op(B)[k0..<k0+kc, panels firstPanel..<firstPanel+count] as k-major 16-wide panels.
    private func packB(k0: Int, kc: Int, firstPanel: Int, count: Int, into dst: UnsafeMutablePointer<Float>) {
        for p in 0..<count {
            let column0 = (firstPanel + p) * tileColumns, live = Swift.min(tileColumns, columns - column0)
            let out = dst + p * kc * tileColumns
            if bStoredTransposed {
                // B stored columns × depth: column j of op(B) is a contiguous row.
                for j in 0..<tileColumns {
                    if j < live {
                        let src = b + (column0 + j) * ldb + k0
                        for kk in 0..<kc { out[kk * tileColumns + j] = src[kk] }
                    } else {
                        for kk in 0..<kc { out[kk * tileColumns + j] = 0 }
                    }
                }
            } else {
                for kk in 0..<kc {
                    let src = b + (k0 + kk) * ldb + column0, row = out + kk * tileColumns
                    if live == tileColumns {
                        row.update(from: src, count: tileColumns)
                    } else {
                        row.update(from: src, count: live)
                        (row + live).update(repeating: 0, count: tileColumns - live)
                    }
                }
            }
        }
    }
}

/// Threads of the engine's GEMMs and of its own parallel loops.
public enum EngineThreads {
    /// Sets the GEMM threads and the engine's parallel loops to `count` (1 or more).
    public static func set(_ count: Int) { set(gemm: count, loops: count) }

    /// Sets the GEMM threads and the width of the engine's own parallel loops separately.
    public static func set(gemm: Int, loops: Int) {
        gemmWidth = Swift.max(1, gemm)
        parallelWidth = Swift.max(1, loops)
    }

    /// GEMMs with fewer multiply-adds than this run on one thread (a fork-join costs more than
    /// splitting them saves).
    public static let singleThreadWork = 1 << 22

    /// How many parts a large GEMM is split into.
    nonisolated(unsafe) public internal(set) static var gemmWidth: Int = 2
    /// Threads used by the engine's own parallel loops.
    nonisolated(unsafe) public internal(set) static var parallelWidth: Int = 2
}
