import Foundation
import Testing
@testable import CellScript

/// Runs every case of every script in `Scripts/` and reports each failing case with file:line.
@Test func scriptFiles() throws {
    let directory = try #require(Bundle.module.url(forResource: "Scripts", withExtension: nil))
    let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "swift" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
    var total = 0
    var failed = 0
    for file in files {
        let text = try String(contentsOf: file, encoding: .utf8)
        for testCase in ScriptCase.parse(text, file: file.lastPathComponent) {
            total += 1
            let failures = ScriptRunner.run(testCase)
            if !failures.isEmpty {
                failed += 1
                let message = "\(testCase.file):\(testCase.line): case '\(testCase.name)' failed\n" + failures.joined(separator: "\n")
                Issue.record(Comment(rawValue: message))
            }
        }
    }
    print("script cases: \(total), failed: \(failed)")
    #expect(total >= 200)
}
