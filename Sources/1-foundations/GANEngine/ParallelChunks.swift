// Fork-join helpers for the engine's own parallel loops (run on `WorkerPool`).

/// Runs `body(chunkIndex)` for `chunks` chunks (disjoint batch ranges), in parallel when the work is large enough.
func parallelChunks(_ chunks: Int, work: Int, _ body: (Int) -> Void) {
    if chunks <= 1 || work < 1 << 15 || EngineThreads.parallelWidth <= 1 {
        for i in 0..<chunks { body(i) }
    } else {
        WorkerPool.shared.run(chunks, threads: EngineThreads.parallelWidth, body)
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
