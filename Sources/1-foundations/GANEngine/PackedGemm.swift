import CEngineKernels

// The engine's own single-threaded GEMM core, with operands packed on the fly: convolutions pack
// panels straight from the image (an "implicit GEMM": no im2col matrix written out, for
// DCGAN-28's 64→128 layer 1024 × 3136 floats), matmul and Linear pack theirs in Gemm.swift.
// The micro-kernel is chosen at run time (EngineISA): the 6×16 AVX2/FMA tile in twelve vector
// registers or its 6×32 AVX-512 twin (C, CEngineKernels), or the portable Swift SIMD tile below
// (NEON on arm64; exact but slow on x86 without FMA). All give the same bits.
//
// Layouts: A is packed in groups of `tileRows` rows, each group k-major ([group][k][6], rows past
// `m` zero); B in panels of `tileColumns` columns, k-major ([panel][k][16], columns past `n`
// zero). C is a dense row-major buffer of whole tiles. Each element of C is the sum over
// `depthBlock`-long slices of k, each slice summed in k order from zero: the result does not
// depend on how callers split rows or columns among threads.

/// Rows of A (and of C) per micro-tile.
let tileRows = 6
/// Columns of B (and of C) per micro-tile.
let tileColumns = 16
/// Depth of one packed slice of A and B (a B panel of 256 × 16 floats fits the L1 cache).
let depthBlock = 256

/// A matrix packed for `multiplyPacked` as row groups of `tileRows`, k-major.
struct PackedRows {
    let rows: Int, depth: Int
    var groups: Int { (rows + tileRows - 1) / tileRows }
    let base: UnsafeMutablePointer<Float>

    /// Room for `rows × depth` in whole row groups (fill it with `fill(fromRows:lda:)` or by hand).
    init(rows: Int, depth: Int) {
        self.rows = rows
        self.depth = depth
        base = .allocate(capacity: Swift.max(1, (rows + tileRows - 1) / tileRows * tileRows * depth))
    }

    /// Packs the row-major matrix `a` (`rows × depth`, row stride `lda`).
    func fill(fromRows a: UnsafePointer<Float>, lda: Int) {
        for group in 0..<groups {
            let dst = base + group * depth * tileRows
            for i in 0..<tileRows {
                let row = group * tileRows + i
                if row < rows {
                    let src = a + row * lda
                    for k in 0..<depth { dst[k * tileRows + i] = src[k] }
                } else {
                    for k in 0..<depth { dst[k * tileRows + i] = 0 }
                }
            }
        }
    }

    /// Packs the transpose of the row-major matrix `b` (`depth × rows`, row stride `ldb`), so
    /// that row `r` of A is column `r` of `b`: each group takes six neighbouring floats per depth.
    func fill(fromColumns b: UnsafePointer<Float>, ldb: Int) {
        for group in 0..<groups {
            let dst = base + group * depth * tileRows, first = group * tileRows
            let live = Swift.min(tileRows, rows - first)
            for k in 0..<depth {
                let src = b + k * ldb + first, out = dst + k * tileRows
                for i in 0..<tileRows { out[i] = i < live ? src[i] : 0 }
            }
        }
    }

    /// Group `group`'s panel from depth `k0` on.
    @inline(__always) func panel(_ group: Int, _ k0: Int) -> UnsafePointer<Float> {
        UnsafePointer(base + (group * depth + k0) * tileRows)
    }

    func deallocate() { base.deallocate() }
}

/// `C = A · B` for one block of columns (and the row groups `groups`, default all): `a` packed, B packed one depth slice at a time by
/// `packB(k0, kc, panels)` into `panels` (`columnPanels` panels of `kc × 16` floats; columns past
/// the block's end zero). `c` holds `a.groups · tileRows` rows of `columnPanels · 16` floats,
/// `ldc` apart. `panels` must hold `columnPanels · depthBlock · 16` floats.
func multiplyPacked(_ a: PackedRows, groups: Range<Int>? = nil, columnPanels: Int, packB: (_ k0: Int, _ kc: Int, _ panels: UnsafeMutablePointer<Float>) -> Void,
                    panels: UnsafeMutablePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int) {
    let groups = groups ?? 0..<a.groups
    for k0 in stride(from: 0, to: a.depth, by: depthBlock) {
        let kc = Swift.min(depthBlock, a.depth - k0)
        packB(k0, kc, panels)
        multiplySlice(a, groups: groups, k0: k0, kc: kc, b: panels, columnPanels: columnPanels,
                      c: c + groups.lowerBound * tileRows * ldc, ldc: ldc)
    }
}

/// One depth slice `k0..<k0+kc` of `C = A · B` for the row groups `groups`, added to `c` unless
/// it is the first slice. `b` holds `columnPanels` packed panels of `kc × 16` floats; `c` points
/// at the first row of `groups.lowerBound` (rows `ldc` apart).
func multiplySlice(_ a: PackedRows, groups: Range<Int>, k0: Int, kc: Int, b: UnsafePointer<Float>, columnPanels: Int,
                   c: UnsafeMutablePointer<Float>, ldc: Int) {
    switch EngineISA.state {
    case .avx2:
        if gan_slice_avx2(kc, a.panel(groups.lowerBound, k0), a.depth * tileRows, groups.count, b, columnPanels,
                          c, ldc, k0 > 0 ? 1 : 0) != 0 { return }
    case .avx512:
        if gan_slice_avx512(kc, a.panel(groups.lowerBound, k0), a.depth * tileRows, groups.count, b, columnPanels,
                            c, ldc, k0 > 0 ? 1 : 0) != 0 { return }
    case .generic:
        break
    }
    for p in 0..<columnPanels {
        let panel = b + p * kc * tileColumns
        for group in groups {
            multiplyTile(kc, a.panel(group, k0), panel, c + (group - groups.lowerBound) * tileRows * ldc + p * tileColumns,
                         ldc, accumulate: k0 > 0)
        }
    }
}

private typealias Vector = SIMD8<Float>

@inline(__always) private func load(_ p: UnsafePointer<Float>) -> Vector {
    UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
}

@inline(__always) private func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
}

/// One 6×16 tile: `c = Σₖ a[k]ᵀ·b[k]` (plus `c` when `accumulate`), the sum over k in order.
@inline(__always)
private func multiplyTile(_ kc: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                          _ c: UnsafeMutablePointer<Float>, _ ldc: Int, accumulate: Bool) {
    var c00 = Vector(), c01 = Vector(), c10 = Vector(), c11 = Vector(), c20 = Vector(), c21 = Vector()
    var c30 = Vector(), c31 = Vector(), c40 = Vector(), c41 = Vector(), c50 = Vector(), c51 = Vector()
    var pa = a, pb = b
    for _ in 0..<kc {
        let b0 = load(pb), b1 = load(pb + 8)
        var x = Vector(repeating: pa[0]); c00 = c00.addingProduct(x, b0); c01 = c01.addingProduct(x, b1)
        x = Vector(repeating: pa[1]); c10 = c10.addingProduct(x, b0); c11 = c11.addingProduct(x, b1)
        x = Vector(repeating: pa[2]); c20 = c20.addingProduct(x, b0); c21 = c21.addingProduct(x, b1)
        x = Vector(repeating: pa[3]); c30 = c30.addingProduct(x, b0); c31 = c31.addingProduct(x, b1)
        x = Vector(repeating: pa[4]); c40 = c40.addingProduct(x, b0); c41 = c41.addingProduct(x, b1)
        x = Vector(repeating: pa[5]); c50 = c50.addingProduct(x, b0); c51 = c51.addingProduct(x, b1)
        pa += tileRows
        pb += tileColumns
    }
    @inline(__always) func put(_ row: Int, _ v0: Vector, _ v1: Vector) {
        let p = c + row * ldc
        if accumulate {
            store(load(p) + v0, p)
            store(load(p + 8) + v1, p + 8)
        } else {
            store(v0, p)
            store(v1, p + 8)
        }
    }
    put(0, c00, c01); put(1, c10, c11); put(2, c20, c21); put(3, c30, c31); put(4, c40, c41); put(5, c50, c51)
}
