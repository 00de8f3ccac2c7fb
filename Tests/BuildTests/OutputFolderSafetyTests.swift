import Foundation
import Testing
@testable import Build

/// `--out` never deletes what ganbook did not write: folders that hold the lessons, the working
/// directory, the home folder or a stranger's files are refused, and the clean-up of a killed
/// build's staging folder touches nothing else beside the site.
@Suite struct OutputFolderSafetyTests {
    private func build(lessons: String, out: String) throws {
        try SiteBuilder(options: BuildOptions(lessonsFolder: lessons, outputFolder: out, frozen: true)).build()
    }

    private func refusal(lessons: String, out: String, home: String? = nil,
                         workingDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        do {
            try OutputFolderGuard.check(destination: out, lessonsFolder: lessons,
                                        workingDirectory: workingDirectory, home: home)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func theLessonsFolderAndItsAncestorsAreRefusedAndKept() throws {
        let lessons = try Fixtures.lessonsCopy("basic")
        let before = Fixtures.files(in: lessons)
        #expect(throws: SiteError.self) { try build(lessons: lessons, out: lessons) }
        let parent = (lessons as NSString).deletingLastPathComponent
        #expect(throws: SiteError.self) { try build(lessons: lessons, out: parent) }
        #expect(Fixtures.files(in: lessons) == before, "every lesson file is still there")
        #expect(refusal(lessons: lessons, out: lessons)?.contains("it is the lessons folder") == true)
        #expect(refusal(lessons: lessons, out: parent)?.contains("holds the lessons folder") == true)
        #expect(refusal(lessons: lessons, out: lessons + "/site")?.contains("inside the lessons folder") == true)
        #expect(refusal(lessons: lessons + "/./", out: parent + "/x/..")?.contains("holds the lessons folder") == true,
                "paths are compared after . and .. are resolved")
    }

    @Test func aFolderWithSomeoneElsesFilesIsRefusedAndKept() throws {
        let lessons = try Fixtures.lessonsCopy("basic")
        let mydocs = try Fixtures.temporaryFolder() + "/mydocs"
        try Fixtures.write("my thesis", to: mydocs + "/thesis.txt")
        #expect(throws: SiteError.self) { try build(lessons: lessons, out: mydocs) }
        #expect(Fixtures.read(mydocs + "/thesis.txt") == "my thesis")
        let message = refusal(lessons: lessons, out: mydocs) ?? ""
        #expect(message.contains("mydocs: error: refusing to replace this folder"))
        #expect(message.contains(OutputFolderGuard.markerName))
    }

    @Test func rootHomeAndWorkingDirectoryAreRefused() throws {
        let lessons = try Fixtures.lessonsCopy("basic")
        let home = try Fixtures.temporaryFolder()
        let working = try Fixtures.temporaryFolder() + "/project"
        try FileManager.default.createDirectory(atPath: working, withIntermediateDirectories: true)
        #expect(refusal(lessons: lessons, out: "/")?.contains("root folder") == true)
        #expect(refusal(lessons: lessons, out: home, home: home)?.contains("home folder") == true)
        #expect(refusal(lessons: lessons, out: working, workingDirectory: working)?.contains("the working directory") == true)
        #expect(refusal(lessons: lessons, out: (working as NSString).deletingLastPathComponent,
                        workingDirectory: working)?.contains("holds the working directory") == true)
        #expect(refusal(lessons: lessons, out: ".")?.contains("working directory") == true, "`--out .`")
    }

    @Test func aFileIsRefused() throws {
        let lessons = try Fixtures.lessonsCopy("basic")
        let file = try Fixtures.temporaryFolder() + "/notes.txt"
        try Fixtures.write("notes", to: file)
        #expect(refusal(lessons: lessons, out: file)?.contains("is a file") == true)
    }

    @Test func newEmptyAndMarkedFoldersAreReplacedAndCarryTheMarker() throws {
        let lessons = try Fixtures.lessonsCopy("basic")
        let empty = try Fixtures.temporaryFolder()
        try build(lessons: lessons, out: empty)
        #expect(OutputFolderGuard.isMarkedSite(empty))
        try build(lessons: lessons, out: empty)   // a site ganbook wrote is replaced again
        let fresh = try Fixtures.temporaryFolder() + "/new/site"
        try build(lessons: lessons, out: fresh)
        #expect(OutputFolderGuard.isMarkedSite(fresh))
        #expect(FileManager.default.fileExists(atPath: fresh + "/index.html"))
    }

    @Test func filesBesideTheSiteSurviveAndOnlyDeadStagingWithTheMarkerGoes() throws {
        let lessons = try Fixtures.lessonsCopy("basic")
        let parent = try Fixtures.temporaryFolder()
        let out = parent + "/site"
        // A user's files whose names look like temporaries, and a staging-like folder without the marker.
        try Fixtures.write("notes", to: parent + "/notes.tmp-99999.txt")
        try Fixtures.write("draft", to: parent + "/draft.tmp-4242/draft.md")
        try Fixtures.write("mine", to: parent + "/.site.tmp-2147483000/mine.txt")
        // A killed build's staging folder: our name, a dead process, the marker.
        let abandoned = parent + "/.site.tmp-2147483001"
        try Fixtures.write(OutputFolderGuard.markerText, to: abandoned + "/" + OutputFolderGuard.markerName)
        try build(lessons: lessons, out: out)
        #expect(Fixtures.read(parent + "/notes.tmp-99999.txt") == "notes")
        #expect(Fixtures.read(parent + "/draft.tmp-4242/draft.md") == "draft")
        #expect(Fixtures.read(parent + "/.site.tmp-2147483000/mine.txt") == "mine")
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }
}
