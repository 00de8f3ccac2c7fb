import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker's address-space backstop: `RLIMIT_AS` set to a memory budget plus the address
/// space the worker already reserves at rest (the cell thread's 512 MB stack, engine threads,
/// malloc arenas), so that a runaway allocation ends the worker — which the parent reports as
/// that cell's error — instead of the machine swapping. The budget accounting inside builtins
/// gives the located `memory budget exceeded` error first; this only catches what it misses.
/// macOS does not enforce `RLIMIT_AS`, so there it is not set.
public enum WorkerLimits {
    /// A quarter of physical memory, at most 4 GiB.
    public static var defaultBudget: UInt64 {
        min(ProcessInfo.processInfo.physicalMemory / 4, 4 << 30)
    }

    /// Room above the measured baseline for address space the process reserves later without a
    /// cell asking for it (a malloc arena per new thread is 64 MB of reservation).
    public static let slack: UInt64 = 512 << 20

    /// The address space measured when the limit was first set (after warm-up).
    nonisolated(unsafe) private static var baseline: UInt64?
    /// The budget the current limit allows for.
    nonisolated(unsafe) private(set) static var currentBudget: UInt64?

    /// Sets the soft `RLIMIT_AS` to `budget` + ``slack`` + the address space at the first call
    /// (VmSize); returns the limit set, or nil where it is not set (macOS, or VmSize unreadable).
    /// The hard limit stays unlimited, so a later job whose cells ask for more (`//| memory:`)
    /// can raise it (``fit(cellBudgets:)``).
    @discardableResult
    public static func limitAddressSpace(budget: UInt64) -> UInt64? {
        #if os(Linux)
        if baseline == nil { baseline = currentAddressSpace() }
        guard let baseline else { return nil }
        let (sum, overflow) = baseline.addingReportingOverflow(budget &+ slack)
        let limit = overflow ? rlim_t.max : rlim_t(sum)
        var value = rlimit(rlim_cur: limit, rlim_max: rlim_t.max)   // RLIM_INFINITY
        guard setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &value) == 0 else { return nil }
        currentBudget = budget
        return UInt64(limit)
        #else
        return nil
        #endif
    }

    /// Before a job: the limit allows for the largest `//| memory:` budget among its cells
    /// (never less than `defaultBudget`); returns the budget now in force.
    @discardableResult
    public static func fit(cellBudgets: [Int], defaultBudget: UInt64 = defaultBudget) -> UInt64 {
        let wanted = max(defaultBudget, cellBudgets.map { UInt64(max(0, $0)) }.max() ?? 0)
        if currentBudget != wanted { limitAddressSpace(budget: wanted) }
        return wanted
    }

    /// This process's address space in bytes (`VmSize` of /proc/self/status), or nil.
    public static func currentAddressSpace() -> UInt64? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmSize:") {
            let number = line.dropFirst("VmSize:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { UInt64($0) }
            return number.map { $0 * 1024 }
        }
        return nil
    }
}

/// The worker dies with its parent.
enum WorkerLifetime {
    /// Linux: `PR_SET_PDEATHSIG` with SIGKILL, then a check that the parent did not die before
    /// that call. Everywhere: the worker also exits when its stdin reaches EOF (see `CellWorkerLoop`).
    static func dieWithParent() {
        #if os(Linux)
        let parent = getppid()
        // prctl is variadic in C, which Swift does not import; its first five arguments are
        // passed in registers like a plain function's on x86-64 and arm64 Linux.
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        if let symbol = dlsym(nil, "prctl") {  // nil: RTLD_DEFAULT on glibc
            _ = unsafeBitCast(symbol, to: Prctl.self)(1 /* PR_SET_PDEATHSIG */, UInt(SIGKILL), 0, 0, 0)
        }
        if getppid() != parent || parent == 1 { _exit(0) }
        #endif
    }
}
