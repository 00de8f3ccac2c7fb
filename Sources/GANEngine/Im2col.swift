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

/// Runs `body(chunk)` for `chunks` independent chunks, each worker of the engine's loop width
/// taking every `width`-th chunk on its own thread (`body(chunk, worker)`); serial when the width
/// is 1 or there is one chunk. Use for loops whose chunks write disjoint memory and call only
/// single-threaded kernels, so one fork-join covers a whole layer. Callers that keep per-worker
/// buffers pass the `width` they sized them for (the engine's width may change meanwhile).
func distributeChunks(_ chunks: Int, width: Int = EngineThreads.parallelWidth, _ body: (_ chunk: Int, _ worker: Int) -> Void) {
    let width = Swift.max(1, Swift.min(width, chunks))
    parallelChunks(width, work: .max) { worker in
        for i in Swift.stride(from: worker, to: chunks, by: width) { body(i, worker) }
    }
}

/// A batch cut into chunks of at most about `target` samples for `distributeChunks`: their
/// number is a multiple of the engine's loop width (when the batch allows) and their sizes
/// differ by at most one, so every thread gets the same work. (Chunks of exactly `target`
/// samples left one thread idle: 64 samples in chunks of 56 gave the threads 56 and 8.)
/// Use only where no sum crosses a chunk boundary, so the cut does not change results.
struct BatchChunks {
    let batch: Int
    let count: Int

    init(batch: Int, target: Int, width: Int = EngineThreads.parallelWidth) {
        self.batch = batch
        let needed = (batch + Swift.max(1, target) - 1) / Swift.max(1, target)
        let w = Swift.max(1, width)
        count = Swift.max(1, Swift.min(batch, (needed + w - 1) / w * w))
    }

    func start(_ index: Int) -> Int { batch * index / count }
    func size(_ index: Int) -> Int { batch * (index + 1) / count - batch * index / count }
    /// The most samples any chunk holds.
    var largest: Int { (batch + count - 1) / count }
}

/// Wraps a value for a hand-off whose thread safety the caller guarantees (disjoint writes).
struct UncheckedSendableBox<T>: @unchecked Sendable { let value: T }

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
func swapLeadingAxes(_ src: UnsafeMutablePointer<Float>, a: Int, b: Int, inner: Int,
                     _ dst: UnsafeMutablePointer<Float>, bias: UnsafeMutablePointer<Float>? = nil) {
    forEachRange(a, work: a * b * inner, minimumWork: 1 << 16) { range in
        swapLeadingAxes(src, rows: range, b: b, a: a, inner: inner, dst, bias: bias)
    }
}

/// `swapLeadingAxes` for the leading indices `rows` only.
private func swapLeadingAxes(_ src: UnsafeMutablePointer<Float>, rows: Range<Int>, b: Int, a: Int, inner: Int,
                             _ dst: UnsafeMutablePointer<Float>, bias: UnsafeMutablePointer<Float>?) {
    for i in rows {
        let add = bias?[i] ?? 0
        for j in 0..<b {
            let s = src + (i * b + j) * inner, d = dst + (j * a + i) * inner
            if bias == nil { d.update(from: s, count: inner) } else { for k in 0..<inner { d[k] = s[k] + add } }
        }
    }
}
