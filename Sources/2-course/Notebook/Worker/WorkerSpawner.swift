import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts worker processes from one thread that lives as long as the process.
///
/// On Linux a worker asks to be killed when its parent dies (`PR_SET_PDEATHSIG`), and the kernel
/// means the parent *thread*: a worker spawned from a pool thread that later exits would be
/// killed with it. Spawning from this thread avoids that.
final class WorkerSpawner: @unchecked Sendable {
    static let shared = WorkerSpawner()

    private let condition = NSCondition()
    private var request: [String]?
    private var result: Result<SpawnedWorker, Error>?
    private let serial = NSLock()

    private init() {
        // A write to a worker that just died must fail with EPIPE, not kill this process.
        signal(SIGPIPE, SIG_IGN)
        let thread = Thread { [self] in loop() }
        thread.name = "ganbook-worker-spawner"
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Spawns `argv` with its stdin, stdout and stderr on new pipes.
    func spawn(_ argv: [String]) throws -> SpawnedWorker {
        serial.lock()
        defer { serial.unlock() }
        condition.lock()
        request = argv
        result = nil
        condition.broadcast()
        while result == nil { condition.wait() }
        let outcome = result!
        result = nil
        condition.unlock()
        return try outcome.get()
    }

    private func loop() {
        while true {
            condition.lock()
            while request == nil { condition.wait() }
            let argv = request!
            request = nil
            condition.unlock()
            let outcome = Result { try Self.start(argv) }
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
    }

    private static func start(_ argv: [String]) throws -> SpawnedWorker {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        var errorsFromChild: [Int32] = [-1, -1]
        guard makePipe(&toChild), makePipe(&fromChild), makePipe(&errorsFromChild) else {
            for fd in toChild + fromChild + errorsFromChild where fd >= 0 { close(fd) }
            throw WorkerSpawnError(reason: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        defer {
            close(toChild[0])
            close(fromChild[1])
            close(errorsFromChild[1])
        }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // A crash is reported by the parent; the runtime's backtrace would take seconds to print.
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "SWIFT_BACKTRACE" }
            .map { "\($0.key)=\($0.value)" } + ["SWIFT_BACKTRACE=enable=no"]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            close(errorsFromChild[0])
            throw WorkerSpawnError(reason: "\(argv[0]): \(String(cString: strerror(status)))")
        }
        return SpawnedWorker(pid: pid, input: toChild[1], output: fromChild[0], errors: errorsFromChild[0])
    }

    /// A pipe whose two ends are closed in every other child this process starts.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        // Only this thread starts processes from ganbook, so no spawn races the flags.
        guard pipe(&ends) == 0 else { return false }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        return true
    }
}

/// A started worker: its pid, the write end of its stdin and the read ends of its stdout and stderr.
struct SpawnedWorker {
    var pid: pid_t
    var input: Int32
    var output: Int32
    var errors: Int32
}

struct WorkerSpawnError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "cannot start the cell worker: \(reason)" }
}
