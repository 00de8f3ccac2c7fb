import CellScript

/// A lesson kept running between rebuilds of the live preview, like a notebook kernel: after
/// each cell it keeps a checkpoint (bindings and object states), so that when a cell changes,
/// the cells before it are not run again. Editing the sampling cell after a training cell runs
/// that cell alone, on the trained model restored from the checkpoint.
///
/// Cells after the first changed one run again when their key changed (they depend on a
/// changed cell); the others replay what they defined from their checkpoint.
public final class LiveLesson {
    private let executor: LessonExecutor
    private var frozen: FrozenLesson
    private var checkpoints: [Checkpoint]

    struct Checkpoint {
        var globals: GlobalsSnapshot
        var objects: ObjectStates
    }

    /// Runs every cell of `plan` once, keeping checkpoints.
    public init(plan: LessonPlan, courseSeed: UInt64, lessonsFolder: String, store: FreezeStore,
                progress: ProgressSink, onCellFinished: @escaping (FrozenCell) -> Void) throws {
        executor = try LessonExecutor(plan: plan, courseSeed: courseSeed, lessonsFolder: lessonsFolder,
                                      store: store, progress: progress)
        executor.onCellFinished = onCellFinished
        frozen = FrozenLesson()
        checkpoints = []
        var failed: [Int: String] = [:]
        for index in plan.cells.indices { runAndCheckpoint(index, failed: &failed) }
    }

    public var outputs: FrozenLesson { frozen }

    /// Brings the lesson to `plan`, running as few cells as possible. Returns the names of the
    /// cells that ran, or nil when the change cannot be applied in place (cells were added,
    /// removed or reordered before the first change): then the caller starts a new `LiveLesson`.
    public func update(to plan: LessonPlan) throws -> [String]? {
        let old = executor.plan
        guard plan.cells.map(\.name) == old.cells.map(\.name) else { return nil }
        let changed = plan.cells.indices.filter { plan.keys[$0] != old.keys[$0] }
        guard let first = changed.first else { return [] }
        let start = first == 0 ? nil : checkpoints[first - 1]
        guard first == 0 || start != nil else { return nil }
        let oldCheckpoints = checkpoints
        executor.plan = plan
        if let start {
            executor.interpreter.restoreGlobals(start.globals)
            try start.objects.restore()
        } else {
            executor.interpreter.restoreGlobals(.empty)
        }
        var ran: [String] = []
        let oldCells = frozen.cells
        frozen.cells = Array(frozen.cells.prefix(first))
        checkpoints = Array(checkpoints.prefix(first))
        let changedSet = Set(changed)
        var failed: [Int: String] = [:]
        for (index, cell) in oldCells.enumerated().prefix(first) where cell.failure != nil || cell.skippedBecause != nil {
            failed[index] = cell.failure?.message ?? cell.skippedBecause
        }
        for index in first..<plan.cells.count {
            let blocked = CellDependencies.transitive(plan.dependencies, of: index).contains { failed[$0] != nil }
            if changedSet.contains(index) || blocked || oldCells[index].skippedBecause != nil {
                runAndCheckpoint(index, failed: &failed)
                ran.append(plan.cells[index].name)
            } else {
                // Unchanged and independent of what changed: replay its bindings and objects.
                let previous = oldCheckpoints[index]
                let names = plan.names[index].defines.union(plan.names[index].mutates)
                try executor.interpreter.adoptGlobals(names, from: previous.globals)
                try ObjectStates.capture(names.compactMap { previous.globals.value(named: $0) }).restore()
                var cell = oldCells[index]
                if let failure = cell.failure, !plan.cells[index].options.expectsError { failed[index] = failure.message }
                cell.key = plan.keys[index]
                cell.ownHash = plan.ownHashes[index]
                frozen.cells.append(cell)
                checkpoints.append(capture())
            }
        }
        return ran
    }

    private func runAndCheckpoint(_ index: Int, failed: inout [Int: String]) {
        let cell = executor.runOrSkip(index, failed: &failed)
        executor.onCellFinished(cell)
        frozen.cells.append(cell)
        checkpoints.append(capture())
    }

    private func capture() -> Checkpoint {
        let globals = executor.interpreter.captureGlobals()
        return Checkpoint(globals: globals, objects: ObjectStates.capture(globals.values))
    }

}
