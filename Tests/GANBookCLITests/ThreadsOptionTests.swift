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
