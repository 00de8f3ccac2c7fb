import COpenBLAS

/// Row-major single-precision GEMM: `C = alpha·op(A)·op(B) + beta·C` through OpenBLAS.
/// `A` is `m×k` (stored `k×m` when `transA`), `B` is `k×n` (stored `n×k` when `transB`).
/// `splittable: false` keeps the call on the current thread (callers already running in parallel).
@inline(__always)
func sgemm(_ transA: Bool, _ transB: Bool, m: Int, n: Int, k: Int,
           _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
           alpha: Float = 1, beta: Float = 0, lda: Int? = nil, ldb: Int? = nil, ldc: Int? = nil,
           splittable: Bool = true) {
    if m == 0 || n == 0 { return }
    if k == 0 {
        if beta == 0 { c.update(repeating: 0, count: m * n) } else { for i in 0..<(m * n) { c[i] *= beta } }
        return
    }
    let la = lda ?? (transA ? m : k), lb = ldb ?? (transB ? k : n), lc = ldc ?? n
    let work = m * n * k
    if splittable, EngineThreads.splitsGemms, work >= EngineThreads.singleThreadWork, EngineThreads.gemmWidth > 1 {
        splitSgemm(transA, transB, m: m, n: n, k: k, a, la, b, lb, c, lc, alpha: alpha, beta: beta)
        return
    }
    EngineThreads.useBlasThreads(for: work)
    cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                blasint(m), blasint(n), blasint(k), alpha, a, blasint(la), b, blasint(lb), beta, c, blasint(lc))
}

/// One GEMM as independent single-threaded OpenBLAS calls on disjoint column (or row) blocks of
/// `C`, run on the engine's own threads. Each element of `C` is still one dot product over the
/// same `k` blocks, so the result is bitwise the same as one call.
///
/// Why not OpenBLAS's threads: after a threaded call its workers spin for ~0.1 s before they
/// sleep, so on two cores they compete with the engine's parallel loops and with the next
/// single-threaded GEMM (measured: lesson 03's training spent 261 s of system time in
/// `sched_yield` against 872 s of user time). Dispatch's workers park at once.
private func splitSgemm(_ transA: Bool, _ transB: Bool, m: Int, n: Int, k: Int,
                        _ a: UnsafePointer<Float>, _ la: Int, _ b: UnsafePointer<Float>, _ lb: Int,
                        _ c: UnsafeMutablePointer<Float>, _ lc: Int, alpha: Float, beta: Float) {
    EngineThreads.useBlasThreads(for: 0)
    let parts = EngineThreads.gemmWidth
    let alongColumns = n >= m
    let length = alongColumns ? n : m
    // Block edges on multiples of 16 keep every block on whole micro-kernel tiles but the last.
    let edges = (0...parts).map { Swift.min(length, ((length * $0 / parts) + 15) / 16 * 16) }
    WorkerPool.shared.run(parts, threads: parts) { part in
        let start = edges[part], count = edges[part + 1] - start
        if count <= 0 { return }
        let ta = transA ? CblasTrans : CblasNoTrans, tb = transB ? CblasTrans : CblasNoTrans
        if alongColumns {
            // C[:, start..<end] = op(A) · op(B)[:, start..<end]
            let bPart = transB ? b + start * lb : b + start
            cblas_sgemm(CblasRowMajor, ta, tb, blasint(m), blasint(count), blasint(k), alpha, a, blasint(la),
                        bPart, blasint(lb), beta, c + start, blasint(lc))
        } else {
            // C[start..<end, :] = op(A)[start..<end, :] · op(B)
            let aPart = transA ? a + start : a + start * la
            cblas_sgemm(CblasRowMajor, ta, tb, blasint(count), blasint(n), blasint(k), alpha, aPart, blasint(la),
                        b, blasint(lb), beta, c + start * lc, blasint(lc))
        }
    }
}

/// Controls the number of threads OpenBLAS uses for large GEMMs.
public enum EngineThreads {
    /// Sets OpenBLAS's thread count (1 or more) and the engine's own parallel loops.
    public static func set(_ count: Int) { set(blas: count, loops: count) }

    /// Sets OpenBLAS's threads and the width of the engine's own parallel loops separately.
    /// `splitGemms` (the default) runs large GEMMs as `blas` single-threaded OpenBLAS calls on
    /// the engine's threads; `false` lets OpenBLAS thread them itself.
    public static func set(blas: Int, loops: Int, splitGemms: Bool = true) {
        blasThreads = Swift.max(1, blas)
        splitsGemms = splitGemms
        activeBlasThreads = -1
        useBlasThreads(for: 0)
        parallelWidth = Swift.max(1, loops)
    }

    /// Whether large GEMMs are split across the engine's threads (see `splitSgemm`).
    nonisolated(unsafe) public internal(set) static var splitsGemms = true
    /// How many blocks a large split GEMM runs as.
    static var gemmWidth: Int { blasThreads }

    /// GEMMs with fewer multiply-adds than this run on one thread: splitting them saves less
    /// than OpenBLAS's waiting threads cost, and on a busy machine those threads spin in
    /// `sched_yield` (measured: a WGAN-sized MLP step 3.5× slower, half of it system time).
    public static let singleThreadWork = 1 << 22

    nonisolated(unsafe) static var blasThreads = Int(openblas_get_num_threads())
    nonisolated(unsafe) static var activeBlasThreads = blasThreads

    /// Sets OpenBLAS's thread count for a GEMM of `work` multiply-adds (only when it changes).
    @inline(__always)
    static func useBlasThreads(for work: Int) {
        let wanted = work < singleThreadWork || splitsGemms ? 1 : blasThreads
        if wanted != activeBlasThreads {
            activeBlasThreads = wanted
            openblas_set_num_threads(Int32(wanted))
        }
    }
    /// Threads used by the engine's own parallel loops.
    nonisolated(unsafe) public internal(set) static var parallelWidth: Int = 2
}
