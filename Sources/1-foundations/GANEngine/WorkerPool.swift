// The engine's own fork-join threads: workers that spin briefly between jobs, then park.
//
// Why not `DispatchQueue.concurrentPerform`: Dispatch parks its workers as soon as a job ends, so
// every parallel loop paid a wake-up before the second thread started. A DCGAN-28 step has 66
// fork-joins; measured inside them, the second thread started on average ~50 µs late, 3.4–3.6 ms
// of a ~70 ms step, during which the caller finished its half and waited. Here a worker keeps
// polling for the next job for `spinNanoseconds` (the gaps inside a training step are shorter),
// then sleeps on a condition variable. The spin is short on purpose: OpenBLAS's threads spin
// for ~0.1 s and then fight the engine's loops for the two cores (see `splitSgemm`).
import Foundation
import Synchronization

final class WorkerPool: @unchecked Sendable {
    /// The pool every parallel loop of the engine uses.
    static let shared = WorkerPool()

    /// How long an idle worker polls for the next job before it sleeps.
    static let spinNanoseconds: UInt64 = 500_000

    /// One worker's mailbox: `job` and `chunks` are written by the submitting thread while the
    /// worker is idle, then published by storing a new `ticket`.
    private final class Slot: @unchecked Sendable {
        let ticket = Atomic<Int>(0)
        var job: ((Int) -> Void)?
        var chunks = 0, participants = 0, index = 0
    }

    /// Held by the thread whose job the workers run; a second submitter runs its chunks itself.
    private let submission = NSLock()
    private let parking = NSCondition()
    private let unfinished = Atomic<Int>(0)
    private var slots: [Slot] = []
    private var tickets = 0

    /// Threads that can run at once; more would only take turns (and polling ones would take
    /// the turns of working ones: four threads on two cores made a DCGAN-28 step 1.6× slower).
    static let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Runs `body(i)` for every `i` in `0..<chunks`, chunk `i` on participant `i % n` of `n =
    /// min(chunks, threads, cores)` threads (the caller is participant 0), and returns when all
    /// are done. Runs serially when called from inside a job or while another thread's job runs.
    func run(_ chunks: Int, threads: Int, _ body: (Int) -> Void) {
        let participants = Swift.min(chunks, threads, Self.cores)
        guard participants > 1, submission.try() else {
            for i in 0..<chunks { body(i) }
            return
        }
        defer { submission.unlock() }
        while slots.count < participants - 1 { spawnWorker() }
        withoutActuallyEscaping(body) { body in
            tickets += 1
            unfinished.store(participants - 1, ordering: .sequentiallyConsistent)
            for w in 1..<participants {
                let slot = slots[w - 1]
                slot.job = body
                slot.chunks = chunks
                slot.participants = participants
                slot.index = w
                slot.ticket.store(tickets, ordering: .sequentiallyConsistent)
            }
            parking.lock()
            parking.broadcast()
            parking.unlock()
            for i in Swift.stride(from: 0, to: chunks, by: participants) { body(i) }
            // Poll for the workers; yield the core after a while in case they need it (more threads than cores).
            var polls = 0
            while unfinished.load(ordering: .acquiring) > 0 {
                polls += 1
                if polls > 1 << 16 { sched_yield() }
            }
            for w in 1..<participants { slots[w - 1].job = nil }
        }
    }

    private func spawnWorker() {
        let slot = Slot()
        slots.append(slot)
        let thread = Thread { [self] in self.serve(slot) }
        thread.name = "ganbook-engine-\(slots.count)"
        thread.start()
    }

    /// A worker's loop: wait for a new ticket (polling, then parked), run its chunks, report.
    private func serve(_ slot: Slot) {
        var seen = 0
        while true {
            var ticket = slot.ticket.load(ordering: .acquiring)
            if ticket == seen {
                let start = DispatchTime.now().uptimeNanoseconds
                var polls = 0
                while ticket == seen {
                    polls += 1
                    if polls & 255 == 0, DispatchTime.now().uptimeNanoseconds - start > Self.spinNanoseconds {
                        parking.lock()
                        while slot.ticket.load(ordering: .sequentiallyConsistent) == seen { parking.wait() }
                        parking.unlock()
                    }
                    ticket = slot.ticket.load(ordering: .acquiring)
                }
            }
            seen = ticket
            if let job = slot.job {
                for i in Swift.stride(from: slot.index, to: slot.chunks, by: slot.participants) { job(i) }
            }
            unfinished.subtract(1, ordering: .releasing)
        }
    }
}
