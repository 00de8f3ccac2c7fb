import Builtins
import CellScript
import Course
import Foundation

/// A lesson's cells with their def/use names, dependencies and keys, compared with the freeze.
public struct LessonPlan {
    public let lesson: Lesson
    /// The runnable cells, in document order.
    public let cells: [CellSource]
    /// Each runnable cell's code parsed once, for every pass that reads it (analysis, type
    /// check, run, snapshots): one parse per cell per process.
    public let parsed: [ParsedCell]
    public let names: [CellNames]
    /// Direct dependencies, as indices into `cells`.
    public let dependencies: [[Int]]
    public let keys: [String]
    public let ownHashes: [String]

    public init(lesson: Lesson, courseSeed: UInt64) {
        self.lesson = lesson
        cells = lesson.document.cells.filter(\.isRunnable)
        parsed = cells.map { ParsedCell($0.code) }
        names = Self.namesWithAliases(parsed)
        dependencies = CellDependencies.direct(names)
        ownHashes = cells.map { CellKey.ownHash(cell: $0, courseSeed: courseSeed, lessonSeed: lesson.seed) }
        var keys: [String] = []
        for (index, cell) in cells.enumerated() {
            keys.append(CellKey.compute(cell: cell, dependencyKeys: dependencies[index].map { keys[$0] },
                                        courseSeed: courseSeed, lessonSeed: lesson.seed))
        }
        self.keys = keys
    }

    /// Def/use names of each cell, where changing a name also changes every name it may share
    /// objects with (`opt.step()` changes `G` when `opt = Adam(G.parameters, …)`).
    static func namesWithAliases(_ cells: [ParsedCell]) -> [CellNames] {
        // Passing a value to a builtin (`print(loss)`, `Double(steps)`) does not change it,
        // unless a cell of the lesson declares a function of that name.
        let declared = cells.reduce(into: Set<String>()) { $0.formUnion(CellAnalysis.analyze($1).defines) }
        let catalog = try? BuiltinCatalog.shared()
        let pure = (catalog?.pureFunctions ?? []).subtracting(declared)
        var names = cells.map { cell in
            let analysis = CellAnalysis.analyze(cell, pureFunctions: pure, readOnlyMethods: catalog?.readOnlyMethods ?? [])
            return CellNames(defines: analysis.defines, reads: analysis.reads, mutates: analysis.mutates)
        }
        let defined = names.reduce(into: Set<String>()) { $0.formUnion($1.defines) }
        var groups = AliasGroups()
        for cell in cells {
            for (name, linked) in AliasAnalysis.links(cell, freshFunctions: (catalog?.freshFunctions ?? []).subtracting(declared)) {
                for other in linked where defined.contains(other) { groups.join(name, other) }
            }
        }
        for index in names.indices {
            names[index].mutates = names[index].mutates.reduce(into: Set<String>()) { $0.formUnion(groups.members(of: $1)) }
        }
        // Calling a member of a cell type (`Mark.label(…)`, `Point.origin()`) reads as a change
        // of the type; it is one only for a type with static stored state (or a class).
        let typeDeclarations = cells.map(\.typeDeclarations)
        let stateful = Set(typeDeclarations.joined().filter(\.hasMutableState).map(\.name))
        let stateless = Set(typeDeclarations.joined().map(\.name)).subtracting(stateful)
        for index in names.indices {
            let ownDeclarations = Set(typeDeclarations[index].map(\.name))
            names[index].mutates.subtract(stateless.subtracting(ownDeclarations))
        }
        return names
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
        if entry.ownHash != ownHashes[index] {
            if let versions = entry.versions, versions != CellKey.engineVersion {
                return CellKey.versionChange(from: versions) ?? "the engine or the cell language changed"
            }
            return entry.versions == nil ? "its code or options, or the engine or language version, changed" : "its code or options changed"
        }
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

/// Names joined into groups that may share objects (a small union–find).
struct AliasGroups {
    private var parent: [String: String] = [:]

    mutating func find(_ name: String) -> String {
        var root = name
        while let next = parent[root], next != root { root = next }
        var current = name
        while let next = parent[current], next != root { parent[current] = root; current = next }
        return root
    }

    mutating func join(_ a: String, _ b: String) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[ra] = rb }
        if parent[rb] == nil { parent[rb] = rb }
    }

    /// Every name in `name`'s group (just `name` when it was never joined).
    mutating func members(of name: String) -> Set<String> {
        let root = find(name)
        var result: Set<String> = [name]
        for key in Array(parent.keys) where find(key) == root { result.insert(key) }
        return result
    }
}
