import Foundation
import Synchronization
import Testing
@testable import GANEngine

/// The engine's fork-join pool: every chunk runs exactly once, whatever the thread count, the
/// nesting, or how many threads submit jobs at the same time.
struct WorkerPoolTests {
    /// Runs one job on the shared pool and returns how often each chunk ran.
    static func counts(chunks: Int, threads: Int, work: ((Int) -> Void)? = nil) -> [Int] {
        let runs = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: chunks)
        for i in 0..<chunks { (runs + i).initialize(to: Atomic(0)) }
        defer { runs.deinitialize(count: chunks); runs.deallocate() }
        WorkerPool.shared.run(chunks, threads: threads) { i in
            runs[i].add(1, ordering: .relaxed)
            work?(i)
        }
        return (0..<chunks).map { runs[$0].load(ordering: .relaxed) }
    }

    @Test func everyChunkRunsOnceForAnyWidth() {
        // Widths go up and down, so workers left from a wider job must sit the narrower ones out.
        for threads in [3, 1, 2, 4, 2, 3, 1] {
            for chunks in [1, 2, 3, 5, 8, 9] {
                #expect(Self.counts(chunks: chunks, threads: threads) == Array(repeating: 1, count: chunks),
                        "chunks \(chunks), threads \(threads)")
            }
        }
    }

    @Test func aJobInsideAJobRunsSerially() {
        let inner = Atomic<Int>(0)
        let outer = Self.counts(chunks: 4, threads: 2) { _ in
            let nested = Self.counts(chunks: 3, threads: 2)
            if nested == [1, 1, 1] { inner.add(1, ordering: .relaxed) }
        }
        #expect(outer == [1, 1, 1, 1])
        #expect(inner.load(ordering: .relaxed) == 4)
    }

    @Test func concurrentSubmittersAllFinish() {
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { submitter in
            for job in 0..<200 {
                let chunks = 1 + (job + submitter) % 5
                if Self.counts(chunks: chunks, threads: 2) != Array(repeating: 1, count: chunks) {
                    failures.add(1, ordering: .relaxed)
                }
            }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
    }

    /// Jobs far apart find the workers parked; they must still be woken and finish.
    @Test func parkedWorkersWakeUp() {
        for _ in 0..<3 {
            Thread.sleep(forTimeInterval: 0.005)   // ten times the polling time
            #expect(Self.counts(chunks: 2, threads: 2) == [1, 1])
        }
    }
}
