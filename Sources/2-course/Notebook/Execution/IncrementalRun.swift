import CellScript
import Course

/// What an incremental run did, for the build log.
public struct IncrementalRunSummary {
    /// The lesson's frozen outputs: the cells that ran replaced, the others kept.
    public var frozen: FrozenLesson
    /// Names of the cells that ran.
    public var ran: [String]
    /// `cell (why)` for each cell that ran although it was current: what a running cell needed
    /// from it that no snapshot holds.
    public var ranForValues: [String]
    /// `cell: name, name` for each cell whose values came from its snapshot.
    public var restored: [String]
    /// The SVG/PNG files the cells that ran produced (file name → bytes).
    public var assets: [String: [UInt8]] = [:]
}

extension LessonRunner {
    /// Runs only the cells in `mustRun` and whatever they need that no snapshot holds; values
    /// the snapshots hold are restored at their cell's position instead of running that cell
    /// (see `RestorePlan`). Every cell that runs leaves a snapshot of what it defined or changed.
    ///
    /// - Parameter previous: the lesson's frozen outputs, kept for the cells that do not run.
    func runIncrementally(previous: FrozenLesson, mustRun: Set<Int>) throws -> IncrementalRunSummary {
        let slug = plan.lesson.slug
        let restorePlan = RestorePlan(names: plan.names, mustRun: mustRun) { cell in
            self.snapshots?.snapshot(slug: slug, key: self.plan.keys[cell]).map {
                RestorePlan.Stored($0, typesAfterCell: self.typeEnvironments[cell + 1])
            }
        }
        let running = Set(restorePlan.run)
        var failed: [Int: String] = [:]
        var outputs: [Int: FrozenCell] = [:]
        for (index, cell) in plan.cells.enumerated() where !running.contains(index) {
            guard var entry = previous.cell(named: cell.name) else { continue }
            entry.index = index
            outputs[index] = entry
            if let failure = entry.failure, !cell.options.expectsError { failed[index] = failure.message }
            if let reason = entry.skippedBecause { failed[index] = reason }
        }
        var ran: [String] = []
        var restored: [String] = []
        for index in restorePlan.steps {
            if running.contains(index) {
                let entry = runOrSkip(index, failed: &failed)
                onCellFinished(entry)
                outputs[index] = entry
                ran.append(plan.cells[index].name)
                saveSnapshot(of: index, entry)
            } else if let names = restorePlan.restores[index],
                      let snapshot = snapshots?.snapshot(slug: slug, key: plan.keys[index]) {
                try restore(names, from: snapshot, of: index)
                restored.append("\(plan.cells[index].name): \(names.sorted().joined(separator: ", "))")
            }
        }
        var frozen = FrozenLesson()
        frozen.cells = plan.cells.indices.compactMap { outputs[$0] }
        let ranForValues = restorePlan.reasons.sorted { $0.key < $1.key }.map { cell, reason in
            let snapshot = snapshots?.snapshot(slug: slug, key: plan.keys[cell])
            let why = snapshot == nil ? "it has no snapshot"
                : snapshot?.unsnapshottable[reason.name].map { "its value is a \($0), which has no snapshot form" }
                ?? snapshot.flatMap { stored in stored.staticTypes[reason.name].map { "its snapshot holds a '\($0)', the lesson now a '\(typeEnvironments[cell + 1].typeDescription(of: reason.name) ?? "?")'" } }
                ?? "it is not in its snapshot"
            return "\(plan.cells[cell].name) ('\(reason.name)' for \(plan.cells[reason.neededBy].name): \(why))"
        }
        return IncrementalRunSummary(frozen: frozen, ran: ran, ranForValues: ranForValues, restored: restored, assets: assets)
    }

    /// Puts `names` back from cell `index`'s snapshot: values that need no cell type first,
    /// then the cell's type declarations (run again), then struct and enum values (made with
    /// those types), then the functions (whose bodies may use all of them).
    private func restore(_ names: Set<String>, from snapshot: ValueSnapshot, of index: Int) throws {
        let declarations = snapshot.functions.filter { names.contains($0.name) }
        let values = names.subtracting(declarations.map(\.name))
        let typed = values.filter { snapshot.typesNeeded[$0] != nil }
        for binding in try snapshot.bindings(values.subtracting(typed), context: context, makeValue: interpreter.value(from:)) {
            try interpreter.define(binding.name, binding.value, isLet: binding.isLet)
        }
        try declare(declarations.filter { $0.kind == .type }, of: index)
        if !typed.isEmpty {
            for binding in try snapshot.bindings(typed, context: context, makeValue: interpreter.value(from:)) {
                try interpreter.define(binding.name, binding.value, isLet: binding.isLet)
            }
        }
        try declare(declarations.filter { $0.kind == .function }, of: index)
    }

    /// Declares restored functions or types again by running their declarations (in their cell's order).
    private func declare(_ declarations: [FunctionSource], of index: Int) throws {
        guard !declarations.isEmpty else { return }
        // The snapshot is keyed by the cell's code, so the cell's own parsed declarations are
        // the stored ones: declared again without parsing their text.
        let names = Set(declarations.map(\.name))
        let parsed = declarations.first?.kind == .type ? plan.parsed[index].typeDeclarations(named: names)
            : plan.parsed[index].functions(named: names)
        let result = interpreter.run(parsed, file: plan.lesson.path, firstLine: plan.cells[index].codeLine,
                                     types: typeEnvironments[index + 1])
        if let diagnostic = result.diagnostics.first {
            throw SnapshotError.malformed("cannot declare \(declarations.map(\.name).joined(separator: ", ")) again: \(diagnostic.message)")
        }
    }

    /// Stores what cell `index` defined or changed, when it ran without an unexpected failure.
    func saveSnapshot(of index: Int, _ entry: FrozenCell) {
        guard let snapshots, entry.skippedBecause == nil, entry.failure == nil else { return }
        let names = plan.names[index].defines.union(plan.names[index].mutates)
        let bindings = names.sorted().compactMap { name in
            interpreter.value(named: name).map { SnapshotBinding(name: name, isLet: interpreter.isConstant(named: name) ?? true, value: $0) }
        }
        guard !bindings.isEmpty else { return }
        let declarations = CellAnalysis.functionDeclarations(plan.parsed[index]) + CellAnalysis.typeDeclarations(plan.parsed[index])
        let typesAfter = typeEnvironments[index + 1]
        snapshots.save(slug: plan.lesson.slug, key: plan.keys[index], seconds: entry.seconds, bindings: bindings,
                       functionSources: declarations, staticTypes: { typesAfter.typeDescription(of: $0) })
    }
}

extension LessonPlan {
    /// What the next build would do for the cells in `mustRun`, without running anything:
    /// the cells that would run (those in `mustRun` and those whose values no snapshot holds)
    /// and, for each cell whose snapshot would be read, the names taken from it.
    public func restorePreview(mustRun: Set<Int>, snapshots: SnapshotStore) -> (run: [String], restored: [String]) {
        let restorePlan = RestorePlan(names: names, mustRun: mustRun) { cell in
            snapshots.snapshot(slug: self.lesson.slug, key: self.keys[cell]).map(RestorePlan.Stored.init)
        }
        return (restorePlan.run.map { cells[$0].name },
                restorePlan.restores.sorted { $0.key < $1.key }.map { "\(cells[$0.key].name): \($0.value.sorted().joined(separator: ", "))" })
    }
}
