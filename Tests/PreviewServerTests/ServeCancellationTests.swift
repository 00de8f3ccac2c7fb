import Foundation
import Testing
@testable import PreviewServer
import Build
@testable import Notebook

/// `serve` with cells in worker processes: a fix saved while a runaway cell runs stops that cell
/// (its worker is killed) and the fixed lesson is built at once, not after the cell's time limit.
@Suite struct ServeCancellationTests {
    @Test func anEditCancelsTheRunningCell() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gb-serve-cancel-\(UUID().uuidString)").path
        let lessons = root + "/lessons"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        try "---\ntitle: 首页\n---\n\n首页。\n".write(toFile: lessons + "/index.md", atomically: true, encoding: .utf8)
        try "---\ntitle: 课\n---\n\n```swift\nprint(\"first\")\n```\n".write(toFile: lessons + "/01-a.md", atomically: true, encoding: .utf8)
        let pool = CellWorkerPool(command: try ServeWorkerBinary.command())
        defer { pool.shutDown() }
        let port = UInt16(40_000 + Int(getpid() % 20_000))
        let server = PreviewServer(options: BuildOptions(lessonsFolder: lessons, outputFolder: root + "/site", execution: .workers(pool)),
                                   port: port, log: { _ in })
        let running = Task { try await server.run() }
        defer { running.cancel() }
        var version = 0
        for _ in 0..<600 where version < 1 {
            try await Task.sleep(for: .milliseconds(100))
            version = await server.state.version
        }
        #expect(version >= 1, "the first build finished")

        // A cell that never ends (its limit is 60 s), then, once it runs, the fix.
        try "---\ntitle: 课\n---\n\n```swift\nvar i = 0\nwhile true { i += 1 }\n```\n".write(toFile: lessons + "/01-a.md", atomically: true, encoding: .utf8)
        var spinning = false
        for _ in 0..<1_200 where !spinning {   // up to 60 s: a fresh, loaded CI machine once needed more than 10
            try await Task.sleep(for: .milliseconds(50))
            spinning = server.isRebuilding && pool.living.contains(where: ServeWorkerBinary.isBusy)
        }
        #expect(spinning, "the runaway cell runs in a worker")
        try await Task.sleep(for: .milliseconds(300))
        let fixed = ContinuousClock.now
        try "---\ntitle: 课\n---\n\n```swift\nprint(\"fixed\")\n```\n".write(toFile: lessons + "/01-a.md", atomically: true, encoding: .utf8)
        var shown = false
        for _ in 0..<900 where !shown {
            try await Task.sleep(for: .milliseconds(50))
            let page = (try? String(contentsOfFile: root + "/site/01-a.html", encoding: .utf8)) ?? ""
            shown = page.contains("fixed") && !server.isRebuilding
        }
        let waited = fixed.duration(to: .now)
        #expect(shown, "the fixed lesson was built")
        // Well under the cell's 60 s limit (what showed before cancellation existed: 57.9 s); the
        // margin is for a loaded machine (10.4 s once under the full parallel suite), not a speed target.
        #expect(waited < .seconds(30), "the fix showed after \(waited), not after the cell's 60 s limit")
        await server.stop()
        pool.shutDown()
        #expect(pool.living.isEmpty, "no worker outlives serve")
    }
}

/// The debug `ganbook` beside this test bundle, run as `cell-worker`.
enum ServeWorkerBinary {
    static func command() throws -> WorkerCommand {
        let bundle = Bundle.main.executableURL?.deletingLastPathComponent()
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [bundle?.appendingPathComponent("ganbook"), sourceRoot.appendingPathComponent(".build/debug/ganbook")].compactMap { $0 }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw ServeTestError(description: "no ganbook executable at \(candidates.map(\.path)); build it first")
        }
        return WorkerCommand(executable: found.path)
    }

    /// Whether a thread of process `pid` is running (state R; on systems without /proc, whether
    /// the process exists).
    static func isBusy(_ pid: Int32) -> Bool {
        #if !os(Linux)
        return kill(pid, 0) == 0
        #endif
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return threads.contains { task in
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/stat", encoding: .utf8)) ?? ""
            return stat.split(separator: ")").last?.split(separator: " ").first == "R"
        }
    }
}

struct ServeTestError: Error, CustomStringConvertible {
    var description: String
}
