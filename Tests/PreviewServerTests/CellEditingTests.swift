import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import PreviewServer
import Build
import Course

/// The page editor's server side: replacing one cell's code in a lesson file, the guard on
/// state-changing requests, the overlay the serve builds run in, and a real save-and-run.
@Suite struct CellEditingTests {
    static let lesson = """
    ---
    title: 测试
    ---

    前言。

    ```swift
    //| label: first
    //| caption: 第一个
    let a = 1
    print(a)
    ```

    中间的文字。

    ```swift
    print("second")
    ```

    结尾。

    """

    @Test func replacesOnlyThatCellsCodeAndKeepsItsOptionLines() throws {
        let edited = try LessonCellEdit.replacing(cell: "first", code: "let a = 2\nprint(a * 3)\n", in: Self.lesson, path: "l.md")
        let expected = Self.lesson.replacingOccurrences(of: "let a = 1\nprint(a)\n", with: "let a = 2\nprint(a * 3)\n")
        #expect(edited == expected)
        let cells = try LessonCellEdit.cells(in: edited, path: "l.md")
        #expect(cells.map(\.name) == ["first", "cell-2"])
        #expect(cells[0].options == ["//| label: first", "//| caption: 第一个"] && cells[0].code == "let a = 2\nprint(a * 3)\n")
        // The unlabelled cell, by its position name; no trailing newline sent; an empty cell.
        let second = try LessonCellEdit.replacing(cell: "cell-2", code: "print(3)", in: Self.lesson, path: "l.md")
        #expect(second == Self.lesson.replacingOccurrences(of: "print(\"second\")", with: "print(3)"))
        let emptied = try LessonCellEdit.replacing(cell: "cell-2", code: "", in: Self.lesson, path: "l.md")
        #expect(emptied == Self.lesson.replacingOccurrences(of: "```swift\nprint(\"second\")\n```", with: "```swift\n```"))
    }

    @Test func refusesCRLFFilesRatherThanGuessingLines() {
        let crlf = Self.lesson.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(throws: LessonCellEdit.Refusal.self) { try LessonCellEdit.replacing(cell: "cell-2", code: "print(4)\n", in: crlf, path: "l.md") }
    }

    @Test func refusesUnknownCellsAndCodeThatClosesTheFence() {
        #expect(throws: LessonCellEdit.Refusal.self) { try LessonCellEdit.replacing(cell: "nope", code: "1", in: Self.lesson, path: "l.md") }
        #expect(throws: LessonCellEdit.Refusal.self) {
            try LessonCellEdit.replacing(cell: "first", code: "print(1)\n```\n# injected heading\n", in: Self.lesson, path: "l.md")
        }
    }

    @Test func guardWantsTokenAndSameOrigin() {
        func head(_ fields: [(String, String)], method: String = "POST") -> RequestHead {
            RequestHead(method: method, target: "/__ganbook/run", version: "HTTP/1.1",
                        fields: fields.map { RequestHead.Field(name: $0.0, value: $0.1) })
        }
        let good = [("host", "127.0.0.1:8000"), ("origin", "http://127.0.0.1:8000"), ("x-ganbook-token", "secret")]
        #expect(EditGuard.refusal(of: head(good), token: "secret") == nil)
        #expect(EditGuard.refusal(of: head(good), token: "other")?.status == 403)
        #expect(EditGuard.refusal(of: head(Array(good.dropLast())), token: "secret")?.status == 403)
        #expect(EditGuard.refusal(of: head([good[0], ("origin", "http://evil.example"), good[2]]), token: "secret")?.status == 403)
        #expect(EditGuard.refusal(of: head([good[0], good[2]]), token: "secret")?.status == 403, "no Origin at all")
        #expect(EditGuard.refusal(of: head(good, method: "GET"), token: "secret")?.status == 405)
    }

    @Test func overlayMirrorsSourcesAndStartsFromTheFreeze() throws {
        let lessons = FileManager.default.temporaryDirectory.appendingPathComponent("gb-overlay-\(UUID().uuidString)").path + "/lessons"
        try FileManager.default.createDirectory(atPath: lessons + "/_freeze/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: lessons + "/data", withIntermediateDirectories: true)
        try "x".write(toFile: lessons + "/index.md", atomically: true, encoding: .utf8)
        try "d".write(toFile: lessons + "/data/d.txt", atomically: true, encoding: .utf8)
        try "{}".write(toFile: lessons + "/_freeze/a/cells.json", atomically: true, encoding: .utf8)
        let overlay = ServeOverlay(lessons: lessons)
        try overlay.seed()
        #expect(FileManager.default.contents(atPath: overlay.shadow + "/_freeze/a/cells.json") == Data("{}".utf8))
        #expect(FileManager.default.contents(atPath: overlay.shadow + "/data/d.txt") == Data("d".utf8))
        // An output written in the overlay never reaches the course; a source edit reaches the overlay.
        try AtomicFile.write(Array("{\"new\":1}".utf8), to: overlay.shadow + "/_freeze/a/cells.json")
        #expect(FileManager.default.contents(atPath: lessons + "/_freeze/a/cells.json") == Data("{}".utf8))
        try "y".write(toFile: lessons + "/index.md", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: lessons + "/data/d.txt")
        try overlay.sync()
        #expect(FileManager.default.contents(atPath: overlay.shadow + "/index.md") == Data("y".utf8))
        #expect(!FileManager.default.fileExists(atPath: overlay.shadow + "/data/d.txt"))
        #expect(overlay.realPaths(in: overlay.shadow + "/index.md:3:1: error") == lessons + "/index.md:3:1: error")
        // Outside git, the course's version is the text found when serve started.
        #expect(overlay.courseVersion(of: "index.md")?.bytes == Array("x".utf8))
    }

    /// A real server: 运行 saves the cell and its output changes without the course's freeze
    /// being touched; a stale hash is refused; 还原 brings the first text back.
    @Test func savesRunsAndResetsThroughHTTP() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gb-edit-\(UUID().uuidString)").path
        let lessons = root + "/lessons"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        try "---\ntitle: 首页\n---\n\n首页。\n".write(toFile: lessons + "/index.md", atomically: true, encoding: .utf8)
        try Self.lesson.write(toFile: lessons + "/01-a.md", atomically: true, encoding: .utf8)
        // The course's freeze, as an author's build leaves it.
        _ = try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: root + "/site")).build()
        let frozen = try #require(FileManager.default.contents(atPath: lessons + "/_freeze/01-a/cells.json"))
        let port = UInt16(21_000 + Int(getpid() % 20_000))
        let server = PreviewServer(options: BuildOptions(lessonsFolder: lessons, outputFolder: root + "/served"), port: port, log: { _ in })
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let base = "http://127.0.0.1:\(port)"
        for _ in 0..<300 where await server.state.version < 1 { try await Task.sleep(for: .milliseconds(100)) }
        let (_, page) = try await Self.request(base + "/01-a.html")
        #expect(page.contains("data-token=\"\(server.token)\"") && page.contains(InPageEditorScript.path))
        let hash = ContentHash.of(Array(Self.lesson.utf8))
        #expect(page.contains("data-hash=\"\(hash)\""))
        let headers = ["X-GANBook-Token": server.token, "Origin": base]
        let body: [String: Any] = ["page": "01-a", "cell": "first", "code": "let a = 20\nprint(a * 2052 + 1)\n", "hash": hash]
        let (status, reply) = try await Self.request(base + "/__ganbook/run", body: body, headers: headers)
        #expect(status == 200 && reply.contains("\"status\":\"ran\""), "\(reply)")
        let saved = try String(contentsOfFile: lessons + "/01-a.md", encoding: .utf8)
        #expect(saved == Self.lesson.replacingOccurrences(of: "let a = 1\nprint(a)", with: "let a = 20\nprint(a * 2052 + 1)"))
        #expect(try await Self.request(base + "/01-a.html").1.contains("41041"))
        #expect(FileManager.default.contents(atPath: lessons + "/_freeze/01-a/cells.json") == frozen, "the course's freeze is untouched")
        #expect(await server.state.inPlace)
        // The page's hash is now stale: refused, nothing written.
        #expect(try await Self.request(base + "/__ganbook/run", body: body, headers: headers).0 == 409)
        #expect(try await Self.request(base + "/__ganbook/run", body: body, headers: ["Origin": base]).0 == 403)
        // 还原 (outside git: the text served first).
        let newHash = ContentHash.of(Array(saved.utf8))
        let reset = try await Self.request(base + "/__ganbook/reset", body: ["page": "01-a", "cell": "first", "hash": newHash], headers: headers)
        #expect(reset.0 == 200)
        #expect(try String(contentsOfFile: lessons + "/01-a.md", encoding: .utf8) == Self.lesson)
        // 对比 reads the course's freeze.
        #expect(try await Self.request(base + "/__ganbook/compare?page=01-a&cell=first").1.contains("\"found\":true"))
        await server.stop()
    }

    @Test func progressReportsStepRateAndTimeLeft() throws {
        let progress = LiveProgress()
        #expect(progress.json()["cell"] is NSNull)
        progress.started("03-dcgan#dcgan-train")
        progress.update(label: "训练", step: 0, total: 1000, values: [])
        Thread.sleep(forTimeInterval: 0.2)
        progress.update(label: "训练", step: 100, total: 1000, values: [("loss", 0.5), ("bad", .nan)])
        let state = progress.json()
        let rate = try #require(state["rate"] as? Double), left = try #require(state["left"] as? Double)
        #expect(state["cell"] as? String == "03-dcgan#dcgan-train" && state["step"] as? Int == 100 && state["total"] as? Int == 1000)
        #expect(rate > 50 && rate < 600 && abs(left - 900 / rate) < 1e-6)
        #expect((try? JSONSerialization.data(withJSONObject: state)) != nil, "NaN values are sent as null")
        progress.stopped()
        #expect(progress.json()["cell"] is NSNull)
    }

    static func request(_ url: String, body: [String: Any]? = nil, headers: [String: String] = [:]) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: url)!)
        if let body {
            request.httpMethod = "POST"
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
