import Builtins
import CellScript
import Course
import Foundation
import GANEngine

/// The worker's side of the protocol (`ganbook cell-worker`): reads jobs from stdin, runs each
/// lesson's cells in a fresh `LessonRunner` and reports on stdout. Never returns: it exits when
/// stdin reaches EOF (the parent closed it or died) and, on Linux, when the parent dies.
public enum CellWorkerLoop {
    /// - Parameter memoryBudget: bytes a cell may use beyond the worker's baseline before the
    ///   address-space backstop stops it (nil: `WorkerLimits.defaultBudget`).
    public static func run(memoryBudget: UInt64? = nil) -> Never {
        WorkerLifetime.dieWithParent()
        signal(SIGPIPE, SIG_IGN)
        // The protocol gets stdout's descriptor; anything else that prints to stdout goes to stderr.
        let channel = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let writer = MessageWriter(fd: channel)
        warmUp()
        WorkerLimits.limitAddressSpace(budget: memoryBudget ?? WorkerLimits.defaultBudget)
        writer.send(.ready(version: WorkerProtocol.version, pid: getpid()))
        let jobs = JobQueue()
        let reader = Thread {
            while true {
                guard let frame = try? WorkerFrame.read(from: STDIN_FILENO) else { _exit(0) }
                guard let job = try? JSONDecoder().decode(WorkerJob.self, from: frame) else {
                    FileHandle.standardError.write(Data("ganbook cell-worker: unreadable job\n".utf8))
                    _exit(3)
                }
                jobs.put(job)
            }
        }
        reader.stackSize = 1 << 20
        reader.start()
        let budget = memoryBudget ?? WorkerLimits.defaultBudget
        while true {
            WorkerSession(job: jobs.take(), writer: writer, budget: budget).run()
        }
    }

    /// Starts what every job uses (builtin catalog, an interpreter's cell thread, the engine's
    /// threads) before the baseline address space is measured.
    static func warmUp() {
        _ = try? BuiltinCatalog.shared()
        if let interpreter = try? Builtins.interpreter(context: BuiltinContext(lessonsFolder: ".")) {
            _ = interpreter.run("let warmUp = matmul(zeros([256, 256]), zeros([256, 256])).sum().item()", file: "warm-up", firstLine: 1)
        }
    }
}

/// One job in the worker.
struct WorkerSession {
    let job: WorkerJob
    let writer: MessageWriter
    /// The worker's own budget (`--memory-budget` or the default), the least the limit allows.
    let budget: UInt64

    func run() {
        guard job.version == WorkerProtocol.version else {
            return writer.send(.rejected(reason: "\(WorkerFrameError.versionMismatch(parent: job.version, worker: WorkerProtocol.version))"))
        }
        let plan: LessonPlan
        do {
            plan = try lessonPlan()
        } catch {
            return writer.send(.rejected(reason: "\(error)"))
        }
        guard plan.keys == job.keys else {
            return writer.send(.rejected(reason: "the lesson's cells differ from the ones the build planned"))
        }
        EngineThreads.set(gemm: job.gemmThreads, loops: job.loopThreads)
        // The address-space backstop must not stop a cell below the budget it asked for.
        WorkerLimits.fit(cellBudgets: plan.cells.compactMap(\.options.memory), defaultBudget: budget)
        let runner: LessonRunner
        do {
            runner = try LessonRunner(plan: plan, courseSeed: job.courseSeed, lessonsFolder: job.lessonsFolder,
                                      store: FreezeStore(lessonsFolder: job.lessonsFolder), progress: ForwardingProgress(writer: writer))
        } catch {
            return writer.send(.rejected(reason: "\(error)"))
        }
        runner.writesAssets = false
        if job.useSnapshots {
            let snapshots = SnapshotStore(lessonsFolder: job.lessonsFolder)
            snapshots.handOver = (snapshot: { [writer] _, key, seconds, bytes in writer.send(.snapshot(key: key, seconds: seconds, bytes: Data(bytes))) },
                                  corrupt: { [writer] path, warning in writer.send(.snapshotCorrupt(path: path, warning: warning)) })
            runner.snapshots = snapshots
        }
        var sent = Set<String>()
        var running: Int?
        runner.onCellStarted = { [writer] cell in
            running = plan.cells.firstIndex { $0.index == cell.index }
            if let running { writer.send(.cellStarted(index: running)) }
        }
        runner.onPrinted = { [writer] text in
            if let running { writer.send(.printed(index: running, text: text)) }
        }
        runner.onCellFinished = { [writer, unowned runner] entry in
            running = nil
            var made: [String: Data] = [:]
            for (name, bytes) in runner.assets where !sent.contains(name) {
                made[name] = Data(bytes)
                sent.insert(name)
            }
            writer.send(.cellFinished(entry, assets: made))
        }
        do {
            let summary = try runner.runIncrementally(previous: job.previous, mustRun: Set(job.mustRun))
            writer.send(.done(ran: summary.ran, ranForValues: summary.ranForValues, restored: summary.restored))
        } catch let error as SnapshotError {
            writer.send(.snapshotFallback(reason: "\(error)"))
        } catch {
            writer.send(.rejected(reason: "\(error)"))
        }
    }

    /// The lesson parsed from the text the parent sent.
    private func lessonPlan() throws -> LessonPlan {
        let split = try FrontMatter.split(job.source, path: job.lessonPath)
        let document = try LessonParser(allowRawHTML: job.allowRawHTML).parse(body: split.body, firstLine: split.bodyStartLine,
                                                                              path: job.lessonPath)
        let lesson = Lesson(slug: job.slug, path: job.lessonPath, title: split.frontMatter.title ?? job.slug,
                            order: split.frontMatter.order, summary: split.frontMatter.summary, seed: split.frontMatter.seed,
                            document: document, source: job.source)
        return LessonPlan(lesson: lesson, courseSeed: job.courseSeed)
    }
}

/// Writes messages to the parent, whole frames, from any thread.
final class MessageWriter: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()

    init(fd: Int32) { self.fd = fd }

    /// Sends `message`; a parent that is gone ends the worker.
    func send(_ message: WorkerMessage) {
        guard let frame = try? WorkerFrame.encode(message) else {
            FileHandle.standardError.write(Data("ganbook cell-worker: cannot encode \(message)\n".utf8))
            _exit(4)
        }
        lock.withLock {
            if (try? WorkerFrame.write(frame, to: fd)) == nil { _exit(0) }
        }
    }
}

/// `Progress` loops in the worker, reported to the parent.
final class ForwardingProgress: ProgressSink {
    let writer: MessageWriter
    init(writer: MessageWriter) { self.writer = writer }

    func update(label: String, step: Int, total: Int, values: [(String, Double)]) {
        writer.send(.progress(label: label, step: step, total: total, values: values.map { ProgressValue(name: $0.0, value: $0.1) },
                              finished: false))
    }

    func finish(label: String) {
        writer.send(.progress(label: label, step: 0, total: 0, values: [], finished: true))
    }

    func live(_ markup: String) {
        writer.send(.live(markup: markup))
    }
}

/// Jobs handed from the stdin reader to the main loop.
final class JobQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [WorkerJob] = []

    func put(_ job: WorkerJob) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func take() -> WorkerJob {
        condition.lock()
        defer { condition.unlock() }
        while jobs.isEmpty { condition.wait() }
        return jobs.removeFirst()
    }
}
