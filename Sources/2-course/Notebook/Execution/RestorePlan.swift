import CellScript

/// Which cells of a lesson must run and which values are put back from snapshots instead, so
/// that the cells that must run see the same state as in a run of the whole lesson.
///
/// For each name a running cell reads or changes, the value it needs is the one left by the
/// latest earlier cell that defined or changed that name (the same rule as the dependencies).
/// When that cell's snapshot holds the name, the name is restored at that cell's position;
/// otherwise (no snapshot yet, or a value such as a closure that has no snapshot form) that
/// cell runs too, and what it needs is looked up the same way. A function restored from its
/// declaration needs, in turn, the names its body uses, as they were at its cell.
///
/// ```swift
/// let restore = RestorePlan(names: plan.names, mustRun: [7]) { cell in stored[cell] }
/// restore.run        // [7] when cell 5 (training) has a snapshot with `G`
/// restore.restores   // [5: ["G"]]
/// ```
struct RestorePlan {
    /// What one cell's snapshot holds.
    struct Stored {
        var names: Set<String>
        /// For each stored function or type, the names its declaration uses; for each stored
        /// struct or enum value, the cell types it holds.
        var functionReads: [String: Set<String>] = [:]
    }


    /// Cells that run, in document order.
    private(set) var run: [Int]
    /// Names restored from a cell's snapshot, keyed by that cell.
    private(set) var restores: [Int: Set<String>]
    /// Why a cell outside `mustRun` runs: the name a running cell needs from it and the cell.
    private(set) var reasons: [Int: (name: String, neededBy: Int)]

    /// - Parameters:
    ///   - names: def/use names of every cell (with aliases folded in).
    ///   - mustRun: cells that run whatever the snapshots hold (stale or forced).
    ///   - stored: what cell `i`'s snapshot holds, or nil when it has none.
    init(names: [CellNames], mustRun: Set<Int>, stored: (Int) -> Stored?) {
        var running = mustRun
        var restores: [Int: Set<String>] = [:]
        var reasons: [Int: (name: String, neededBy: Int)] = [:]
        // A need: `name` as it was just before cell `position`, for cell `neededBy`.
        var queue: [(name: String, position: Int, neededBy: Int)] = []
        var seen = Set<String>()
        func needsOfRunning(_ cell: Int) {
            for name in names[cell].reads.union(names[cell].mutates).sorted() { queue.append((name, cell, cell)) }
        }
        mustRun.sorted().forEach(needsOfRunning)
        while let need = queue.popLast() {
            guard seen.insert("\(need.name)@\(need.position)").inserted else { continue }
            // Alias groups may list names a cell could not have touched yet; only names some
            // earlier cell declared can carry state into this one.
            guard (0..<need.position).contains(where: { names[$0].defines.contains(need.name) }),
                  let writer = Self.latestWriter(of: need.name, before: need.position, names: names),
                  !running.contains(writer) else { continue }
            if let snapshot = stored(writer), snapshot.names.contains(need.name) {
                restores[writer, default: []].insert(need.name)
                // A declaration reads names as its cell leaves them; an extension of a type
                // reads the type as it was before the cell.
                for name in snapshot.functionReads[need.name] ?? [] {
                    queue.append((name, name == need.name ? writer : writer + 1, need.neededBy))
                }
            } else {
                running.insert(writer)
                reasons[writer] = (need.name, need.neededBy)
                needsOfRunning(writer)
            }
        }
        for cell in running { restores[cell] = nil }
        run = running.sorted()
        self.restores = restores
        self.reasons = reasons
    }

    /// The latest cell before `cell` that defined or changed `name`.
    static func latestWriter(of name: String, before cell: Int, names: [CellNames]) -> Int? {
        (0..<cell).reversed().first { names[$0].defines.contains(name) || names[$0].mutates.contains(name) }
    }

    /// Every cell that runs or restores, in document order.
    var steps: [Int] { Set(run).union(restores.keys).sorted() }
}

extension RestorePlan.Stored {
    /// What `snapshot` holds.
    init(_ snapshot: ValueSnapshot) {
        names = snapshot.storedNames
        functionReads = Dictionary(snapshot.functions.map { ($0.name, $0.reads) }, uniquingKeysWith: { $1 })
        functionReads.merge(snapshot.typesNeeded) { $0.union($1) }
    }

    /// What `snapshot` holds of values whose static type is still the one the lesson's type
    /// check gives them after the cell (`typesAfterCell`): a value stored with another type
    /// is not used (its cell runs).
    init(_ snapshot: ValueSnapshot, typesAfterCell: CellTypeEnvironment) {
        self.init(snapshot)
        for (name, stored) in snapshot.staticTypes where typesAfterCell.typeDescription(of: name) != stored {
            names.remove(name)
        }
    }
}
