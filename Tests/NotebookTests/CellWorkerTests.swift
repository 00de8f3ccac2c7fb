import Foundation
import Testing
import Course
@testable import Notebook

/// Cells run in the real `ganbook cell-worker` (the debug binary beside this test bundle): a
/// crash, a signal, a timeout inside one engine op or a runaway allocation is that cell's error at
/// its fence, the lesson goes on in a new worker with the values it needs restored, and no worker
/// outlives the run.
@Suite(.serialized) struct CellWorkerTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-worker-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "---\ntitle: 首页\n---\n".write(toFile: folder + "/index.md", atomically: true, encoding: .utf8)
    }

    /// Writes lesson `01-a` with `cells` (each the body of a ```swift fence) and returns the file
    /// line of each cell's fence.
    @discardableResult
    func write(_ cells: [String]) throws -> [Int] {
        var text = "---\ntitle: 课\n---\n"
        var fences: [Int] = []
        for cell in cells {
            text += "\n"
            fences.append(text.split(separator: "\n", omittingEmptySubsequences: false).count)
            text += "```swift\n\(cell)\n```\n"
        }
        try text.write(toFile: folder + "/01-a.md", atomically: true, encoding: .utf8)
        return fences
    }

    func run(_ pool: CellWorkerPool, events: @escaping (RunEvent) -> Void = { _ in }) throws -> FrozenLesson {
        defer { pool.shutDown() }
        let summary = try CourseRunner(course: try Course.load(folder: folder), mode: .incremental, events: events,
                                       execution: .workers(pool)).run()
        return try #require(summary.lessons["01-a"])
    }

    /// The cells of the usual test lesson: one defines `base`, one fails, one needs `base`
    /// (restored in the new worker from the first cell's snapshot), one depends on the failure.
    func lesson(failing: String) throws -> [Int] {
        try write(["//| label: make\nlet base = 40\nprint(\"made\")", failing, "//| label: after\nprint(base + 2)",
                   "//| label: dependent\nprint(boom)"])
    }

    @Test func aSignalIsTheCellsErrorAndTheLessonGoesOn() throws {
        for (signal, name, hint) in [(SIGSEGV, "SIGSEGV", "(stack overflow?)"), (SIGILL, "SIGILL", "(a Swift runtime trap"),
                                     (SIGKILL, "SIGKILL", "(out of memory?")] {
            let fences = try lesson(failing: "//| label: spin\nvar boom = 0\nwhile true { boom += 1 }")
            try? FileManager.default.removeItem(atPath: folder + "/_freeze")
            let pool = CellWorkerPool(command: try WorkerBinary.command())
            let frozen = try run(pool) { event in
                if case .cellStarted(_, "spin") = event {
                    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { pool.living.forEach { kill($0, signal) } }
                }
            }
            let spin = try #require(frozen.cell(named: "spin")?.failure)
            #expect(spin.message.hasPrefix("cell crashed: the worker process was killed by \(name) \(hint)"), "\(spin.message)")
            #expect((spin.line, spin.column) == (fences[1], 1))
            #expect(spin.rendered.hasPrefix("\(folder)/01-a.md:\(fences[1]):1: error: cell crashed"))
            #expect(frozen.cell(named: "make")?.outputs == [.text("made\n")])
            #expect(frozen.cell(named: "after")?.outputs == [.text("42\n")], "base restored from make's snapshot in a new worker")
            #expect(frozen.cell(named: "dependent")?.skippedBecause == "skipped: it depends on cell 'spin', which failed")
            #expect(pool.started.count == 2, "a new worker ran the rest of the lesson")
            #expect(pool.living.isEmpty, "no worker outlives the run")
        }
    }

    @Test func aTrappingCellIsLocated() throws {
        // Swift traps on this count today (SIGILL in the worker); once the builtin checks it, the
        // error is located inside the cell instead. Either way the lesson goes on.
        let fences = try lesson(failing: "//| label: trap\nlet boom = (Int.min..<Int.max).count")
        let pool = CellWorkerPool(command: try WorkerBinary.command())
        let frozen = try run(pool)
        let failure = try #require(frozen.cell(named: "trap")?.failure)
        #expect(failure.message.hasPrefix("cell crashed: the worker process was killed by SIGILL") || failure.line == fences[1] + 2,
                "\(failure.message)")
        #expect(failure.line >= fences[1] && failure.line <= fences[1] + 2)
        #expect(frozen.cell(named: "after")?.outputs == [.text("42\n")])
        #expect(frozen.cell(named: "dependent")?.skippedBecause != nil)
        #expect(pool.living.isEmpty, "no worker outlives the run")
    }

    @Test func aTimeoutHoldsInsideOneEngineOperation() throws {
        let fences = try lesson(failing: "//| label: slow\n//| timeout: 1\nlet a = zeros([8192, 8192])\nlet boom = matmul(a, a).sum().item()")
        let started = ContinuousClock.now
        let pool = CellWorkerPool(command: try WorkerBinary.command())
        let frozen = try run(pool)
        let elapsed = started.duration(to: .now)
        let failure = try #require(frozen.cell(named: "slow")?.failure)
        #expect(failure.message.hasPrefix("cell exceeded its 1 s time limit"), "\(failure.message)")
        #expect((failure.line, failure.column) == (fences[1], 1))
        #expect(elapsed < .seconds(15), "an 8192² matmul takes minutes on one core; the worker was stopped after \(elapsed)")
        #expect(frozen.cell(named: "after")?.outputs == [.text("42\n")])
        #expect(pool.living.isEmpty, "no worker outlives the run")
    }

    #if os(Linux)  // RLIMIT_AS is not enforced on macOS, so the worker sets it on Linux only
    @Test func theAddressSpaceBackstopEndsOnlyTheWorker() throws {
        // 1 GiB of zeros under a 256 MiB budget: the allocation fails in the worker, not here.
        try lesson(failing: "//| label: hog\nlet boom = zeros([16384, 16384])")
        let command = try WorkerBinary.command(arguments: ["cell-worker", "--memory-budget", "\(256 << 20)"])
        let pool = CellWorkerPool(command: command)
        let frozen = try run(pool)
        let failure = try #require(frozen.cell(named: "hog")?.failure)
        #expect(failure.message.hasPrefix("cell crashed: the worker process was killed by SIG"), "\(failure.message)")
        #expect(frozen.cell(named: "after")?.outputs == [.text("42\n")])
        #expect(pool.living.isEmpty, "no worker outlives the run")
    }

    @Test func aCellsMemoryOptionRaisesTheBackstop() throws {
        // The same worker budget, but the cell asks for 2 GB: 1 GiB of zeros now fits.
        try write(["//| label: big\n//| memory: 2 GB\nlet big = zeros([16384, 16384])\nprint(big.shape)"])
        let command = try WorkerBinary.command(arguments: ["cell-worker", "--memory-budget", "\(256 << 20)"])
        let pool = CellWorkerPool(command: command)
        let frozen = try run(pool)
        #expect(frozen.cell(named: "big")?.failure == nil, "\(String(describing: frozen.cell(named: "big")?.failure?.message))")
        #expect(frozen.cell(named: "big")?.outputs == [.text("[16384, 16384]\n")])
        #expect(pool.living.isEmpty, "no worker outlives the run")
    }
    #endif

    @Test func workerOutputsEqualInProcessOutputs() throws {
        try write(["//| label: data\nlet xs = linspace(0, 1, count: 5)\nprint(xs)",
                   "//| label: fig\nChart { LineMark(x: xs, y: xs.map { $0 * $0 }) }",
                   "//| label: value\nxs.count * 2"])
        let inProcess = try #require(try CourseRunner(course: try Course.load(folder: folder), mode: .incremental).run().lessons["01-a"])
        let pool = CellWorkerPool(command: try WorkerBinary.command())
        let worker = try run(pool)
        // Same keys, outputs (figure names are content hashes) and failures; only timings differ.
        #expect(inProcess.cells.map(\.key) == worker.cells.map(\.key))
        #expect(inProcess.cells.map(\.outputs) == worker.cells.map(\.outputs))
        #expect(worker.cells.allSatisfy { $0.failure == nil })
        let figure = worker.cells[1].outputs.compactMap { output -> String? in if case .svg(let file, _) = output { file } else { nil } }
        #expect(figure.count == 1)
        #expect(FreezeStore(lessonsFolder: folder).asset(slug: "01-a", file: figure[0]) != nil, "the parent wrote the figure")
        #expect(pool.living.isEmpty, "no worker outlives the run")
    }

    @Test func cancellingKillsTheRunningWorker() throws {
        try write(["//| label: spin\nvar i = 0\nwhile true { i += 1 }"])
        let cancellation = RunCancellation()
        let pool = CellWorkerPool(command: try WorkerBinary.command())
        defer { pool.shutDown() }
        let started = ContinuousClock.now
        #expect(throws: NotebookError.self) {
            try CourseRunner(course: try Course.load(folder: folder), mode: .incremental, events: { event in
                if case .cellStarted = event {
                    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
                }
            }, execution: .workers(pool), cancellation: cancellation).run()
        }
        #expect(started.duration(to: .now) < .seconds(10))
        pool.shutDown()
        #expect(pool.living.isEmpty, "no worker outlives the run")
    }
}

/// The `ganbook` executable the tests run as the cell worker, and its processes.
enum WorkerBinary {
    /// `ganbook cell-worker` from the build folder of this test bundle.
    static func command(arguments: [String] = ["cell-worker"]) throws -> WorkerCommand {
        let bundle = Bundle.main.executableURL?.deletingLastPathComponent()
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [bundle?.appendingPathComponent("ganbook"), sourceRoot.appendingPathComponent(".build/debug/ganbook")].compactMap { $0 }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw WorkerTestError("no ganbook executable at \(candidates.map(\.path)); build it first (swift build --product ganbook)")
        }
        return WorkerCommand(executable: found.path, arguments: arguments)
    }
}

struct WorkerTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
