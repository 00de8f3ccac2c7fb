import Foundation

/// Cold interpreter benchmark, as a student runs a cell: each program is one cell of a scratch
/// lesson run by `ganbook run --json` in a fresh process, and the seconds it reports for the cell
/// (parse, type check and execution in a fresh interpreter) are compared with CPython timing the
/// same program once in a fresh `python3` process (start-up excluded on both sides). Processes
/// alternate, ganbook first; medians of `processes` runs each.
/// Usage: `ganbook-bench script --cold [--processes N] [--ganbook path]`.
enum ScriptColdBench {
    static func run(_ arguments: [String]) throws {
        var processes = 5
        if let i = arguments.firstIndex(of: "--processes"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 { processes = n }
        let ganbook = arguments.firstIndex(of: "--ganbook").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ganbook").path
        guard FileManager.default.isExecutableFile(atPath: ganbook) else {
            throw ScriptBench.Failure(description: "no ganbook executable at \(ganbook) (build it or pass --ganbook)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-cold-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("cold: one cell in a fresh `ganbook run --json` process vs one exec in a fresh python3, median of \(processes) processes (ms)")
        print("benchmark                        CellScript     python3    ratio")
        for (index, program) in ScriptBench.programs.enumerated() {
            let lesson = folder.appendingPathComponent("0\(index + 1)-cold.md")
            try "---\ntitle: cold\n---\n\n```swift\n\(program.cellScript)\n```\n".write(to: lesson, atomically: true, encoding: .utf8)
            var ours: [Double] = [], theirs: [Double] = []
            for _ in 0..<processes {
                ours.append(try cellSeconds(ganbook: ganbook, lesson: lesson.path) * 1000)
                theirs.append(try pythonOnce(program.python))
            }
            let (a, b) = (median(ours), median(theirs))
            let name = program.name.padding(toLength: 30, withPad: " ", startingAt: 0)
            print("\(name) \(String(format: "%10.1f %11.1f %8.2fx", a, b, a / b))")
        }
    }

    /// The seconds `ganbook run --json` reports for the lesson's one cell.
    private static func cellSeconds(ganbook: String, lesson: String) throws -> Double {
        let data = try output(of: ganbook, ["run", lesson, "--json", "--threads", "1"])
        struct Report: Decodable { struct Cell: Decodable { let seconds: Double }; let cells: [Cell] }
        guard let report = try? JSONDecoder().decode(Report.self, from: data), let cell = report.cells.first else {
            throw ScriptBench.Failure(description: "ganbook run printed no cell timing for \(lesson)")
        }
        return cell.seconds
    }

    /// One exec of `source` in a fresh python3, timed inside Python (ms).
    private static func pythonOnce(_ source: String) throws -> Double {
        let escaped = source.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        let harness = "import time\ncode = compile(\"\(escaped)\", \"bench\", \"exec\")\nstart = time.perf_counter()\nexec(code, {})\nprint((time.perf_counter() - start) * 1000.0)\n"
        let data = try output(of: "/usr/bin/env", ["python3", "-c", harness])
        guard let ms = Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ScriptBench.Failure(description: "python3 printed no timing")
        }
        return ms
    }

    private static func output(of executable: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScriptBench.Failure(description: "\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return data
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
