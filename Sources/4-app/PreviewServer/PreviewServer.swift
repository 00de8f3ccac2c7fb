import Foundation
import Build
import Notebook

/// `ganbook serve`: serves the built site on 127.0.0.1, rebuilds when a lesson changes, and
/// tells open pages to reload (or to show the build errors). Pages can edit and run a cell
/// (``CellEditing``); builds run on the private ``ServeOverlay``, never on the course's freeze.
///
/// HTTP is `LoopbackHTTPServer`, a small server of its own with limits on head size, head
/// time, connections and `Host` (see `HTTPLimits`); FlyingFox, used before, offered none of
/// them, and Hummingbird (SwiftNIO) would add minutes to a clean build for a static preview.
public final class PreviewServer: @unchecked Sendable {
    public let options: BuildOptions
    public let port: UInt16
    public let state = BuildState()
    private let log: @Sendable (String) -> Void
    private let rebuildLock = NSLock()

    /// The course's lessons folder (`options.lessonsFolder`); builds read the overlay's mirror.
    public var lessonsFolder: String { options.lessonsFolder }
    public let overlay: ServeOverlay
    /// The per-process secret embedded in served pages and required on every state-changing request.
    public let token: String
    /// The cell running now and its progress, for the page.
    let progress = LiveProgress()
    let watcher: WatcherBox

    public init(options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        overlay = ServeOverlay(lessons: options.lessonsFolder)
        token = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
        watcher = WatcherBox(LessonWatcher(folder: options.lessonsFolder))
        self.log = { [overlay] line in log(overlay.realPaths(in: line)) }
    }

    /// What each client may cost the server.
    public var limits = HTTPLimits()

    /// The running HTTP server, for `stop()`.
    private let running = RunningServer()

    /// Builds once, then serves and watches until `stop()` (or the task is cancelled).
    /// - Throws: `PreviewError.cannotListen` when the port is taken.
    public func run() async throws {
        let server = makeServer()
        try server.start()
        running.set(server)
        do { try overlay.seed() } catch { log("error: cannot prepare \(overlay.root): \(error)") }
        await rebuild()
        let watching = Task.detached { [self] in await watch() }
        defer { watching.cancel() }
        log("serving \(options.outputFolder) at http://127.0.0.1:\(port)/ (watching \(options.lessonsFolder); Ctrl-C stops)")
        while !server.isStopped && !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(200))
        }
        server.stop()
    }

    /// Stops serving; `run()` then returns.
    public func stop() async {
        running.server?.stop()
    }

    /// The cancellation of the rebuild in progress (nil: none runs).
    private var active: RunCancellation?
    private let activeLock = NSLock()

    /// How a rebuild ended.
    public enum RebuildOutcome: Sendable, Equatable {
        /// The site was written; `ran` lists `slug#name` of the cells that ran.
        case built(ran: [String])
        /// The build stopped with these errors (the previous site stays).
        case failed([String])
        /// ``cancelRunningRebuild()`` stopped it.
        case cancelled
    }

    /// Rebuilds the site; on failure the previous site stays and the errors go to the pages. A
    /// rebuild cancelled by ``cancelRunningRebuild()`` changes nothing the pages see. `inPlace`:
    /// a cell run from a page, whose pages update their cells without reloading.
    @discardableResult
    public func rebuild(cancellation: RunCancellation = RunCancellation(), inPlace: Bool = false,
                        page: String? = nil) async -> RebuildOutcome {
        let started = ContinuousClock.now
        activeLock.withLock { active = cancellation }
        defer { activeLock.withLock { if active === cancellation { active = nil } } }
        var options = self.options
        options.cancellation = cancellation
        options.lessonsFolder = overlay.shadow
        // A cell run from a page renders only the pages it changed (the rest of the site stays).
        if inPlace, let page { options.onlyPages = [page] }
        let progress = self.progress
        nonisolated(unsafe) let builder = SiteBuilder(options: options, events: { [log] event in
            if case .run(.cellStarted(let slug, let cell)) = event { progress.started(slug + "#" + cell) }
            if case .run(.cellFinished) = event { progress.stopped() }
            if let line = Self.shown(event) { log(line) }
        }, progress: progress)
        // On a thread of its own: cells may run for minutes, and the watcher must go on watching.
        let result: Result<SiteBuilder.Summary, Error> = await withCheckedContinuation { [overlay] continuation in
            let thread = Thread { [rebuildLock] in
                continuation.resume(returning: Result { try rebuildLock.withLock { try overlay.sync(); return try builder.build() } })
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        switch result {
        case .success(let summary):
            // Failed cells show their errors in the page itself, so the page reloads to them.
            summary.problems.forEach { log($0.description) }
            await state.finished(errors: [], ranCells: summary.ranCells.sorted(), inPlace: inPlace)
            log("rebuilt in \(started.duration(to: .now).formatted(.units(allowed: [.milliseconds])))")
            return .built(ran: summary.ranCells.sorted())
        case .failure(NotebookError.cancelled):
            progress.stopped()
            log("stopped the running cells after \(started.duration(to: .now).formatted(.units(allowed: [.milliseconds])))")
            return .cancelled
        case .failure(let error):
            progress.stopped()
            let lines = overlay.realPaths(in: String(describing: error)).split(separator: "\n").map(String.init)
            await state.finished(errors: lines, inPlace: inPlace)
            lines.forEach(log)
            return .failed(lines)
        }
    }

    /// Runs a rebuild for a cell run from a page: stops the one in progress first (a second
    /// 运行 replaces the first), then rebuilds with in-place updates.
    func rebuildForEdit(page: String) async -> RebuildOutcome {
        cancelRunningRebuild()
        while isRebuilding { try? await Task.sleep(for: .milliseconds(10)) }
        let cancellation = RunCancellation()
        return await rebuild(cancellation: cancellation, inPlace: true, page: page)
    }

    /// Stops the cells of the rebuild in progress (their worker is killed); returns whether one ran.
    @discardableResult
    public func cancelRunningRebuild() -> Bool {
        guard let running = activeLock.withLock({ active }) else { return false }
        running.cancel()
        return true
    }

    var isRebuilding: Bool { activeLock.withLock { active != nil } }

    /// What the terminal of `serve` shows of a rebuild: lessons and cells that run, and
    /// warnings; not the steps of every rebuild.
    static func shown(_ event: BuildEvent) -> String? {
        switch event {
        case .run, .warning: return event.line
        case .step, .waitingForLock: return nil
        }
    }

    /// Polls the lessons; a change while a rebuild runs cancels it, and the next rebuild starts
    /// as soon as it has stopped.
    private func watch() async {
        var pending = false
        var building: Task<Void, Never>?
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(200))
            if watcher.changed() {
                pending = true
                cancelRunningRebuild()
            }
            if pending, !isRebuilding {
                await building?.value
                pending = false
                // Registered before the rebuild starts, so that the next change can cancel it.
                let cancellation = RunCancellation()
                activeLock.withLock { active = cancellation }
                building = Task.detached { [self] in await rebuild(cancellation: cancellation) }
            }
        }
    }

    func makeServer() -> LoopbackHTTPServer {
        let handler = PreviewHandler(resolver: SiteFileResolver(root: options.outputFolder), state: state,
                                     editing: CellEditing(server: self))
        return LoopbackHTTPServer(port: port, limits: limits) { request in await handler.handle(request) }
    }
}

/// Errors of the preview server.
public enum PreviewError: Error, CustomStringConvertible {
    case cannotListen(port: UInt16, reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let port, let reason):
            let hint = reason.contains("in use") || reason.contains("98") ? "the port is in use (choose another with --port)" : reason
            return "error: cannot listen on 127.0.0.1:\(port): \(hint)"
        }
    }
}

/// Holds the HTTP server once `run()` has made it.
private final class RunningServer: @unchecked Sendable {
    private let lock = NSLock()
    private var current: LoopbackHTTPServer?
    var server: LoopbackHTTPServer? { lock.withLock { current } }
    func set(_ server: LoopbackHTTPServer) { lock.withLock { current = server } }
}

/// The lesson watcher, shared by the watch loop and the page's saves: a save writes its file and
/// marks it seen under the same lock, so the watcher never takes serve's own write for an edit.
final class WatcherBox: @unchecked Sendable {
    private let lock = NSLock()
    private var watcher: LessonWatcher

    init(_ watcher: LessonWatcher) { self.watcher = watcher }

    /// Whether anything changed since the last call.
    func changed() -> Bool { lock.withLock { watcher.changed() } }

    /// Runs `write` (which writes `file`, relative to the lessons folder) and marks the file seen.
    func writing<T>(_ file: String, _ write: () throws -> T) rethrows -> T {
        try lock.withLock {
            let result = try write()
            watcher.accept(file)
            return result
        }
    }
}
