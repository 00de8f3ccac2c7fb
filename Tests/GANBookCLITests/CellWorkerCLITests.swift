import Foundation
import Testing

/// The real `ganbook` binary (beside this test bundle) re-executes itself as `ganbook cell-worker`:
/// a cell that traps is a located error, the build goes on and writes the site, and exits 1.
@Suite struct CellWorkerCLITests {
    @Test func aTrappingCellFailsAloneInABuild() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-cli-worker-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch + "/lessons", withIntermediateDirectories: true)
        try "---\ntitle: 首页\n---\n\n# 首页\n".write(toFile: scratch + "/lessons/index.md", atomically: true, encoding: .utf8)
        // Fences at lines 5, 10 and 15; Swift traps on the middle cell's count (SIGILL in the worker).
        try """
        ---
        title: 课
        ---

        ```swift
        //| label: before
        let kept = 41
        ```

        ```swift
        //| label: hostile
        let boom = (Int.min..<Int.max).count
        ```

        ```swift
        //| label: after
        print(kept + 1)
        ```
        """.write(toFile: scratch + "/lessons/01-a.md", atomically: true, encoding: .utf8)

        let (status, log) = try ganbook(["build", "--lessons", scratch + "/lessons", "--out", scratch + "/site"])
        #expect(status == 1)
        // At the fence (line 10) while Swift traps there; in the cell (line 12) once the builtin checks it.
        let located = log.split(separator: "\n").first { line in
            (10...12).contains { line.contains("01-a.md:\($0):") } && line.contains("error:")
        }
        #expect(located != nil, "a located error for the hostile cell:\n\(log)")
        if let located, located.contains("cell crashed") {
            #expect(located.hasSuffix("01-a.md:10:1: error: cell crashed: the worker process was killed by SIGILL (a Swift runtime trap: arithmetic overflow, an index out of range or a failed allocation?)"))
        }
        #expect(log.contains("built 2 pages (3 cells, 3 run)"), "the build went on:\n\(log)")
        let page = try String(contentsOfFile: scratch + "/site/01-a.html", encoding: .utf8)
        #expect(page.contains("<pre class=\"cell-stdout\">42\n</pre>"), "the cell after the crash ran with `kept` restored")
        #expect(!orphanedWorkers(), "no worker outlives the build")
    }

    /// Runs the `ganbook` built beside this test bundle; returns its status and stderr + stdout.
    /// `ganbook run FILE` on a lesson alone in a folder without index.md (a student's copy).
    @Test func runsALoneLessonFile() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-cli-lone-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try "---\ntitle: 我的练习\n---\n\n```swift\nlet x = 6\nprint(x * 7)\n```\n".write(toFile: scratch + "/mine.md", atomically: true, encoding: .utf8)
        let (status, log) = try ganbook(["run", scratch + "/mine.md", "--json"])
        #expect(status == 0, "\(log)")
        #expect(log.contains("42") && !log.contains("no index.md"), "\(log)")
        #expect(!FileManager.default.fileExists(atPath: scratch + "/_freeze"), "run leaves no freeze beside the file")
        // A broken lone lesson is still an error at its file.
        try "no front matter\n".write(toFile: scratch + "/bad.md", atomically: true, encoding: .utf8)
        let (badStatus, badLog) = try ganbook(["run", scratch + "/bad.md"])
        #expect(badStatus != 0 && badLog.contains("bad.md"), "\(badLog)")
    }

    func ganbook(_ arguments: [String]) throws -> (Int32, String) {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent()
        let candidates = [folder?.appendingPathComponent("ganbook"), sourceRoot.appendingPathComponent(".build/debug/ganbook")].compactMap { $0 }
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CLITestError(description: "no ganbook executable at \(candidates.map(\.path)); build it first")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether a `cell-worker` of the test's `ganbook` runs whose parent is not this test process
    /// (workers of in-process runs are this process's children; a build's worker is its child and
    /// would be orphaned had it outlived the build). Waits up to a second for one to go.
    func orphanedWorkers() -> Bool {
        let me = getpid()
        for _ in 0..<20 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            let orphaned = entries.compactMap { Int32($0) }.contains { pid in
                let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
                guard command.contains(sourceRoot.path), command.contains("cell-worker"),
                      let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                      let close = stat.lastIndex(of: ")") else { return false }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                guard fields.count > 1, let parent = Int32(fields[1]), parent != me else { return false }
                // A worker whose ganbook is alive (another build of this tree running beside the
                // tests) is not orphaned; one reparented to init or a subreaper is.
                let parentCommand = (try? String(contentsOfFile: "/proc/\(parent)/cmdline", encoding: .utf8)) ?? ""
                return !parentCommand.contains("ganbook")
            }
            if !orphaned { return false }
            usleep(50_000)
        }
        return true
    }

    var sourceRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

struct CLITestError: Error, CustomStringConvertible {
    var description: String
}
