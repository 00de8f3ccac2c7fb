import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How to start a cell worker: an executable and its arguments (`ganbook cell-worker`).
public struct WorkerCommand: Sendable, Equatable {
    public var executable: String
    public var arguments: [String]

    public init(executable: String, arguments: [String] = ["cell-worker"]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// This process's own executable re-run as `cell-worker` (what `ganbook` uses).
    public static func currentExecutable(arguments: [String] = ["cell-worker"]) -> WorkerCommand {
        #if os(Linux)
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        #else
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        return WorkerCommand(executable: path, arguments: arguments)
    }
}

/// How a worker process ended, as a cell's error says it.
enum WorkerExit: Equatable {
    case signal(Int32)
    case status(Int32)

    /// `the worker process was killed by SIGSEGV (stack overflow?)`.
    var description: String {
        switch self {
        case .signal(let number):
            return "the worker process was killed by \(Self.name(of: number))" + (Self.hint(for: number).map { " (\($0))" } ?? "")
        case .status(let code):
            return "the worker process exited unexpectedly with status \(code)"
        }
    }

    static func name(of signal: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP",
                                      SIGABRT: "SIGABRT", SIGKILL: "SIGKILL", SIGFPE: "SIGFPE", SIGTERM: "SIGTERM",
                                      SIGINT: "SIGINT", SIGPIPE: "SIGPIPE", SIGXCPU: "SIGXCPU"]
        return names[signal] ?? "signal \(signal)"
    }

    static func hint(for signal: Int32) -> String? {
        switch signal {
        case SIGSEGV, SIGBUS: return "stack overflow?"
        case SIGILL, SIGTRAP: return "a Swift runtime trap: arithmetic overflow, an index out of range or a failed allocation?"
        case SIGABRT: return "aborted: out of memory?"
        case SIGKILL: return "out of memory? the system's OOM killer sends SIGKILL"
        default: return nil
        }
    }
}

/// One running `ganbook cell-worker` process: its pid and the two pipes.
final class WorkerProcess: @unchecked Sendable {
    let pid: pid_t
    /// Write end of the worker's stdin.
    private var input: Int32
    /// Read end of the worker's stdout.
    private let output: Int32
    /// Read end of the worker's stderr (-1 once it reached EOF).
    private var errors: Int32
    /// The last bytes the worker wrote to stderr (a Swift trap's `Fatal error: …` line).
    private var errorTail: [UInt8] = []
    private let lock = NSLock()
    private var exit: WorkerExit?

    /// What reading the next message gave.
    enum Next {
        case message(WorkerMessage)
        case timedOut
        case exited(WorkerExit)
    }

    /// Starts the worker and waits for its `.ready`.
    /// - Throws: `WorkerStartError` when it cannot be started or does not answer.
    init(command: WorkerCommand) throws {
        let spawned = try WorkerSpawner.shared.spawn([command.executable] + command.arguments)
        (pid, input, output, errors) = (spawned.pid, spawned.input, spawned.output, spawned.errors)
        switch next(deadline: .now + .seconds(60)) {
        case .message(.ready(let version, _)) where version == WorkerProtocol.version:
            return
        case .message(.ready(let version, _)):
            kill()
            throw WorkerStartError(command: command, reason: "\(WorkerFrameError.versionMismatch(parent: WorkerProtocol.version, worker: version))")
        case .message(let other):
            kill()
            throw WorkerStartError(command: command, reason: "it sent \(other) before .ready")
        case .timedOut:
            kill()
            throw WorkerStartError(command: command, reason: "it did not answer within 60 s")
        case .exited(let exit):
            throw WorkerStartError(command: command, reason: exit.description)
        }
    }

    deinit {
        kill()
        Foundation.close(output)
        if errors >= 0 { Foundation.close(errors) }
    }

    /// Sends a job; false when the worker is gone.
    func send(_ job: WorkerJob) -> Bool {
        guard let frame = try? WorkerFrame.encode(job) else { return false }
        return (try? WorkerFrame.write(frame, to: input)) != nil
    }

    /// The next message, waiting at most until `deadline` (nil: no limit). After `.exited`, the
    /// process is reaped.
    func next(deadline: ContinuousClock.Instant?) -> Next {
        if let exit = lock.withLock({ exit }) { return .exited(exit) }
        while true {
            var descriptors = [pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            var timeout: Int32 = -1
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                if left <= .zero { return .timedOut }
                let (seconds, attoseconds) = left.components
                timeout = Int32(min(Int64(Int32.max), seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
            }
            let ready = poll(&descriptors, 2, timeout)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }  // the deadline check above ends the wait
            if descriptors[1].revents != 0 { readErrors() }
            if descriptors[0].revents != 0 { break }
        }
        do {
            if let frame = try WorkerFrame.read(from: output) {
                return .message(try JSONDecoder().decode(WorkerMessage.self, from: frame))
            }
        } catch {
            // A torn frame: the worker died while writing, or sent garbage; it is ended below.
        }
        return .exited(reap(killFirst: false))
    }

    /// Appends what the worker wrote to stderr to `errorTail` (the last 16 KB are kept).
    private func readErrors() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let got = buffer.withUnsafeMutableBytes { Foundation.read(errors, $0.baseAddress, $0.count) }
        if got <= 0 {
            if got == 0 || errno != EINTR {
                Foundation.close(errors)
                errors = -1
            }
            return
        }
        errorTail += buffer[..<got]
        if errorTail.count > 16_384 { errorTail.removeFirst(errorTail.count - 16_384) }
    }

    /// The worker's own last words: its `Fatal error: …` line (a Swift trap), if it wrote one.
    func crashReport() -> String? {
        while errors >= 0 {
            var descriptor = pollfd(fd: errors, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) > 0 else { break }
            readErrors()
        }
        let text = String(decoding: errorTail, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.contains("Fatal error") }) else { return nil }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 300 ? String(trimmed.prefix(300)) + "…" : trimmed
    }

    /// Ends the worker at once (SIGKILL) and reaps it.
    @discardableResult
    func kill() -> WorkerExit {
        reap(killFirst: true)
    }

    /// Sends SIGKILL without waiting (safe from any thread, e.g. a cancellation).
    func signalKill() {
        if lock.withLock({ exit == nil }) { Foundation.kill(pid, SIGKILL) }
    }

    /// Closes the worker's stdin (it exits at EOF) and reaps it, killing it after `grace`.
    func finish(grace: Duration = .seconds(2)) {
        closeInput()
        let deadline = ContinuousClock.now + grace
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                lock.withLock { exit = Self.exit(of: status) }
                return
            }
            usleep(5_000)
        }
        kill()
    }

    private func closeInput() {
        lock.withLock {
            if input >= 0 { Foundation.close(input); input = -1 }
        }
    }

    private func reap(killFirst: Bool) -> WorkerExit {
        if let exit = lock.withLock({ exit }) { return exit }
        if killFirst { Foundation.kill(pid, SIGKILL) }
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, 0) } while result < 0 && errno == EINTR
        let ended = result == pid ? Self.exit(of: status) : .signal(SIGKILL)
        closeInput()
        lock.withLock { if exit == nil { exit = ended } }
        return lock.withLock { exit! }
    }

    private static func exit(of status: Int32) -> WorkerExit {
        let signal = status & 0x7F
        return signal != 0 ? .signal(signal) : .status((status >> 8) & 0xFF)
    }
}

/// A worker that could not be started.
public struct WorkerStartError: Error, CustomStringConvertible {
    var command: WorkerCommand
    var reason: String
    public var description: String { "error: cannot start the cell worker \(command.executable) \(command.arguments.joined(separator: " ")): \(reason)" }
}
