import COpenBLAS

/// Row-major single-precision GEMM: `C = alpha·op(A)·op(B) + beta·C` through OpenBLAS.
/// `A` is `m×k` (stored `k×m` when `transA`), `B` is `k×n` (stored `n×k` when `transB`).
@inline(__always)
func sgemm(_ transA: Bool, _ transB: Bool, m: Int, n: Int, k: Int,
           _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
           alpha: Float = 1, beta: Float = 0, lda: Int? = nil, ldb: Int? = nil, ldc: Int? = nil) {
    if m == 0 || n == 0 { return }
    if k == 0 {
        if beta == 0 { c.update(repeating: 0, count: m * n) } else { for i in 0..<(m * n) { c[i] *= beta } }
        return
    }
    let la = lda ?? (transA ? m : k), lb = ldb ?? (transB ? k : n), lc = ldc ?? n
    EngineThreads.useBlasThreads(for: m * n * k)
    cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                blasint(m), blasint(n), blasint(k), alpha, a, blasint(la), b, blasint(lb), beta, c, blasint(lc))
}

/// Controls the number of threads OpenBLAS uses for large GEMMs.
public enum EngineThreads {
    /// Sets OpenBLAS's thread count (1 or more) and the engine's own parallel loops.
    public static func set(_ count: Int) { set(blas: count, loops: count) }

    /// Sets OpenBLAS's threads and the width of the engine's own parallel loops separately.
    public static func set(blas: Int, loops: Int) {
        blasThreads = Swift.max(1, blas)
        activeBlasThreads = blasThreads
        openblas_set_num_threads(Int32(blasThreads))
        parallelWidth = Swift.max(1, loops)
    }

    /// GEMMs with fewer multiply-adds than this run on one thread: splitting them saves less
    /// than OpenBLAS's waiting threads cost, and on a busy machine those threads spin in
    /// `sched_yield` (measured: a WGAN-sized MLP step 3.5× slower, half of it system time).
    public static let singleThreadWork = 1 << 22

    nonisolated(unsafe) static var blasThreads = Int(openblas_get_num_threads())
    nonisolated(unsafe) static var activeBlasThreads = blasThreads

    /// Sets OpenBLAS's thread count for a GEMM of `work` multiply-adds (only when it changes).
    @inline(__always)
    static func useBlasThreads(for work: Int) {
        let wanted = work < singleThreadWork ? 1 : blasThreads
        if wanted != activeBlasThreads {
            activeBlasThreads = wanted
            openblas_set_num_threads(Int32(wanted))
        }
    }
    /// Threads used by the engine's own parallel loops (im2col/col2im).
    nonisolated(unsafe) public internal(set) static var parallelWidth: Int = 2
}
