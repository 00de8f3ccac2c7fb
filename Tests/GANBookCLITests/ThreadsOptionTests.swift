import ArgumentParser
import Testing
@testable import GANBookCLI

/// `--threads` on the commands that execute cells.
struct ThreadsOptionTests {
    @Test func eachExecutingCommandTakesAThreadCount() throws {
        for arguments in [["build", "--threads", "1"], ["run", "lessons/01.md", "--threads", "3"], ["serve", "--threads", "2"]] {
            let command = try GANBookCommand.parseAsRoot(arguments)
            let threads = (command as? BuildCommand)?.engine.threads ?? (command as? RunCommand)?.engine.threads
                ?? (command as? ServeCommand)?.engine.threads
            #expect(threads == Int(arguments.last!), "\(arguments)")
        }
    }

    @Test func aCountBelowOneIsAUsageError() {
        for count in ["0", "-2"] {
            do {
                _ = try GANBookCommand.parseAsRoot(["build", "--threads=\(count)"])
                Issue.record("--threads \(count) was accepted")
            } catch {
                #expect(GANBookCommand.message(for: error) == "--threads must be at least 1, got \(count)")
            }
        }
    }
}

/// `--lessons` and `--out` mean the same on every command that takes them.
struct FolderOptionsTests {
    @Test func buildServeAndWhyShareTheFolderOptions() throws {
        let build = try #require(try GANBookCommand.parseAsRoot(["build", "--lessons", "L", "--out", "O"]) as? BuildCommand)
        let serve = try #require(try GANBookCommand.parseAsRoot(["serve", "--lessons", "L", "--out", "O"]) as? ServeCommand)
        let why = try #require(try GANBookCommand.parseAsRoot(["why", "01", "--lessons", "L"]) as? WhyCommand)
        #expect([build.folder.lessons, serve.folder.lessons, why.folder.lessons] == ["L", "L", "L"])
        #expect([build.output.out, serve.out] == ["O", "O"])
        let defaults = try #require(try GANBookCommand.parseAsRoot(["build"]) as? BuildCommand)
        #expect(defaults.folder.lessons == "lessons" && defaults.output.out == "site")
        // serve writes its site into the private overlay unless told otherwise (never the committed site/).
        let serveDefaults = try #require(try GANBookCommand.parseAsRoot(["serve"]) as? ServeCommand)
        #expect(serveDefaults.out == nil)
    }
}
