/// NumPy broadcasting of two shapes: trailing dimensions must be equal or 1.
func broadcastShape(_ a: [Int], _ b: [Int], _ operation: String) throws -> [Int] {
    let rank = max(a.count, b.count)
    var out = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
        let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
        let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
        if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else {
            throw EngineError.incompatibleShapes(operation: operation, shapes: [a, b], detail: "cannot broadcast")
        }
    }
    return out
}

/// Row-major strides of `shape` aligned to `rank` dims, with 0 for broadcast (size-1 or missing) dims.
func broadcastStrides(_ shape: [Int], toRank rank: Int, outShape: [Int]) -> [Int] {
    var strides = [Int](repeating: 0, count: rank)
    var s = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
        let o = i + rank - shape.count
        strides[o] = (shape[i] == 1 && outShape[o] != 1) ? 0 : s
        s *= shape[i]
    }
    return strides
}

/// Applies `f` elementwise over broadcast operands into a new tensor (on the calling thread;
/// see ElementKernels.swift).
@inline(__always)
func broadcastBinary(_ a: Tensor, _ b: Tensor, _ operation: String, _ f: (Float, Float) -> Float) throws -> Tensor {
    try withoutActuallyEscaping(f) { f in
        try broadcastBinary(a, b, operation, ClosureKernel(function: f), parallel: false)
    }
}

/// Applies `f` elementwise over broadcast operands into a new tensor; operands of equal shape
/// are split across the engine's threads when large (and `parallel`).
@inline(__always)
func broadcastBinary<K: BinaryKernel>(_ a: Tensor, _ b: Tensor, _ operation: String, _ f: K,
                                      parallel: Bool = true) throws -> Tensor {
    let pa = a.data, pb = b.data
    if a.shape == b.shape {
        return parallel ? zipElements(a, b, f) : zipMap(a, b) { f($0, $1) }
    }
    let shape = try broadcastShape(a.shape, b.shape, operation)
    let n = try checkedAllocation(shape, operation)
    let out = Tensor.make(shape, n)
    let po = out.data
    if b.count == 1 {
        let v = pb[0]
        if a.count == n { for i in 0..<n { po[i] = f(pa[i], v) }; return out }
    }
    if a.count == 1 {
        let v = pa[0]
        if b.count == n { for i in 0..<n { po[i] = f(v, pb[i]) }; return out }
    }
    let rank = shape.count
    let sa = broadcastStrides(a.shape, toRank: rank, outShape: shape)
    let sb = broadcastStrides(b.shape, toRank: rank, outShape: shape)
    if n == 0 { return out }
    let inner = shape[rank - 1]
    let ia = sa[rank - 1], ib = sb[rank - 1]
    var index = [Int](repeating: 0, count: rank)
    var offA = 0, offB = 0, o = 0
    while o < n {
        if ia == 1 && ib == 1 {
            for j in 0..<inner { po[o + j] = f(pa[offA + j], pb[offB + j]) }
        } else if ia == 0 && ib == 1 {
            let v = pa[offA]
            for j in 0..<inner { po[o + j] = f(v, pb[offB + j]) }
        } else if ia == 1 && ib == 0 {
            let v = pb[offB]
            for j in 0..<inner { po[o + j] = f(pa[offA + j], v) }
        } else {
            for j in 0..<inner { po[o + j] = f(pa[offA + j * ia], pb[offB + j * ib]) }
        }
        o += inner
        // advance the outer index
        var d = rank - 2
        while d >= 0 {
            index[d] += 1
            offA += sa[d]; offB += sb[d]
            if index[d] < shape[d] { break }
            offA -= sa[d] * shape[d]; offB -= sb[d] * shape[d]
            index[d] = 0
            d -= 1
        }
    }
    return out
}

/// Applies `f` to every element into a new tensor of the same shape, on the calling thread
/// (large tensors: `mapElements`, ElementKernels.swift).
@inline(__always)
func mapUnary(_ a: Tensor, _ f: (Float) -> Float) -> Tensor {
    let out = Tensor.make(a.shape, a.count)
    let pa = a.data, po = out.data
    for i in 0..<a.count { po[i] = f(pa[i]) }
    return out
}

/// `f(a[i], b[i])` for two tensors of equal element count (shape of `a`), unrecorded, on the
/// calling thread (large tensors: `zipElements`, ElementKernels.swift).
@inline(__always)
func zipMap(_ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float) -> Tensor {
    let out = Tensor.make(a.shape, a.count)
    let pa = a.data, pb = b.data, po = out.data
    for i in 0..<a.count { po[i] = f(pa[i], pb[i]) }
    return out
}

/// Calls `body` over disjoint ranges covering `0..<count`, one per engine thread when `work`
/// (elements touched; default `count`) reaches `minimumWork`, else once over the whole range.
/// Elementwise loops split elements; batch norm, bias sums and axis swaps split channels (each
/// channel's sums keep their order); Adam splits eight-float blocks.
@inline(__always)
func forEachRange(_ count: Int, work: Int? = nil, minimumWork: Int = 1 << 17, _ body: (Range<Int>) -> Void) {
    let width = Swift.min(EngineThreads.parallelWidth, count), total = work ?? count
    if width <= 1 || total < minimumWork { body(0..<count); return }
    parallelChunks(width, work: total) { chunk in body(count * chunk / width..<count * (chunk + 1) / width) }
}
