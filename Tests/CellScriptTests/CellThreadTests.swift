import CellScript
import Foundation
import Testing

@Suite struct CellThreadTests {
    /// The process's thread count from `/proc/self/task`. Where that is missing (not Linux) the
    /// test records a failure instead of comparing two zeros.
    func threadCount() throws -> Int {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count
        } catch {
            Issue.record("cannot count threads: /proc/self/task is unreadable (\(error)); this check needs Linux")
            throw error
        }
    }

    @Test func cellsOfOneInterpreterShareAThreadThatEndsWithIt() async throws {
        let before = try threadCount()
        for _ in 0..<40 {
            let interpreter = Interpreter()
            #expect(interpreter.run("let a = 1").succeeded)
            #expect(interpreter.run("a + 1").displayValue?.description == "2")
        }
        // Threads end asynchronously after their interpreter is gone; give them a moment.
        var after = try threadCount()
        for _ in 0..<50 where after > before + 4 {
            try await Task.sleep(for: .milliseconds(20))
            after = try threadCount()
        }
        #expect(before > 0, "the test process has at least its main thread")
        #expect(after <= before + 4, "threads before \(before), after \(after)")
    }

    @Test func changingTheStackSizeStartsANewThread() {
        let interpreter = Interpreter()
        let first = interpreter.run("func depth(_ n: Int) -> Int {\n    if n == 0 { return 0 }\n    return 1 + depth(n - 1)\n}\ndepth(500)")
        #expect(first.displayValue?.description == "500", "\(first.formattedDiagnostics)")
        interpreter.stackSize = 64 << 20
        let second = interpreter.run("depth(700)")
        #expect(second.displayValue?.description == "700", "\(second.formattedDiagnostics)")
    }
}
