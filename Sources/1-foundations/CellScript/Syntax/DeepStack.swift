import Foundation

/// Runs the passes that recurse on a cell's tree (parsing, def/use and alias analysis) on a
/// thread whose stack holds the deepest tree the parser accepts, whichever thread asks.
///
/// A debug build's parser takes ~25 KB of stack per nesting level (release much less), so
/// ``Parser/maximumDepth`` levels need ~3 MB: more than a secondary thread has on macOS
/// (512 KB) and than some callers (test runners, server tasks) may have anywhere. Callers on a
/// thread with at least ``size`` of stack (the interpreter's cell thread) run in place.
///
/// ```swift
/// let analysis = DeepStack.run { CellAnalysis.analyze(statements) }
/// ```
enum DeepStack {
    /// Stack of the shared thread: reserved address space, touched only as deep as a parse goes.
    static let size = 64 << 20

    static func run<T>(_ body: () -> T) -> T {
        // In place on a big stack, and always on the shared thread itself (nested calls, e.g.
        // `functionDeclarations` analysing each function, must not wait for their own thread).
        if Thread.current.stackSize >= size || shared.isCurrent { return body() }
        var result: T?
        shared.perform { result = body() }
        guard let result else { preconditionFailure("DeepStack: the deep-stack thread did not run its work") }
        return result
    }

    private static let shared = DeepStackThread(stackSize: size)
}

/// One long-lived thread with a large stack; callers take turns (a lock) and wait for their work.
private final class DeepStackThread: @unchecked Sendable {
    private let turn = NSLock()
    private let workReady = DispatchSemaphore(value: 0)
    private let workDone = DispatchSemaphore(value: 0)
    private var work: (() -> Void)?
    private var thread: Thread?

    /// Whether the caller is this thread.
    var isCurrent: Bool { thread.map { $0 === Thread.current } ?? false }

    init(stackSize: Int) {
        let thread = Thread { [self] in
            while true {
                workReady.wait()
                work?()
                work = nil
                workDone.signal()
            }
        }
        thread.stackSize = stackSize
        self.thread = thread
        thread.start()
    }

    func perform(_ body: () -> Void) {
        turn.lock()
        defer { turn.unlock() }
        withoutActuallyEscaping(body) { escapable in
            work = escapable
            workReady.signal()
            workDone.wait()
        }
    }
}
