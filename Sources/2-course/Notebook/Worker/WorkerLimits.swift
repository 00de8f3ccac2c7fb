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

    /// Sets `RLIMIT_AS` to `budget` + ``slack`` + the current address space (VmSize); returns the
    /// limit set, or nil where it is not set (macOS, or VmSize unreadable).
    @discardableResult
    public static func limitAddressSpace(budget: UInt64) -> UInt64? {
        #if os(Linux)
        guard let baseline = currentAddressSpace() else { return nil }
        let (sum, overflow) = baseline.addingReportingOverflow(budget &+ slack)
        let limit = overflow ? rlim_t.max : rlim_t(sum)
        var value = rlimit(rlim_cur: limit, rlim_max: limit)
        guard setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &value) == 0 else { return nil }
        return UInt64(limit)
        #else
        return nil
        #endif
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
