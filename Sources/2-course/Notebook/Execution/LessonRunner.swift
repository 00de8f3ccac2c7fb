import Builtins
import CellScript
import Course
import Foundation
import GANEngine

/// Runs the cells of one lesson, in document order, in one CellScript environment with the
/// engine and figure builtins, and turns what they produce into frozen outputs.
public final class LessonRunner {
    public internal(set) var plan: LessonPlan
    public let courseSeed: UInt64
    private let store: FreezeStore
    let context: BuiltinContext
    /// Where each cell that runs leaves a snapshot of its values (nil: no snapshots).
    public var snapshots: SnapshotStore?
    let interpreter: Interpreter
    /// The SVG/PNG files this runner's cells produced (file name → bytes), also written to the
    /// freeze: the build renders them from memory instead of reading them back.
    public private(set) var assets: [String: [UInt8]] = [:]
    /// Called with each cell about to run.
    public var onCellStarted: (CellSource) -> Void = { _ in }
    /// Called with each finished cell (for progress lines).
    public var onCellFinished: (FrozenCell) -> Void = { _ in }
    /// False in a cell worker: figures are only named and kept in `assets`; the parent, which
    /// receives them, writes them to the freeze.
    var writesAssets = true
    /// Called with the text a running cell prints, as it prints it.
    var onPrinted: (String) -> Void = { _ in }
    /// The static types each cell starts with, from type-checking the whole lesson up front in
    /// document order: a cell is typed the same whichever earlier cells ran or were restored.
    /// One more entry than cells: the last is the types after the last cell (a cell's
    /// snapshot records the types its names have after it, `typeEnvironments[cell + 1]`).
    lazy var typeEnvironments: [CellTypeEnvironment] = {
        let checker = LessonTypeChecker(registry: interpreter.registry)
        return plan.parsed.map { checker.check($0).typesBefore } + [checker.typesAfterCheckedCells]
    }()

    /// - Parameters:
    ///   - plan: the lesson's cells, names, dependencies and keys.
    ///   - lessonsFolder: where cells read data files (`data/…`).
    ///   - store: the freeze that receives the SVG/PNG files, in the plan's lesson folder.
    ///   - progress: where `Progress(…)` loops report.
    public init(plan: LessonPlan, courseSeed: UInt64, lessonsFolder: String, store: FreezeStore,
                progress: ProgressSink = SilentProgress()) throws {
        self.plan = plan
        self.courseSeed = courseSeed
        self.store = store
        context = BuiltinContext(lessonsFolder: lessonsFolder, progress: progress)
        interpreter = try Builtins.interpreter(context: context)
    }

    /// Runs every cell and returns the lesson's frozen outputs. A failed cell's dependents are
    /// skipped; independent cells still run.
    public func run() -> FrozenLesson {
        var frozen = FrozenLesson()
        var failed: [Int: String] = [:]
        for index in plan.cells.indices {
            let entry = runOrSkip(index, failed: &failed)
            frozen.cells.append(entry)
            onCellFinished(entry)
            saveSnapshot(of: index, entry)
        }
        return frozen
    }

    /// Runs cell `index`, or marks it skipped when a cell it depends on (transitively) failed;
    /// records its own unexpected failure in `failed`.
    func runOrSkip(_ index: Int, failed: inout [Int: String]) -> FrozenCell {
        let cell = plan.cells[index]
        let transitive = CellDependencies.transitive(plan.dependencies, of: index)
        if let blocker = transitive.first(where: { failed[$0] != nil }) {
            let reason = "skipped: it depends on cell '\(plan.cells[blocker].name)', which failed"
            failed[index] = reason
            return FrozenCell(name: cell.name, index: index, key: plan.keys[index], ownHash: plan.ownHashes[index], versions: CellKey.engineVersion,
                              outputs: [], failure: nil, skippedBecause: reason, seconds: 0, filesRead: [:])
        }
        onCellStarted(cell)
        let entry = runCell(index)
        if let failure = entry.failure, !cell.options.expectsError { failed[index] = failure.message }
        return entry
    }

    func runCell(_ index: Int) -> FrozenCell {
        let cell = plan.cells[index]
        context.beginCell(seed: CellKey.streamSeed(cell: cell, lessonSlug: plan.lesson.slug, courseSeed: courseSeed,
                                                   lessonSeed: plan.lesson.seed))
        interpreter.limits.timeLimit = cell.options.timeout
        interpreter.limits.memoryBudget = cell.options.memory ?? Limits().memoryBudget
        let started = ContinuousClock.now
        let result = interpreter.run(plan.parsed[index], file: plan.lesson.path, firstLine: cell.codeLine,
                                     types: typeEnvironments[index], output: { [context, onPrinted] in
                                         context.printed($0)
                                         onPrinted($0)
                                     })
        let seconds = Self.seconds(started.duration(to: .now))
        var outputs: [CellOutput] = []
        var failure: CellFailure?
        do {
            for item in context.displays { outputs += try convert(item) }
            if let value = result.displayValue { outputs += try convert(.value(value)) }
        } catch {
            failure = CellFailure(message: "cannot display the result: \(error)", line: cell.codeLine, column: 1,
                                  rendered: "\(plan.lesson.path):\(cell.codeLine):1: error: cannot display the result: \(error)\n")
        }
        if let diagnostic = result.diagnostics.first {
            failure = CellFailure(message: diagnostic.message,
                                  line: result.formatter.fileLine(diagnostic.range.start.line),
                                  column: diagnostic.range.start.column, rendered: result.formattedDiagnostics)
        }
        if cell.options.expectsError && failure == nil {
            failure = CellFailure(message: "the cell is marked 'error: expected' but ran without error", line: cell.fenceLine,
                                  column: 1, rendered: "\(plan.lesson.path):\(cell.fenceLine):1: error: the cell is marked 'error: expected' but ran without error\n")
        }
        return FrozenCell(name: cell.name, index: index, key: plan.keys[index], ownHash: plan.ownHashes[index], versions: CellKey.engineVersion,
                          outputs: outputs, failure: failure, seconds: seconds, filesRead: context.filesRead)
    }

    /// A display item as frozen outputs (figures and images stored as content-named files).
    private func convert(_ item: DisplayItem) throws -> [CellOutput] {
        switch item {
        case .text(let text):
            return [.text(text)]
        case .value(let value):
            switch value {
            case .void, .nil:
                return []
            case .object(let object as Displayable):
                switch try object.rendered() {
                case .svg(let svg, let title):
                    let bytes = Array(svg.utf8)
                    let file = try storeAsset(bytes, extension: "svg")
                    assets[file] = bytes
                    return [.svg(file: file, title: title)]
                case .png(let bytes, let width, let height):
                    let file = try storeAsset(bytes, extension: "png")
                    assets[file] = bytes
                    return [.png(file: file, width: width, height: height)]
                case .text(let text):
                    return [.value(text)]
                case .table(let header, let rows):
                    return [.table(header: header, rows: rows)]
                }
            default:
                return [.value(value.description)]
            }
        }
    }

    /// The file name of a figure (its content hash), written to the freeze unless `writesAssets` is off.
    private func storeAsset(_ bytes: [UInt8], extension fileExtension: String) throws -> String {
        guard writesAssets else { return "\(ContentHash.of(bytes)).\(fileExtension)" }
        return try store.storeAsset(slug: plan.lesson.slug, bytes: bytes, extension: fileExtension)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return ((Double(seconds) + Double(attoseconds) / 1e18) * 1000).rounded() / 1000
    }
}
