import ArgumentParser
import Foundation
import Testing
@testable import GANBookCLI

/// Bad input ends a command with status 1 after one `path:line:col: error:` line.
@Suite struct ExitStatusTests {
    @Test func buildExitsWithStatusOneOnBadInput() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch + "/lessons", withIntermediateDirectories: true)
        try "---\nsummary: 没有标题\n---\n\n# 首页\n".write(toFile: scratch + "/lessons/index.md", atomically: true, encoding: .utf8)
        var command = try GANBookCommand.parseAsRoot(["build", "--lessons", scratch + "/lessons", "--out", scratch + "/site", "--quiet"])
        #expect { try command.run() } throws: { error in
            (error as? ExitCode) == .failure
        }
        #expect(!FileManager.default.fileExists(atPath: scratch + "/site"), "a failed build writes nothing")
    }
}
