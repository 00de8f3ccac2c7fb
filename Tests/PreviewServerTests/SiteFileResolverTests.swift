import Foundation
import Testing
@testable import PreviewServer

@Suite struct SiteFileResolverTests {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gb-resolver-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/assets", withIntermediateDirectories: true)
        try "home".write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
        try "css".write(toFile: root + "/assets/ganbook.css", atomically: true, encoding: .utf8)
        try "secret".write(toFile: root + "/../gb-secret-\((root as NSString).lastPathComponent)", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/escape", withDestinationPath: "/etc")
    }

    var canonicalRoot: String { SiteFileResolver(root: root).root }

    @Test func servesFilesAndIndex() {
        let resolver = SiteFileResolver(root: root)
        #expect(resolver.resolve("/") == .file(canonicalRoot + "/index.html"))
        #expect(resolver.resolve("/assets/ganbook.css?v=1") == .file(canonicalRoot + "/assets/ganbook.css"))
        #expect(resolver.resolve("/nope.html") == .notFound)
    }

    @Test(arguments: ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/../../x", "/escape/passwd", "/..%2F..%2Fetc"])
    func refusesPathsOutsideTheSite(path: String) {
        #expect(SiteFileResolver(root: root).resolve(path) == .refused)
    }

    @Test func liveReloadScriptGoesBeforeBodyEnd() {
        #expect(LiveReloadScript.inject(into: "<html><body>x</body></html>", version: 3)
                == "<html><body>x<script src=\"/__ganbook/live.js\" data-version=\"3\"></script></body></html>")
    }

    @Test func watcherSeesChanges() throws {
        var watcher = LessonWatcher(folder: root)
        let unchanged = watcher.changed()
        try "changed!".write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
        let afterWrite = watcher.changed()
        let afterSecondLook = watcher.changed()
        #expect(!unchanged && afterWrite && !afterSecondLook)
    }

    @Test func waitReturnsWhenABuildFinishes() async {
        let state = BuildState()
        async let waited = state.wait(after: 0, timeout: 5)
        try? await Task.sleep(for: .milliseconds(100))
        await state.finished(errors: ["x.md:1:1: error: boom"])
        #expect(await waited == 1)
        #expect(await state.errors == ["x.md:1:1: error: boom"])
    }
}
