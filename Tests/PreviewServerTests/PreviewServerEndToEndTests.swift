import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import PreviewServer
import Build

/// A real `ganbook serve` on loopback: pages carry the live-reload script, paths outside the
/// site are refused, and an edit to a lesson bumps the version the pages wait on.
@Suite struct PreviewServerEndToEndTests {
    func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servesReloadsAndRefuses() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gb-serve-\(UUID().uuidString)").path
        let lessons = root + "/lessons"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        try "---\ntitle: 首页\n---\n\n第一版。\n".write(toFile: lessons + "/index.md", atomically: true, encoding: .utf8)
        let port = UInt16(20_000 + Int(getpid() % 20_000))
        let server = PreviewServer(options: BuildOptions(lessonsFolder: lessons, outputFolder: root + "/site"), port: port, log: { _ in })
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let base = "http://127.0.0.1:\(port)"
        // Ready when it answers and its first build is done (version 1).
        var ready = false
        for _ in 0..<300 where !ready {
            try await Task.sleep(for: .milliseconds(100))
            let answered = (try? await get(base + "/__ganbook/status"))?.0 == 200
            let version = await server.state.version
            ready = answered && version >= 1
        }
        #expect(ready, "the server answers after its first build")
        let (status, page) = try await get(base + "/")
        #expect(status == 200 && page.contains("第一版") && page.contains("/__ganbook/live.js"))
        #expect(try await get(base + "/%2e%2e/%2e%2e/etc/passwd").0 == 403)
        let version = await server.state.version
        try "---\ntitle: 首页\n---\n\n第二版。\n".write(toFile: lessons + "/index.md", atomically: true, encoding: .utf8)
        let (_, waited) = try await get(base + "/__ganbook/wait?after=\(version)")
        #expect(waited.contains("\"version\":\(version + 1)"))
        #expect(try await get(base + "/").1.contains("第二版"))
        await server.stop()
    }
}
