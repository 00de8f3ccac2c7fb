import CellScript
import Foundation
import ResourceBudget
import HostileCells
import Testing
@testable import Builtins

/// Issue 20's hostile one-line cells: each used to kill the process (stack overflow, overflow
/// trap) or grow it to many GB; each is now a located error (or, for lazy ranges, a quick
/// result) in process. The table is the contract: source → error text and location.
@Suite struct HostileCellTests {
    @Test(arguments: HostileCell.cases.filter { !$0.workerOnly }) func hostileCellIsALocatedError(_ c: HostileCell) throws {
        let cells = try BuiltinCells()
        cells.interpreter.limits.memoryBudget = c.budget
        cells.interpreter.limits.timeLimit = 20
        let started = Date()
        let result = cells.run(c.source)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message).prefix(3))")
        let diagnostic = try #require(result.diagnostics.first)
        if c.message.hasSuffix("…") {
            #expect(diagnostic.message.hasPrefix(String(c.message.dropLast())), "\(diagnostic.message)")
        } else {
            #expect(diagnostic.message == c.message)
        }
        #expect(diagnostic.range.start.line == c.line && diagnostic.range.start.column == c.column, "at \(diagnostic.range.start)")
        #expect(seconds < 15, "took \(seconds) s")
    }

    /// `Progress` and ranges are walked, never materialised: a `break` after 3 steps of
    /// `0..<Int.max` is instant, and so are the range methods that need no array.
    @Test func lazyRangesNeverMaterialise() throws {
        let cells = try BuiltinCells()
        cells.interpreter.limits.memoryBudget = 64 << 20
        let started = Date()
        let value = try cells.value("""
            var steps: [Int] = []
            for i in Progress(0..<Int.max) {
                steps.append(i)
                if steps.count == 3 { break }
            }
            let r = 0..<Int.max
            [steps.count, r.first!, r.last!, r.min()!, r.max()!, r.isEmpty ? 1 : 0, r.contains(where: { $0 == 7 }) ? 1 : 0,
             r.first(where: { $0 > 40 })!, r.firstIndex(of: 99)!, r.prefix(3).count, r.suffix(2)[1], r.indices.count]
            """)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(value.description == "[3, 0, 9223372036854775806, 0, 9223372036854775806, 0, 1, 41, 99, 3, 9223372036854775806, 9223372036854775807]")
    }

    /// A value nested 200 000 levels deep is freed on the cell thread's stack, not the caller's.
    @Test func deeplyNestedValuesAreFreedOnTheCellThread() throws {
        do {
            let cells = try BuiltinCells()
            let result = cells.run("var x: [Any] = []\nfor _ in 0..<200_000 { x = [x] }\nx.count")
            #expect(result.displayValue?.description == "1", "\(result.diagnostics.map(\.message))")
        }
        // Reaching here means the interpreter and its values were released without a crash.
    }

    /// A cell that stays within its budget runs; the budget counts from the cell's start, so
    /// values earlier cells hold are not charged again.
    @Test func budgetCountsFromTheCellsStart() throws {
        let cells = try BuiltinCells()
        cells.interpreter.limits.memoryBudget = 256 << 20
        #if os(Linux) || os(macOS)
        #expect(MemoryBudget.heapBytesInUse != nil, "the allocator's statistics are readable here")
        #endif
        #expect(cells.run("let a = zeros([4096, 4096])\nlet b = zeros([4096, 4096])").succeeded)   // 2 × 64 MB
        #expect(cells.run("let c = zeros([4096, 4096])\nlet d = zeros([4096, 4096])").succeeded)   // 128 MB more, new cell
        let third = cells.run("let e = zeros([8192, 8200])")                                        // over 256 MB alone
        #expect(third.diagnostics.first?.message.hasPrefix("memory budget exceeded: zeros([8192, 8200]) asked for 0.25 GB (budget 0.25 GB") == true,
                "\(third.diagnostics.map(\.message))")
    }
}
