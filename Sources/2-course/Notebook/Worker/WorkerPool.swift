import Foundation

/// Keeps cell workers between lessons and between rebuilds (`serve`), so that a job does not
/// wait for a worker to start: at most one idle worker, started again after a crash.
///
/// Each job still runs in a fresh interpreter inside the worker; only the process (its start-up,
/// builtin catalog and engine threads) is reused, as one `ganbook` process ran every lesson before.
public final class CellWorkerPool: @unchecked Sendable {
    public let command: WorkerCommand
    private let lock = NSLock()
    private var idle: WorkerProcess?

    public init(command: WorkerCommand) {
        self.command = command
    }

    /// Pids of every worker this pool started (tests check that none outlives its run).
    private(set) var started: [pid_t] = []

    /// A worker being started in the background by ``prestart()``.
    private var warming: Warming?

    private final class Warming: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<WorkerProcess, Error>?
        func get() throws -> WorkerProcess {
            done.wait()
            done.signal()
            return try result!.get()
        }
    }

    /// Starts a worker in the background when none is idle, so that its start-up (about 0.1 s)
    /// overlaps the build's loading and planning.
    public func prestart() {
        let box = lock.withLock { () -> Warming? in
            guard idle == nil, warming == nil else { return nil }
            warming = Warming()
            return warming
        }
        guard let box else { return }
        Thread.detachNewThread { [self] in
            box.result = Result { try start() }
            box.done.signal()
        }
    }

    /// An idle worker, the one being started, or a new one.
    func take() throws -> WorkerProcess {
        if let worker = lock.withLock({ () -> WorkerProcess? in defer { idle = nil }; return idle }) { return worker }
        if let box = lock.withLock({ () -> Warming? in defer { warming = nil }; return warming }), let worker = try? box.get() {
            return worker
        }
        return try start()
    }

    /// A new worker.
    func start() throws -> WorkerProcess {
        let worker = try WorkerProcess(command: command)
        lock.withLock { started.append(worker.pid) }
        return worker
    }

    /// The workers this pool started that are still alive.
    var living: [pid_t] {
        lock.withLock { started }.filter { kill($0, 0) == 0 }
    }

    /// Keeps `worker` for the next job (a second idle worker is ended).
    func giveBack(_ worker: WorkerProcess) {
        let surplus = lock.withLock { () -> WorkerProcess? in
            defer { idle = worker }
            return idle
        }
        surplus?.finish()
    }

    /// Ends the idle worker (closing its stdin; it exits at EOF) and kills one that was started
    /// but never used.
    public func shutDown() {
        lock.withLock { () -> WorkerProcess? in defer { idle = nil }; return idle }?.finish()
        if let box = lock.withLock({ () -> Warming? in defer { warming = nil }; return warming }) {
            (try? box.get())?.kill()
        }
    }

    deinit { shutDown() }
}

/// Cancels a run from another thread: `serve` calls ``cancel()`` when a lesson changes again
/// while its cells run; the worker running them is killed at once, and the run throws
/// `NotebookError.cancelled`.
public final class RunCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var running: WorkerProcess?

    public init() {}

    public var isCancelled: Bool { lock.withLock { cancelled } }

    public func cancel() {
        let worker = lock.withLock { () -> WorkerProcess? in
            cancelled = true
            return running
        }
        worker?.signalKill()
    }

    /// Registers the worker that is running cells now (nil: none); killed at once if already cancelled.
    func running(_ worker: WorkerProcess?) {
        let killNow = lock.withLock { () -> Bool in
            running = worker
            return cancelled
        }
        if killNow { worker?.signalKill() }
    }
}
