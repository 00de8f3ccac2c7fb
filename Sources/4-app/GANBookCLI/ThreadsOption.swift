import ArgumentParser
import Foundation
import GANEngine

/// `--threads N`: how many CPU threads the engine uses to execute cells. Results are bitwise the
/// same for every count (the engine keeps its sums in one order), so this only trades speed
/// against sharing the machine, e.g. two experiments side by side with one thread each.
struct ThreadsOption: ParsableArguments {
    @Option(name: .long, help: "Threads the engine may use for cells (default: the machine's cores). Results do not depend on it.")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }

    /// Applies the choice to the engine (`validate` has rejected counts below 1).
    func apply() {
        EngineThreads.set(threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
