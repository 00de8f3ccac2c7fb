import Foundation
import Testing
@testable import Build
@testable import Site

@Suite struct AtomicWriteTests {
    @Test func failedBuildLeavesPreviousSiteIntact() throws {
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("basic"), outputFolder: output, frozen: true)).build()
        let before = Fixtures.read(output + "/01-basics.html")
        #expect(throws: (any Error).self) {
            try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("errors/bad-yaml"), outputFolder: output)).build()
        }
        #expect(Fixtures.read(output + "/01-basics.html") == before)
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["site"], "no staging folder is left behind")
    }

    @Test func filesOfDeletedLessonsDoNotLinger() throws {
        let lessons = try Fixtures.temporaryFolder()
        try Fixtures.write("---\ntitle: 首页\n---\n", to: lessons + "/index.md")
        try Fixtures.write("---\ntitle: 旧课\n---\n", to: lessons + "/01-old.md")
        let output = try Fixtures.temporaryFolder() + "/site"
        try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: output)).build()
        #expect(FileManager.default.fileExists(atPath: output + "/01-old.html"))
        try FileManager.default.removeItem(atPath: lessons + "/01-old.md")
        try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: output)).build()
        #expect(!FileManager.default.fileExists(atPath: output + "/01-old.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func rebuildingGivesIdenticalBytes() throws {
        let first = try Fixtures.temporaryFolder() + "/site"
        let second = try Fixtures.temporaryFolder() + "/site"
        for output in [first, second] {
            try SiteBuilder(options: BuildOptions(lessonsFolder: try Fixtures.lessonsCopy("basic"), outputFolder: output, frozen: true)).build()
        }
        for file in Fixtures.files(in: first) {
            #expect(Fixtures.read(first + "/" + file) == Fixtures.read(second + "/" + file))
        }
    }
}

@Suite struct BuildLockTests {
    @Test func aSecondBuildWaitsForTheFirstAndSaysSo() throws {
        let lessons = try Fixtures.temporaryFolder()
        try Fixtures.write("---\ntitle: 首页\n---\n", to: lessons + "/index.md")
        var held: BuildLock? = try BuildLock(lessonsFolder: lessons)
        let release = DispatchWorkItem { held = nil }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3, execute: release)
        var log: [String] = []
        let started = Date()
        _ = try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: lessons + "/../o-\(UUID().uuidString)"),
                            log: { log.append($0) }).build()
        release.wait()
        #expect(Date().timeIntervalSince(started) >= 0.25, "the build waited for the lock")
        #expect(log.contains { $0.contains("another ganbook build (process \(getpid())) is running on these lessons; waiting") })
        #expect(held == nil)
    }
}
