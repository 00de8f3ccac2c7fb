import CellScript
import Foundation

/// Interpreter benchmarks: each CellScript program is timed next to the same program in
/// CPython (run through `python3`, timed inside Python so interpreter start-up is excluded).
/// Wall-clock and CPU-time medians are both shown: on a shared, loaded machine the CPU time
/// (process CPU clock for both) is the steadier comparison.
/// Usage: `ganbook-bench script [--repeat N]`, `--cold` for fresh processes (`ScriptColdBench`),
/// or `ganbook-bench script --run file.swift` to run one file.
enum ScriptBench {
    struct Program {
        let name: String
        let cellScript: String
        let python: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let programs: [Program] = [
        Program(name: "sum i*i, 1e6 iterations",
                cellScript: "var s = 0\nfor i in 0..<1_000_000 { s += i * i }\ns",
                python: "s = 0\nfor i in range(1000000):\n    s += i * i\n"),
        Program(name: "recursive fib(25)",
                cellScript: "func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(25)",
                python: "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(25)\n"),
        Program(name: "build + map 100k Doubles",
                cellScript: "var xs: [Double] = []\nfor i in 0..<100_000 { xs.append(Double(i)) }\nlet ys = xs.map { $0 * 2.0 + 1.0 }\nys.count",
                python: "xs = []\nfor i in range(100000):\n    xs.append(float(i))\nys = list(map(lambda x: x * 2.0 + 1.0, xs))\nlen(ys)\n"),
        Program(name: "string interpolation 100k",
                cellScript: "var total = 0\nfor i in 0..<100_000 {\n    let s = \"item \\(i): \\(i * 2)\"\n    total += s.count\n}\ntotal",
                python: "total = 0\nfor i in range(100000):\n    s = f\"item {i}: {i * 2}\"\n    total += len(s)\n"),
    ]

    static func run(_ arguments: [String]) throws {
        if let i = arguments.firstIndex(of: "--run"), i + 1 < arguments.count {
            return try runFile(arguments[i + 1])
        }
        if arguments.contains("--cold") { return try ScriptColdBench.run(arguments) }
        var repeats = 7
        if let i = arguments.firstIndex(of: "--repeat"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 { repeats = n }
        print("CellScript vs CPython, median of \(repeats) runs (ms); wall clock, then CPU time")
        print("benchmark                        CellScript     python3    ratio   CellScript cpu  python3 cpu  cpu ratio")
        for program in programs {
            let ours = try timeCellScript(program, repeats: repeats)
            let theirs = try timePython(program, repeats: repeats)
            let name = program.name.padding(toLength: 30, withPad: " ", startingAt: 0)
            print("\(name) \(format(ours.wall, 10)) \(format(theirs.wall, 11)) \(String(format: "%8.2fx", ours.wall / theirs.wall))"
                  + " \(format(ours.cpu, 14)) \(format(theirs.cpu, 12)) \(String(format: "%9.2fx", ours.cpu / theirs.cpu))")
        }
    }

    /// Runs one CellScript file and prints its output, for profiling (`--run file.swift`).
    private static func runFile(_ path: String) throws {
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let interpreter = Interpreter()
        interpreter.limits.timeLimit = 600
        let result = interpreter.run(source, file: path, firstLine: 1)
        print(result.output, terminator: "")
        if let value = result.displayValue { print(value) }
        print(result.formattedDiagnostics, terminator: "")
    }

    private static func format(_ ms: Double, _ width: Int) -> String {
        String(format: "%\(width).1f", ms)
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    /// CPU time of the whole process in ms (the interpreter thread is the only busy one).
    private static func processCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1e3 + Double(spec.tv_nsec) / 1e6
    }

    private static func timeCellScript(_ program: Program, repeats: Int) throws -> (wall: Double, cpu: Double) {
        var times: [Double] = []
        var cpuTimes: [Double] = []
        // One interpreter for every repeat, as the Python side runs its repeats in one process.
        let interpreter = Interpreter()
        interpreter.limits.timeLimit = 600
        for _ in 0..<repeats {
            let cpuStart = processCPUTime()
            let start = DispatchTime.now().uptimeNanoseconds
            let result = interpreter.run(program.cellScript, file: "bench", firstLine: 1)
            let end = DispatchTime.now().uptimeNanoseconds
            let cpuEnd = processCPUTime()
            guard result.succeeded else { throw Failure(description: "\(program.name): \(result.formattedDiagnostics)") }
            times.append(Double(end - start) / 1e6)
            cpuTimes.append(cpuEnd - cpuStart)
        }
        return (median(times), median(cpuTimes))
    }

    /// Runs the Python program `repeats` times inside one python3 process and reads the times.
    private static func timePython(_ program: Program, repeats: Int) throws -> (wall: Double, cpu: Double) {
        let harness = """
        import time
        source = \(pythonStringLiteral(program.python))
        code = compile(source, "bench", "exec")
        for _ in range(\(repeats)):
            cpu = time.process_time()
            start = time.perf_counter()
            exec(code, {})
            end = time.perf_counter()
            print((end - start) * 1000.0, (time.process_time() - cpu) * 1000.0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", harness]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "python3 failed for \(program.name)") }
        let rows = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.split(separator: " ").compactMap { Double($0) } }
        let pairs = rows.filter { $0.count == 2 }
        guard !pairs.isEmpty else { throw Failure(description: "python3 printed no timings for \(program.name)") }
        return (median(pairs.map { $0[0] }), median(pairs.map { $0[1] }))
    }

    private static func pythonStringLiteral(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
