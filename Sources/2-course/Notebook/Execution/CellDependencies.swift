/// The top-level names one cell defines, reads and may change, from CellScript's static
/// def/use analysis.
public struct CellNames: Sendable, Equatable {
    public var defines: Set<String>
    public var reads: Set<String>
    public var mutates: Set<String>

    public init(defines: Set<String> = [], reads: Set<String> = [], mutates: Set<String> = []) {
        self.defines = defines
        self.reads = reads
        self.mutates = mutates
    }
}

/// Which earlier cells each cell depends on: for every name a cell reads or changes, the latest
/// earlier cell that defined or changed that name (changing counts: `G.train(…)` alters `G`).
public enum CellDependencies {
    /// For each cell, the sorted indices of the cells it depends on (directly).
    public static func direct(_ cells: [CellNames]) -> [[Int]] {
        var lastWriter: [String: Int] = [:]
        var result: [[Int]] = []
        for (index, cell) in cells.enumerated() {
            var dependencies = Set<Int>()
            for name in cell.reads.union(cell.mutates) {
                if let writer = lastWriter[name] { dependencies.insert(writer) }
            }
            result.append(dependencies.sorted())
            for name in cell.defines.union(cell.mutates) { lastWriter[name] = index }
        }
        return result
    }

    /// Every cell `index` depends on, directly or through others, sorted.
    public static func transitive(_ direct: [[Int]], of index: Int) -> [Int] {
        var seen = Set<Int>()
        var stack = direct[index]
        while let next = stack.popLast() {
            if seen.insert(next).inserted { stack += direct[next] }
        }
        return seen.sorted()
    }
}
