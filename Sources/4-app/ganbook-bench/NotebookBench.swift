import Foundation

/// `ganbook-bench notebook [--runs N] [--steps N]`: the author's loop on a course of the course's
/// shape — four lessons, each a model, a training cell and cells that use the trained model —
/// timed through the real `ganbook` binary (built beside this one) in a scratch folder:
///
/// - a cold build (runs every cell, writes snapshots);
/// - `build` with nothing changed;
/// - an edit of the cell right after a training cell, then `build` (only that cell runs; the
///   trained model comes from its snapshot) — next to the peer, re-running that lesson whole,
///   which is what an edit cost before value snapshots;
/// - `build --frozen` of the whole course;
/// - the start-up of one cell worker (`ganbook cell-worker` until it says it is ready), which a
///   `build` that runs cells pays once and `serve` pays only after a crash (it keeps one started).
///
/// Prints medians (and min/max) in seconds.
enum NotebookBench {
    typealias BenchError = EngineBench.BenchError

    static func run(_ arguments: [String]) throws {
        let runs = Int(value(of: "--runs", in: arguments) ?? "") ?? 5
        let steps = Int(value(of: "--steps", in: arguments) ?? "") ?? 5000
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ganbook").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("\(binary) not found: build it first (swift build -c release --product ganbook)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-notebook-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCourse(in: folder, steps: steps, sampleSeed: 0)
        let build = { (extra: [String]) throws -> (Double, String) in
            try timed(binary, ["build", "--lessons", "\(folder)/lessons", "--out", "\(folder)/site"] + extra)
        }

        let (cold, coldLog) = try build([])
        print("cold build (runs every cell, writes snapshots): \(format(cold)) s — \(lastLine(coldLog))")
        let unchanged = try (0..<runs).map { _ in try build([]).0 }
        report("build, nothing changed", unchanged)

        var edits: [Double] = []
        var editLog = ""
        for run in 1...runs {
            try writeCourse(in: folder, steps: steps, sampleSeed: run, onlyLesson: 1)
            let (seconds, log) = try build([])
            edits.append(seconds)
            editLog = log
        }
        report("edit the cell after lesson 1's training cell, build", edits)
        print("  last edit's log: " + editLog.split(separator: "\n").filter { $0.hasPrefix("run ") || $0.hasPrefix("  restored") }.joined(separator: " | "))
        let peer = try (0..<max(2, runs / 2)).map { _ in try build(["--rerun", "01-lesson"]).0 }
        report("peer: re-run lesson 1 whole (--rerun 01-lesson)", peer)
        print("ratio edit / whole-lesson re-run: \(String(format: "%.3f", median(edits) / median(peer)))")
        let frozen = try (0..<runs).map { _ in try build(["--frozen"]).0 }
        report("build --frozen (render the whole course)", frozen)
        if let startups = try? (0..<runs).map({ _ in try workerStartup(binary) }) {
            report("cell worker start-up (spawn to ready)", startups)
        } else {
            print("cell worker start-up: this ganbook has no cell-worker")
        }
    }

    /// Seconds from starting `ganbook cell-worker` to its first message (`ready`); then its stdin
    /// is closed and it exits.
    static func workerStartup(_ binary: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["cell-worker"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        let header = output.fileHandleForReading.readData(ofLength: 4)
        let seconds = SiteBench.milliseconds(start.duration(to: .now)) / 1000
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard header.count == 4 else { throw BenchError("ganbook cell-worker sent no ready message") }
        return seconds
    }

    /// Four lessons; `sampleSeed` changes the sampling cell of lesson `onlyLesson` (all when nil).
    static func writeCourse(in folder: String, steps: Int, sampleSeed: Int, onlyLesson: Int? = nil) throws {
        let lessons = "\(folder)/lessons"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        try "title: Bench\nseed: 1\n".write(toFile: "\(lessons)/course.yml", atomically: true, encoding: .utf8)
        try "---\ntitle: Home\n---\n\n# Home\n".write(toFile: "\(lessons)/index.md", atomically: true, encoding: .utf8)
        for lesson in 1...4 where onlyLesson == nil || onlyLesson == lesson {
            let text = """
            ---
            title: Lesson \(lesson)
            ---

            # Lesson \(lesson)

            ```swift
            //| label: model
            let G = Sequential {
                Linear(16, 128)
                BatchNorm(128)
                ReLU()
                Linear(128, 64)
                Tanh()
            }
            let opt = Adam(G.parameters, lr: 1e-3, beta1: 0.5, beta2: 0.999)
            ```

            ```swift
            //| label: train
            //| timeout: 600
            var losses: [Double] = []
            for step in Progress(0..<\(steps), label: "train") {
                let z = randn([64, 16])
                let loss = mse(G(z), zeros([64, 64]) + 0.5)
                opt.zeroGrad()
                loss.backward()
                opt.step()
                losses.append(loss.item())
            }
            G.eval()
            print(losses.last!)
            ```

            ```swift
            //| label: sample
            let samples = G(randn([8, 16]))
            print("sample \(sampleSeed + 10 * lesson): \\(samples.mean().item())")
            ```
            """
            try text.write(toFile: "\(lessons)/0\(lesson)-lesson.md", atomically: true, encoding: .utf8)
        }
    }

    static func timed(_ binary: String, _ arguments: [String]) throws -> (Double, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let start = ContinuousClock.now
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = SiteBench.milliseconds(start.duration(to: .now)) / 1000
        let log = String(decoding: output, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw BenchError("ganbook \(arguments.joined(separator: " ")) failed:\n\(log)") }
        return (seconds, log)
    }

    static func report(_ name: String, _ values: [Double]) {
        print("\(name): median \(format(median(values))) s (min \(format(values.min() ?? 0)), max \(format(values.max() ?? 0)), \(values.count) runs)")
    }

    static func lastLine(_ log: String) -> String { log.split(separator: "\n").last.map(String.init) ?? "" }
    static func value(of option: String, in arguments: [String]) -> String? { SiteBench.value(of: option, in: arguments) }
    static func median(_ values: [Double]) -> Double { SiteBench.median(values) }
    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
