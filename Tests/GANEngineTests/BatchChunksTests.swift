import Testing
@testable import GANEngine

/// How convolutions cut a batch into chunks for the engine's threads.
struct BatchChunksTests {
    @Test(arguments: [(64, 56, 2), (64, 20, 2), (64, 5, 2), (64, 64, 2), (64, 1, 2), (7, 3, 2), (3, 100, 2), (1, 8, 2), (64, 20, 3), (10, 4, 1)])
    func chunksCoverTheBatchEvenly(batch: Int, target: Int, width: Int) {
        let chunks = BatchChunks(batch: batch, target: target, width: width)
        let sizes = (0..<chunks.count).map(chunks.size)
        #expect(sizes.reduce(0, +) == batch)
        #expect((0..<chunks.count).allSatisfy { chunks.start($0) == sizes.prefix($0).reduce(0, +) })
        #expect(sizes.allSatisfy { $0 >= 1 && $0 <= chunks.largest })
        #expect(sizes.max()! - sizes.min()! <= 1)
        #expect(chunks.largest <= max(target, (batch + width - 1) / width))
        guard batch >= width else { return }
        #expect(chunks.count % width == 0)
        // Each thread of distributeChunks (every width-th chunk) gets the same number of samples, ± one per chunk.
        let perThread = (0..<width).map { w in Swift.stride(from: w, to: chunks.count, by: width).map { sizes[$0] }.reduce(0, +) }
        #expect(perThread.max()! - perThread.min()! <= chunks.count / width)
    }
}
