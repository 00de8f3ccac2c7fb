import Foundation
import Testing
@testable import Build
@testable import Site

/// Each folder of `Fixtures/errors` is a broken course; `expected-error.txt` holds the one-line
/// error (with `<lessons>` standing for the folder's path).
@Suite struct BuildErrorTests {
    static let cases = Fixtures.files(in: Fixtures.path("errors")).compactMap { file -> String? in
        file.hasSuffix("/lessons/index.md") || file.hasSuffix("/lessons/01-one.md") ? String(file.split(separator: "/")[0]) : nil
    }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }

    @Test(arguments: cases) func brokenCourseGivesOneLineError(name: String) throws {
        // A copy: building runs cells, which would leave freeze and cache files in the fixture.
        let scratch = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let lessons = scratch + "/lessons"
        try FileManager.default.copyItem(atPath: Fixtures.path("errors/\(name)/lessons"), toPath: lessons)
        let output = scratch + "/site"
        var message = ""
        do {
            try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: output)).build()
        } catch {
            message = String(describing: error).replacingOccurrences(of: lessons, with: "<lessons>")
        }
        let expectedPath = Fixtures.path("errors/\(name)/expected-error.txt")
        if Fixtures.updating { try Fixtures.write(message + "\n", to: expectedPath) }
        #expect(message + "\n" == Fixtures.read(expectedPath))
        for line in message.split(separator: "\n") {
            #expect(line.contains(": error: "), "each problem is one line naming its file")
        }
        #expect(!FileManager.default.fileExists(atPath: output), "a failed build writes nothing")
    }

    @Test func missingLessonsFolderIsAnError() throws {
        #expect(throws: (any Error).self) {
            try SiteBuilder(options: BuildOptions(lessonsFolder: "/nonexistent/lessons", outputFolder: "/tmp/never")).build()
        }
    }

    @Test func fileThatIsNotUTF8IsAnError() throws {
        let lessons = try Fixtures.temporaryFolder()
        try Fixtures.write("---\ntitle: 首页\n---\n", to: lessons + "/index.md")
        _ = FileManager.default.createFile(atPath: lessons + "/01-latin1.md", contents: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0xFF, 0x0A]))
        #expect { try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: lessons + "/../out")).build() } throws: { error in
            String(describing: error) == "\(lessons)/01-latin1.md:2:1: error: invalid UTF-8: byte 0xE9 at offset 4 does not decode (save the file as UTF-8)"
        }
    }
}
