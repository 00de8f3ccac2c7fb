import Builtins
import Course
import Foundation
import GANEngine

/// Runs one lesson's cells in cell worker processes, as `LessonRunner.runIncrementally` does in
/// this process, with the same outputs. A crash of the worker (any signal, an unexpected exit) or
/// a cell past its `timeout` (the parent kills the worker, so the limit holds inside one long
/// engine operation) becomes that cell's error at its fence; the cells that depend on it are
/// skipped, and a new worker runs the rest, restoring what they need from the snapshots the
/// cells before left. Only this process writes the freeze's figures and the snapshots.
public final class WorkerLessonRun {
    public let plan: LessonPlan
    let courseSeed: UInt64
    let lessonsFolder: String
    let allowRawHTML: Bool
    let store: FreezeStore
    let snapshots: SnapshotStore?
    let pool: CellWorkerPool
    let cancellation: RunCancellation?
    /// A worker is killed this long after a cell's `timeout` when the interpreter, which checks
    /// its own deadline between steps, has not stopped the cell first (inside an engine op).
    public var grace: Duration = .seconds(1)

    public var progress: ProgressSink = SilentProgress()
    public var onCellStarted: (CellSource) -> Void = { _ in }
    public var onCellFinished: (FrozenCell) -> Void = { _ in }
    /// Text a cell prints, as the worker reports it.
    public var onPrinted: (Int, String) -> Void = { _, _ in }
    /// A restore failed; the whole lesson runs instead.
    public var onSnapshotFallback: (String) -> Void = { _ in }

    public init(plan: LessonPlan, courseSeed: UInt64, lessonsFolder: String, allowRawHTML: Bool, store: FreezeStore,
                snapshots: SnapshotStore?, pool: CellWorkerPool, cancellation: RunCancellation? = nil) {
        self.plan = plan
        self.courseSeed = courseSeed
        self.lessonsFolder = lessonsFolder
        self.allowRawHTML = allowRawHTML
        self.store = store
        self.snapshots = snapshots
        self.pool = pool
        self.cancellation = cancellation
    }

    /// Runs the cells in `mustRun` and whatever they need (see `RestorePlan`).
    /// - Throws: `NotebookError.cancelled`, `WorkerStartError`, or `NotebookError.workerRejected`.
    public func run(previous: FrozenLesson, mustRun: Set<Int>) throws -> IncrementalRunSummary {
        var state = State(previous: previous, pending: mustRun)
        var jobs = 0
        while true {
            jobs += 1
            if jobs > plan.cells.count + 3 { throw NotebookError.workerRejected(path: plan.lesson.path, reason: "the cell worker kept failing") }
            if cancellation?.isCancelled == true { throw NotebookError.cancelled }
            let outcome = try runJob(&state)
            switch outcome {
            case .done:
                return state.summary(plan: plan)
            case .fallback(let reason):
                onSnapshotFallback(reason)
                state = State(previous: FrozenLesson(), pending: Set(plan.cells.indices))
                state.fellBack = true
            case .workerEnded(nil, _, _) where !state.retriedLostWorker && !state.heardFromWorker:
                // The worker died before it said anything about this job (killed while idle): try once more.
                state.retriedLostWorker = true
            case .workerEnded(let cell, let message, let seconds):
                fail(cell: cell, message: message, seconds: seconds, state: &state)
                if state.pending.isEmpty { return state.summary(plan: plan) }
            }
        }
    }

    /// What the run has so far, across the workers it used.
    struct State {
        var previous: FrozenLesson
        var pending: Set<Int>
        var finished: [Int: FrozenCell] = [:]
        var printed: [Int: String] = [:]
        var assets: [String: [UInt8]] = [:]
        var ranForValues: [String] = []
        var restored: [String] = []
        var fellBack = false
        /// Whether the current job's worker sent any message, and whether a silent loss was retried.
        var heardFromWorker = false
        var retriedLostWorker = false

        func summary(plan: LessonPlan) -> IncrementalRunSummary {
            var frozen = FrozenLesson()
            frozen.cells = plan.cells.indices.compactMap { index in
                if let entry = finished[index] { return entry }
                guard var entry = previous.cell(named: plan.cells[index].name) else { return nil }
                entry.index = index
                return entry
            }
            let ran = finished.keys.sorted().map { plan.cells[$0].name }
            return IncrementalRunSummary(frozen: frozen, ran: ran, ranForValues: fellBack ? [] : ranForValues,
                                         restored: fellBack ? [] : restored, assets: assets)
        }
    }

    enum JobOutcome {
        case done
        case fallback(String)
        /// The worker ended (crash, timeout) while `cell` ran (nil: between cells).
        case workerEnded(cell: Int?, message: String, seconds: Double)
    }

    private func runJob(_ state: inout State) throws -> JobOutcome {
        let job = WorkerJob(lessonsFolder: lessonsFolder, lessonPath: plan.lesson.path, slug: plan.lesson.slug,
                            source: plan.lesson.source, allowRawHTML: allowRawHTML, courseSeed: courseSeed, keys: plan.keys,
                            mustRun: state.pending.sorted(), previous: state.previous, useSnapshots: snapshots != nil,
                            gemmThreads: EngineThreads.gemmWidth, loopThreads: EngineThreads.parallelWidth)
        var worker = try pool.take()
        if !worker.send(job) {
            // An idle worker that died while waiting: start a fresh one.
            worker.kill()
            worker = try pool.start()
            guard worker.send(job) else { return .workerEnded(cell: nil, message: "cell crashed: \(worker.kill().description)", seconds: 0) }
        }
        cancellation?.running(worker)
        defer { cancellation?.running(nil) }
        var current: Int?
        var deadline: ContinuousClock.Instant?
        var started = ContinuousClock.now
        state.heardFromWorker = false
        while true {
            switch worker.next(deadline: deadline) {
            case .message(let message):
                state.heardFromWorker = true
                switch message {
                case .ready:
                    continue
                case .cellStarted(let index):
                    guard plan.cells.indices.contains(index) else { continue }
                    current = index
                    started = .now
                    deadline = started + .milliseconds(Int(plan.cells[index].options.timeout * 1000)) + grace
                    state.printed[index] = nil
                    onCellStarted(plan.cells[index])
                case .printed(let index, let text):
                    state.printed[index, default: ""] += text
                    onPrinted(index, text)
                case .progress(let label, let step, let total, let values, let finished):
                    if finished { progress.finish(label: label) } else {
                        progress.update(label: label, step: step, total: total, values: values.map { ($0.name, $0.value) })
                    }
                case .live(let markup):
                    progress.live(markup)
                case .cellFinished(let entry, let assets):
                    for (name, data) in assets.sorted(by: { $0.key < $1.key }) {
                        let bytes = [UInt8](data)
                        let stored = store.assetPath(slug: plan.lesson.slug, file: name)
                        let written = try? store.storeAsset(slug: plan.lesson.slug, bytes: bytes,
                                                            extension: (name as NSString).pathExtension)
                        if written != name { throw NotebookError.workerRejected(path: stored, reason: "a figure's name does not match its content") }
                        state.assets[name] = bytes
                    }
                    finish(entry, state: &state)
                    current = nil
                    deadline = nil
                case .snapshot(let key, let seconds, let bytes):
                    snapshots?.write(slug: plan.lesson.slug, key: key, seconds: seconds, bytes: [UInt8](bytes))
                case .snapshotCorrupt(let path, let warning):
                    snapshots?.discardCorrupt(path: path, warning: warning)
                case .snapshotFallback(let reason):
                    pool.giveBack(worker)
                    return .fallback(reason)
                case .done(_, let ranForValues, let restored):
                    state.ranForValues += ranForValues
                    state.restored += restored
                    pool.giveBack(worker)
                    return .done
                case .rejected(let reason):
                    worker.kill()
                    throw NotebookError.workerRejected(path: plan.lesson.path, reason: reason)
                }
            case .timedOut:
                worker.kill()
                if cancellation?.isCancelled == true { throw NotebookError.cancelled }
                let limit = current.map { Self.seconds(plan.cells[$0].options.timeout) } ?? "?"
                return .workerEnded(cell: current, message: "cell exceeded its \(limit) s time limit (the worker running it was stopped)",
                                    seconds: LessonRunner.seconds(started.duration(to: .now)))
            case .exited(let exit):
                if cancellation?.isCancelled == true { throw NotebookError.cancelled }
                let report = worker.crashReport().map { "; it reported: \($0)" } ?? ""
                return .workerEnded(cell: current, message: "cell crashed: \(exit.description)\(report)",
                                    seconds: current == nil ? 0 : LessonRunner.seconds(started.duration(to: .now)))
            }
        }
    }

    /// Records a finished (or skipped) cell.
    private func finish(_ entry: FrozenCell, state: inout State) {
        // A cell a new worker ran again for its values is reported once.
        let first = state.finished[entry.index] == nil
        state.finished[entry.index] = entry
        state.pending.remove(entry.index)
        state.printed[entry.index] = nil
        if first { onCellFinished(entry) }
    }

    /// Records the cell the worker died in as failed at its fence (with what it printed) and
    /// skips the pending cells that depend on it; the next job runs the rest.
    private func fail(cell: Int?, message: String, seconds: Double, state: inout State) {
        guard let index = cell ?? state.pending.min() else { return }
        let source = plan.cells[index]
        let text = cell == nil ? message.replacingOccurrences(of: "cell crashed:", with: "cell crashed before it started:") : message
        let outputs: [CellOutput] = state.printed[index].map { [.text($0)] } ?? []
        let failure = CellFailure(message: text, line: source.fenceLine, column: 1,
                                  rendered: "\(plan.lesson.path):\(source.fenceLine):1: error: \(text)\n")
        finish(FrozenCell(name: source.name, index: index, key: plan.keys[index], ownHash: plan.ownHashes[index], versions: CellKey.engineVersion, outputs: outputs,
                          failure: failure, seconds: seconds, filesRead: [:]), state: &state)
        if !source.options.expectsError {
            let reason = "skipped: it depends on cell '\(source.name)', which failed"
            for other in state.pending.sorted() where CellDependencies.transitive(plan.dependencies, of: other).contains(index) {
                finish(FrozenCell(name: plan.cells[other].name, index: other, key: plan.keys[other], ownHash: plan.ownHashes[other], versions: CellKey.engineVersion,
                                  outputs: [], failure: nil, skippedBecause: reason, seconds: 0, filesRead: [:]), state: &state)
            }
        }
        // What the next worker sees as done: every entry so far.
        var merged = state.previous
        for (_, entry) in state.finished.sorted(by: { $0.key < $1.key }) {
            merged.cells.removeAll { $0.name == entry.name }
            merged.cells.append(entry)
        }
        state.previous = merged
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() && value < 1e15 ? String(Int(value)) : String(value)
    }
}
