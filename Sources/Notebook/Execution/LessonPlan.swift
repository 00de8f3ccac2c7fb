import CellScript
import Foundation

/// A lesson's cells with their def/use names, dependencies and keys, compared with the freeze.
public struct LessonPlan {
    public let lesson: Lesson
    /// The runnable cells, in document order.
    public let cells: [CellSource]
    public let names: [CellNames]
    /// Direct dependencies, as indices into `cells`.
    public let dependencies: [[Int]]
    public let keys: [String]
    public let ownHashes: [String]

    public init(lesson: Lesson, courseSeed: UInt64) {
        self.lesson = lesson
        cells = lesson.document.cells.filter(\.isRunnable)
        names = cells.map { cell in
            let analysis = CellAnalysis.analyze(cell.code)
            return CellNames(defines: analysis.defines, reads: analysis.reads, mutates: analysis.mutates)
        }
        dependencies = CellDependencies.direct(names)
        ownHashes = cells.map { CellKey.ownHash(cell: $0, courseSeed: courseSeed, lessonSeed: lesson.seed) }
        var keys: [String] = []
        for (index, cell) in cells.enumerated() {
            keys.append(CellKey.compute(cell: cell, dependencyKeys: dependencies[index].map { keys[$0] },
                                        courseSeed: courseSeed, lessonSeed: lesson.seed))
        }
        self.keys = keys
    }

    /// Why cell `index` must run, or nil when its frozen output is current.
    public func staleness(of index: Int, frozen: FrozenLesson, lessonsFolder: String) -> String? {
        let cell = cells[index]
        guard let entry = frozen.cell(named: cell.name) else { return "it has no frozen output" }
        if entry.key == keys[index] {
            for (path, hash) in entry.filesRead.sorted(by: { $0.key < $1.key }) {
                let bytes = FileManager.default.contents(atPath: (lessonsFolder as NSString).appendingPathComponent(path))
                if bytes.map({ ContentHash.of([UInt8]($0)) }) != hash { return "the data file \(path) changed" }
            }
            return nil
        }
        if entry.ownHash != ownHashes[index] { return "its code or options changed" }
        for dependency in dependencies[index] {
            if let other = frozen.cell(named: cells[dependency].name), other.key == keys[dependency] { continue }
            return "cell '\(cells[dependency].name)' it depends on changed"
        }
        return "the cells it depends on changed"
    }

    /// Indices of the cells that must run, each with its reason.
    public func staleCells(frozen: FrozenLesson, lessonsFolder: String) -> [(Int, String)] {
        cells.indices.compactMap { index in staleness(of: index, frozen: frozen, lessonsFolder: lessonsFolder).map { (index, $0) } }
    }
}
