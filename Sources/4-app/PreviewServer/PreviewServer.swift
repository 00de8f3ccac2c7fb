import Foundation
import Build

/// `ganbook serve`: serves the built site on 127.0.0.1, rebuilds when a lesson changes, and
/// tells open pages to reload (or to show the build errors).
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

    public init(options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.log = log
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
        await rebuild()
        let watcher = Task.detached { [self] in await watch() }
        defer { watcher.cancel() }
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

    /// Rebuilds the site; on failure the previous site stays and the errors go to the pages.
    public func rebuild() async {
        let started = ContinuousClock.now
        do {
            let builder = SiteBuilder(options: options, events: { [log] event in
                if let line = Self.shown(event) { log(line) }
            })
            // Failed cells show their errors in the page itself, so the page reloads to them.
            let summary = try rebuildLock.withLock { try builder.build() }
            summary.problems.forEach { log($0.description) }
            await state.finished(errors: [], ranCells: summary.ranCells.sorted())
            log("rebuilt in \(started.duration(to: .now).formatted(.units(allowed: [.milliseconds])))")
        } catch {
            let lines = String(describing: error).split(separator: "\n").map(String.init)
            await state.finished(errors: lines)
            lines.forEach(log)
        }
    }

    /// What the terminal of `serve` shows of a rebuild: lessons and cells that run, and
    /// warnings; not the steps of every rebuild.
    static func shown(_ event: BuildEvent) -> String? {
        switch event {
        case .run, .warning: return event.line
        case .step, .waitingForLock: return nil
        }
    }

    private func watch() async {
        var watcher = LessonWatcher(folder: options.lessonsFolder)
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(200))
            if watcher.changed() { await rebuild() }
        }
    }

    func makeServer() -> LoopbackHTTPServer {
        let handler = PreviewHandler(resolver: SiteFileResolver(root: options.outputFolder), state: state)
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
