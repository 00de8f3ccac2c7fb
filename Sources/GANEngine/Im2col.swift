import Dispatch

/// Sizes shared by a convolution and its im2col layout. The "image" is the conv2d input (or
/// the conv-transpose output); the "grid" is the conv2d output (or the conv-transpose input).
struct ConvGeometry: Sendable, Equatable {
    var batch: Int
    var imageChannels: Int, imageH: Int, imageW: Int
    var gridChannels: Int, gridH: Int, gridW: Int
    var kernelH: Int, kernelW: Int
    var stride: Int, padding: Int

    /// Rows of the column matrix: `imageChannels · kH · kW`.
    var columnRows: Int { imageChannels * kernelH * kernelW }
    /// Columns of the column matrix: `batch · gridH · gridW`.
    var columnCount: Int { batch * gridH * gridW }
}

/// Runs `body(chunkIndex)` for `chunks` chunks (disjoint batch ranges), in parallel when the work is large enough.
func parallelChunks(_ chunks: Int, work: Int, _ body: (Int) -> Void) {
    if chunks <= 1 || work < 1 << 15 || EngineThreads.parallelWidth <= 1 {
        for i in 0..<chunks { body(i) }
    } else {
        withoutActuallyEscaping(body) { escapable in
            let box = UncheckedSendableBox(value: escapable)
            DispatchQueue.concurrentPerform(iterations: chunks) { box.value($0) }
        }
    }
}

/// Wraps a value for a hand-off whose thread safety the caller guarantees (disjoint writes).
struct UncheckedSendableBox<T>: @unchecked Sendable { let value: T }

/// Image `[B, C, H, W]` → columns `[C·kH·kW, B·OH·OW]` (zero where the window hits padding).
func im2col(_ image: UnsafeMutablePointer<Float>, _ g: ConvGeometry, _ cols: UnsafeMutablePointer<Float>) {
    let (C, H, W, KH, KW, S, P) = (g.imageChannels, g.imageH, g.imageW, g.kernelH, g.kernelW, g.stride, g.padding)
    let (OH, OW, B) = (g.gridH, g.gridW, g.batch)
    let n = B * OH * OW
    let width = min(EngineThreads.parallelWidth, B)
    parallelChunks(width, work: C * KH * KW * n) { chunk in
        let b0 = B * chunk / width, b1 = B * (chunk + 1) / width
        for c in 0..<C {
            for ki in 0..<KH {
                for kj in 0..<KW {
                    let row = cols + ((c * KH + ki) * KW + kj) * n
                    let (lo, hi) = validRange(kj, P, S, W, OW)
                    for b in b0..<b1 {
                        let plane = image + (b * C + c) * H * W
                        for oh in 0..<OH {
                            let dst = row + (b * OH + oh) * OW
                            let ih = oh * S - P + ki
                            if ih < 0 || ih >= H || lo >= hi { dst.update(repeating: 0, count: OW); continue }
                            let src = plane + ih * W - P + kj
                            if lo > 0 { dst.update(repeating: 0, count: lo) }
                            if S == 1 { (dst + lo).update(from: src + lo, count: hi - lo) }
                            else if S == 2 { for ow in lo..<hi { dst[ow] = src[2 * ow] } }
                            else { for ow in lo..<hi { dst[ow] = src[ow * S] } }
                            if hi < OW { (dst + hi).update(repeating: 0, count: OW - hi) }
                        }
                    }
                }
            }
        }
    }
}

/// Output positions `lo..<hi` whose input column `ow·S - P + kj` lies inside `0..<W`.
@inline(__always)
func validRange(_ kj: Int, _ P: Int, _ S: Int, _ W: Int, _ OW: Int) -> (Int, Int) {
    let first = P - kj
    let lo = first <= 0 ? 0 : (first + S - 1) / S
    let last = W - 1 + P - kj
    let hi = last < 0 ? 0 : Swift.min(OW, last / S + 1)
    return (Swift.min(lo, OW), hi)
}

/// Columns `[C·kH·kW, B·OH·OW]` → image `[B, C, H, W]`, summing overlapping windows (overwrites image).
func col2im(_ cols: UnsafeMutablePointer<Float>, _ g: ConvGeometry, _ image: UnsafeMutablePointer<Float>) {
    let (C, H, W, KH, KW, S, P) = (g.imageChannels, g.imageH, g.imageW, g.kernelH, g.kernelW, g.stride, g.padding)
    let (OH, OW, B) = (g.gridH, g.gridW, g.batch)
    let n = B * OH * OW
    let width = min(EngineThreads.parallelWidth, B)
    parallelChunks(width, work: C * KH * KW * n) { chunk in
        let b0 = B * chunk / width, b1 = B * (chunk + 1) / width
        for c in 0..<C {
            for b in b0..<b1 { (image + (b * C + c) * H * W).update(repeating: 0, count: H * W) }
            for ki in 0..<KH {
                for kj in 0..<KW {
                    let row = cols + ((c * KH + ki) * KW + kj) * n
                    let (lo, hi) = validRange(kj, P, S, W, OW)
                    if lo >= hi { continue }
                    for b in b0..<b1 {
                        let plane = image + (b * C + c) * H * W
                        for oh in 0..<OH {
                            let ih = oh * S - P + ki
                            if ih < 0 || ih >= H { continue }
                            let src = row + (b * OH + oh) * OW
                            let dst = plane + ih * W - P + kj
                            if S == 1 { for ow in lo..<hi { dst[ow] += src[ow] } }
                            else if S == 2 { for ow in lo..<hi { dst[2 * ow] += src[ow] } }
                            else { for ow in lo..<hi { dst[ow * S] += src[ow] } }
                        }
                    }
                }
            }
        }
    }
}

/// `[A, B, inner]` → `[B, A, inner]` (swaps the two leading axes), optionally adding `bias[a]`.
func swapLeadingAxes(_ src: UnsafeMutablePointer<Float>, a: Int, b: Int, inner: Int,
                     _ dst: UnsafeMutablePointer<Float>, bias: UnsafeMutablePointer<Float>? = nil) {
    for i in 0..<a {
        let add = bias?[i] ?? 0
        for j in 0..<b {
            let s = src + (i * b + j) * inner, d = dst + (j * a + i) * inner
            if bias == nil { d.update(from: s, count: inner) } else { for k in 0..<inner { d[k] = s[k] + add } }
        }
    }
}
