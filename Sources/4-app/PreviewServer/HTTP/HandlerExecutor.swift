import Dispatch

/// Runs the preview server's request handlers on threads of their own (a concurrent dispatch
/// queue) instead of Swift's shared concurrency pool. The pool has one thread per core; a build
/// or another long synchronous job holding those threads would otherwise delay every reply —
/// under the full parallel test run a plain request waited over a minute. With this executor as
/// the handler task's preference, the handler and the default actors it calls (`BuildState`)
/// run here (SE-0417).
final class HandlerExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = HandlerExecutor()

    private let queue = DispatchQueue(label: "ganbook.serve.handlers", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
