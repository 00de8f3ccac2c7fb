/// The hostile cells of issue 20, shared by the in-process suite (BuiltinsTests) and the suite
/// that runs each one in a real cell worker (NotebookTests): the source, the located error it
/// must give, and the memory budget to run it under (small, so the tests' peak memory stays small).
public struct HostileCell: Sendable, CustomStringConvertible {
    public var name: String
    public var source: String
    /// The error message, or its start when it ends in `…` (what the cell already holds
    /// depends on the allocator's state).
    public var message: String
    public var line: Int
    public var column: Int
    /// Memory budget of the run (small, so that the test's peak memory stays small).
    public var budget: Int = 4 << 30
    /// Runs only in a worker process of its own. The budget reads the process-wide heap; in the
    /// shared test process other suites free memory meanwhile, and a cell that nests a value one
    /// level per step can then grow deep enough, before the reading catches up, that freeing it
    /// overflows a stack (a fresh-clone CI run died of SIGSEGV there). A worker runs one cell at a
    /// time, so its reading is the cell's.
    public var workerOnly = false
    public var description: String { name }

    public init(name: String, source: String, message: String, line: Int, column: Int, budget: Int = 4 << 30,
                workerOnly: Bool = false) {
        self.name = name
        self.source = source
        self.message = message
        self.line = line
        self.column = column
        self.budget = budget
        self.workerOnly = workerOnly
    }

    /// Whether `message` is what the case expects (its start, when it ends in `…`).
    public func matches(_ message: String) -> Bool {
        self.message.hasSuffix("…") ? message.hasPrefix(String(self.message.dropLast())) : message == self.message
    }
}

extension HostileCell {
    public static let nested = "expression or block nested too deeply (more than 128 levels)"

    public static let cases: [HostileCell] = [
        // One line kills the process.
        HostileCell(name: "20 000-term sum", source: "let x = 1" + String(repeating: " + 1", count: 19_999),
                    message: nested, line: 1, column: 519),
        HostileCell(name: "6 000-branch else if",
                    source: "let v = 3\n" + (0..<6_000).map { "if v == \($0) { print(\($0)) }" }.joined(separator: " else ") + " else { print(-1) }",
                    message: nested, line: 2, column: 3_801),
        HostileCell(name: "20 000 chained .magnitude", source: "let x = -2.0\nlet y = x" + String(repeating: ".magnitude", count: 20_000),
                    message: nested, line: 2, column: 1_280),
        HostileCell(name: "20 000 chained ??", source: "let x: Int? = nil\nlet y = x" + String(repeating: " ?? x", count: 19_999),
                    message: nested, line: 2, column: 646),
        HostileCell(name: "(Int.min..<Int.max).count", source: "let r = Int.min..<Int.max\nprint(r.count)",
                    message: "count of -9223372036854775808..<9223372036854775807 does not fit in Int (it has more than 9223372036854775807 elements)",
             line: 2, column: 9),
        HostileCell(name: "Normal().sample(Int.max)", source: "let d = Normal()\nlet s = d.sample(Int.max)",
                    message: "Normal.sample: n must be in 0…268435456, got 9223372036854775807", line: 2, column: 9),
        HostileCell(name: "ImageGrid columns Int.max", source: "let g = ImageGrid(zeros([4, 1, 8, 8]), columns: Int.max)",
                    message: "ImageGrid: columns must be in 1…1024, got 9223372036854775807", line: 1, column: 9),
        HostileCell(name: "Panels columns Int.max", source: "let c = Chart { LineMark(x: [0, 1], y: [0, 1]) }\nlet p = Panels([c, c], columns: Int.max)",
                    message: "Panels: columns must be in 0…64, got 9223372036854775807", line: 2, column: 9),
        HostileCell(name: "linspace count Int.max", source: "let xs = linspace(0, 1, count: Int.max)",
                    message: "linspace: count must be in 0…10000000, got 9223372036854775807", line: 1, column: 10),
        HostileCell(name: "String(format:) width 99999999999", source: "let s = String(format: \"%99999999999d\", 1)",
                    message: "String(format:): width in '%99999999999d' is larger than 16777216", line: 1, column: 9),
        // No memory bound.
        HostileCell(name: "40 × zeros([16384, 16384])", source: "var ts: [Tensor] = []\nfor _ in 0..<40 { ts.append(zeros([16384, 16384])) }",
                    message: "memory budget exceeded: zeros([16384, 16384]) asked for 1 GB (budget 0.25 GB…", line: 2, column: 29, budget: 256 << 20),
        HostileCell(name: "40 × zeros([4096, 4096]), accumulating", source: "var ts: [Tensor] = []\nfor _ in 0..<40 { ts.append(zeros([4096, 4096])) }",
                    message: "memory budget exceeded: zeros([4096, 4096]) asked for 0.06 GB (budget 0.25 GB; the cell already holds …", line: 2, column: 29,
             budget: 256 << 20),
        HostileCell(name: "1 000 × Array(repeating:count: 10_000_000)",
                    source: "var keep: [[Int]] = []\nfor i in 0..<1000 { keep.append(Array(repeating: i, count: 10_000_000)) }",
                    message: "memory budget exceeded: Array(repeating:count:) asked for 0.22 GB (budget 0.29 GB; the cell already holds …", line: 2, column: 33,
             budget: 300 << 20),
        HostileCell(name: "Array(0..<100_000_000)", source: "let a = Array(0..<100_000_000)",
                    message: "the range 0..<100000000 has 100000000 elements, more than the 10000000 an array may hold", line: 1, column: 9),
        HostileCell(name: "(0..<Int.max).map", source: "let a = (0..<Int.max).map { $0 * 2 }",
                    message: "the range 0..<9223372036854775807 has 9223372036854775807 elements, more than the 10000000 an array may hold", line: 1, column: 9),
        HostileCell(name: "String(format: \"%.999999999f\", 1.0)", source: "let s = String(format: \"%.999999999f\", 1.0)",
                    message: "String(format:): precision in '%.999999999f' is larger than 16777216", line: 1, column: 9),
        HostileCell(name: "String(format:) precision within the cap, past the budget", source: "let s = String(format: \"%.16000000f\", 1.0)",
                    message: "memory budget exceeded: String(format: \"%.16000000f\") asked for 0.09 GB (budget 0.06 GB)", line: 1, column: 9,
             budget: 64 << 20),
        // The budget (48 MB) is below the 64 MB that one doubling asks for on its own, so the cell
        // stops there at the latest even when the process-wide heap measurement reads low (other
        // tests freeing memory meanwhile); with 64 MB it could reach the 100 MB string cap first.
        HostileCell(name: "string doubling", source: "var s = \"ab\"\nwhile true { s = s + s }",
                    message: "memory budget exceeded: string concatenation asked for 0.0…", line: 2, column: 20, budget: 48 << 20),
        HostileCell(name: "elementwise results of a tensor kept in a loop",
                    source: "let big = zeros([4096, 4096])\nvar keep: [Tensor] = []\nfor i in 0..<40 { keep.append(big + Double(i)) }",
                    message: "memory budget exceeded: + on [4096, 4096] asked for 0.06 GB (budget 0.13 GB; the cell already holds …", line: 3, column: 35,
             budget: 128 << 20),
        HostileCell(name: "many small allocations: nested literals in a loop", source: "var x: [Any] = []\nwhile true { x = [x] }",
                    message: "memory budget exceeded: this loop has grown the cell's memory to …", line: 2, column: 1,
                    budget: 32 << 20, workerOnly: true),
    ]
}
