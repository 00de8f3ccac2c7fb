import CEngineKernels

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The instruction-set path the engine's GEMM kernels run on, chosen once at start-up from what
/// the CPU reports (CPUID, through the `CEngineKernels` C target), or forced with the
/// environment variable `GANBOOK_ISA=generic|avx2|avx512`. Every path gives the same bits: each
/// output is one chain of fused multiply-adds in the same order; only the speed differs.
public enum EngineISA: String, Sendable, CaseIterable {
    /// Plain Swift SIMD (`SIMD8.addingProduct`): NEON on arm64; on x86-64 each fused
    /// multiply-add is a call to libm's `fmaf` (exact, slow: for correctness and old CPUs).
    case generic
    /// 6×16 tiles in twelve 256-bit registers (x86-64 with AVX2 and FMA).
    case avx2
    /// 6×32 tiles in twelve 512-bit registers (x86-64 with AVX-512F).
    case avx512

    /// Whether this build holds the x86 kernels (false on arm64 and in a
    /// `-Xcc -DGANBOOK_PORTABLE_ONLY` build, which run `generic` on every CPU).
    public static let x86KernelsBuilt = gan_x86_kernels_built() != 0

    /// The paths this CPU can run, slowest first (`generic` always).
    public static let supported: [EngineISA] = {
        let features = gan_cpu_features()
        var paths: [EngineISA] = [.generic]
        if features & 1 != 0 { paths.append(.avx2) }
        if features & 2 != 0 { paths.append(.avx512) }
        return paths
    }()

    /// The path in use. Starts as `GANBOOK_ISA` when set (and supported), else the fastest supported path.
    public static var current: EngineISA { state }

    /// Forces `path` for the rest of the process (tests and benchmarks compare paths this way).
    /// - Throws: `EngineError.invalidArgument` if the CPU cannot run it.
    public static func use(_ path: EngineISA) throws {
        guard supported.contains(path) else {
            throw EngineError.invalidArgument(operation: "EngineISA.use",
                message: "this CPU cannot run the \(path.rawValue) path (supported: \(supported.map(\.rawValue).joined(separator: ", ")))")
        }
        state = path
    }

    /// Why `GANBOOK_ISA` was not followed, if it was set to something unknown or unsupported.
    public static let environmentProblem: String? = startup.problem

    nonisolated(unsafe) static var state: EngineISA = startup.path

    private static let startup: (path: EngineISA, problem: String?) = {
        let best = supported.last!
        guard let raw = getenv("GANBOOK_ISA").map({ String(cString: $0) }), !raw.isEmpty else { return (best, nil) }
        guard let wanted = EngineISA(rawValue: raw.lowercased()) else {
            return (best, "GANBOOK_ISA=\(raw) is not one of generic, avx2, avx512; using \(best.rawValue)")
        }
        guard supported.contains(wanted) else {
            return (best, "GANBOOK_ISA=\(raw): this CPU cannot run it; using \(best.rawValue)")
        }
        return (wanted, nil)
    }()
}
