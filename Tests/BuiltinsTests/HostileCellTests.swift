import CellScript
import Foundation
import ResourceBudget
import Testing
@testable import Builtins

/// Issue 20's hostile one-line cells: each used to kill the process (stack overflow, overflow
/// trap) or grow it to many GB; each is now a located error (or, for lazy ranges, a quick
/// result) in process. The table is the contract: source → error text and location.
@Suite struct HostileCellTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var source: String
        /// The error message, or its start when it ends in `…` (what the cell already holds
        /// depends on the allocator's state).
        var message: String
        var line: Int
        var column: Int
        /// Memory budget of the run (small, so that the test's peak memory stays small).
        var budget: Int = 4 << 30
        var description: String { name }
    }

    static let nested = "expression or block nested too deeply (more than 128 levels)"

    static let cases: [Case] = [
        // One line kills the process.
        Case(name: "20 000-term sum", source: "let x = 1" + String(repeating: " + 1", count: 19_999),
             message: nested, line: 1, column: 519),
        Case(name: "6 000-branch else if",
             source: "let v = 3\n" + (0..<6_000).map { "if v == \($0) { print(\($0)) }" }.joined(separator: " else ") + " else { print(-1) }",
             message: nested, line: 2, column: 3_801),
        Case(name: "20 000 chained .magnitude", source: "let x = -2.0\nlet y = x" + String(repeating: ".magnitude", count: 20_000),
             message: nested, line: 2, column: 1_280),
        Case(name: "20 000 chained ??", source: "let x: Int? = nil\nlet y = x" + String(repeating: " ?? x", count: 19_999),
             message: nested, line: 2, column: 646),
        Case(name: "(Int.min..<Int.max).count", source: "let r = Int.min..<Int.max\nprint(r.count)",
             message: "count of -9223372036854775808..<9223372036854775807 does not fit in Int (it has more than 9223372036854775807 elements)",
             line: 2, column: 9),
        Case(name: "Normal().sample(Int.max)", source: "let d = Normal()\nlet s = d.sample(Int.max)",
             message: "Normal.sample: n must be in 0…268435456, got 9223372036854775807", line: 2, column: 9),
        Case(name: "ImageGrid columns Int.max", source: "let g = ImageGrid(zeros([4, 1, 8, 8]), columns: Int.max)",
             message: "ImageGrid: columns must be in 1…1024, got 9223372036854775807", line: 1, column: 9),
        Case(name: "Panels columns Int.max", source: "let c = Chart { LineMark(x: [0, 1], y: [0, 1]) }\nlet p = Panels([c, c], columns: Int.max)",
             message: "Panels: columns must be in 0…64, got 9223372036854775807", line: 2, column: 9),
        Case(name: "linspace count Int.max", source: "let xs = linspace(0, 1, count: Int.max)",
             message: "linspace: count must be in 0…10000000, got 9223372036854775807", line: 1, column: 10),
        Case(name: "String(format:) width 99999999999", source: "let s = String(format: \"%99999999999d\", 1)",
             message: "String(format:): width in '%99999999999d' is larger than 16777216", line: 1, column: 9),
        // No memory bound.
        Case(name: "40 × zeros([16384, 16384])", source: "var ts: [Tensor] = []\nfor _ in 0..<40 { ts.append(zeros([16384, 16384])) }",
             message: "memory budget exceeded: zeros([16384, 16384]) asked for 1 GB (budget 0.25 GB…", line: 2, column: 29, budget: 256 << 20),
        Case(name: "40 × zeros([4096, 4096]), accumulating", source: "var ts: [Tensor] = []\nfor _ in 0..<40 { ts.append(zeros([4096, 4096])) }",
             message: "memory budget exceeded: zeros([4096, 4096]) asked for 0.06 GB (budget 0.25 GB; the cell already holds …", line: 2, column: 29,
             budget: 256 << 20),
        Case(name: "1 000 × Array(repeating:count: 10_000_000)",
             source: "var keep: [[Int]] = []\nfor i in 0..<1000 { keep.append(Array(repeating: i, count: 10_000_000)) }",
             message: "memory budget exceeded: Array(repeating:count:) asked for 0.22 GB (budget 0.29 GB; the cell already holds …", line: 2, column: 33,
             budget: 300 << 20),
        Case(name: "Array(0..<100_000_000)", source: "let a = Array(0..<100_000_000)",
             message: "the range 0..<100000000 has 100000000 elements, more than the 10000000 an array may hold", line: 1, column: 9),
        Case(name: "(0..<Int.max).map", source: "let a = (0..<Int.max).map { $0 * 2 }",
             message: "the range 0..<9223372036854775807 has 9223372036854775807 elements, more than the 10000000 an array may hold", line: 1, column: 9),
        Case(name: "String(format: \"%.999999999f\", 1.0)", source: "let s = String(format: \"%.999999999f\", 1.0)",
             message: "String(format:): precision in '%.999999999f' is larger than 16777216", line: 1, column: 9),
        Case(name: "String(format:) precision within the cap, past the budget", source: "let s = String(format: \"%.16000000f\", 1.0)",
             message: "memory budget exceeded: String(format: \"%.16000000f\") asked for 0.09 GB (budget 0.06 GB)", line: 1, column: 9,
             budget: 64 << 20),
        Case(name: "string doubling", source: "var s = \"ab\"\nwhile true { s = s + s }",
             message: "memory budget exceeded: string concatenation asked for 0.06 GB (budget 0.06 GB…", line: 2, column: 20, budget: 64 << 20),
        Case(name: "elementwise results of a tensor kept in a loop",
             source: "let big = zeros([4096, 4096])\nvar keep: [Tensor] = []\nfor i in 0..<40 { keep.append(big + Double(i)) }",
             message: "memory budget exceeded: + on [4096, 4096] asked for 0.06 GB (budget 0.13 GB; the cell already holds …", line: 3, column: 35,
             budget: 128 << 20),
        Case(name: "many small allocations: nested literals in a loop", source: "var x: [Any] = []\nwhile true { x = [x] }",
             message: "memory budget exceeded: this loop has grown the cell's memory to …", line: 2, column: 1,
             budget: 32 << 20),
    ]

    @Test(arguments: cases) func hostileCellIsALocatedError(_ c: Case) throws {
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
