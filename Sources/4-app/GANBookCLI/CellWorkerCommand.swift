import ArgumentParser
import GANEngine
import Notebook

/// `ganbook cell-worker` (hidden): the process `build`, `serve` and `run` start to execute cells,
/// talking over its stdin and stdout (see `WorkerProtocol`). Not meant to be run by hand.
struct CellWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cell-worker",
        abstract: "Run cells for a parent ganbook process (internal).",
        shouldDisplay: false
    )

    @Option(name: .long, help: "Bytes a cell may use above the worker's baseline address space (default: a quarter of memory, at most 4 GiB).")
    var memoryBudget: UInt64?

    @Option(name: .long, help: "Engine threads, started before the baseline address space is measured (the parent's --threads).")
    var threads: Int?

    func run() throws {
        if let threads { EngineThreads.set(max(1, threads)) }
        CellWorkerLoop.run(memoryBudget: memoryBudget)
    }
}

/// The worker pool of a command that runs cells: this executable re-run as `cell-worker`, with
/// the engine threads `--threads` chose (call after `ThreadsOption.apply()`).
enum CellWorkers {
    static func pool() -> CellWorkerPool {
        CellWorkerPool(command: .currentExecutable(arguments: ["cell-worker", "--threads", "\(EngineThreads.parallelWidth)"]))
    }
}
