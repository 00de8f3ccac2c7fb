import CellScript
import Course
import Figures
import GANEngine

/// The key of a cell: it changes exactly when the cell's result may change, and then the cell
/// runs again. It hashes the normalised code, the execution options, the keys of the cells it
/// depends on, the engine version, the seeds and the cell's name (its random stream derives from
/// it). Display options (`caption`, `alt`, `echo`, `output`) are left out: changing a caption
/// re-renders without re-running.
public enum CellKey {
    /// Part of every key: derived from `GANEngineModule.version` (bumped when the engine's
    /// results change), `builtinsVersion`, `FiguresModule.version` (bumped when the frozen
    /// SVG/PNG of a figure changes) and `CellScriptModule.languageVersion` (bumped when the cell
    /// language's semantics change), so bumping any re-runs every cell.
    public static let engineVersion = "ganbook-engine-\(GANEngineModule.version)-builtins-\(builtinsVersion)-figures-\(FiguresModule.version)-language-\(CellScriptModule.languageVersion)"

    /// Bump when a change of the cell language's builtins may change results (2: log2, log10, tan,
    /// atan, atan2 and the distributions' erfc and hypot from PortableMath instead of libm; 3: scalar
    /// exp, log, log2, log10, pow, sin, cos, sigmoid and softplus correctly rounded, PortableMath.CorrectlyRounded).
    public static let builtinsVersion = "3"

    /// "the builtins changed (version 2 → 3)": which parts of `engineVersion` differ from a
    /// frozen cell's `versions`, or nil when the strings do not have the same parts.
    public static func versionChange(from frozen: String) -> String? {
        let parts = { (text: String) -> [(String, String)] in
            let words = text.split(separator: "-").map(String.init).dropFirst()   // "ganbook"
            return stride(from: words.startIndex, to: words.endIndex - 1, by: 2).map { (words[$0], words[$0 + 1]) }
        }
        let old = parts(frozen), new = parts(engineVersion)
        guard old.count == new.count, zip(old, new).allSatisfy({ $0.0 == $1.0 }) else { return nil }
        let changed = zip(old, new).filter { $0.1 != $1.1 }.map { "the \($0.0 == "language" ? "cell language" : $0.0) changed (version \($0.1) → \($1.1))" }
        return changed.isEmpty ? nil : changed.joined(separator: ", ")
    }

    public static func compute(cell: CellSource, dependencyKeys: [String], courseSeed: UInt64, lessonSeed: UInt64?) -> String {
        var hash = ContentHash()
        hash.update(ownHash(cell: cell, courseSeed: courseSeed, lessonSeed: lessonSeed))
        for key in dependencyKeys { hash.update(key) }
        return hash.hex
    }

    /// The part of the key that depends on the cell alone.
    public static func ownHash(cell: CellSource, courseSeed: UInt64, lessonSeed: UInt64?) -> String {
        var hash = ContentHash()
        hash.update(engineVersion)
        hash.update(normalise(cell.code))
        hash.update(cell.name)
        hash.update("eval=\(cell.options.eval);timeout=\(cell.options.timeout);seed=\(cell.options.seed.map(String.init) ?? "-");error=\(cell.options.expectsError)")
        hash.update("course=\(courseSeed);lesson=\(lessonSeed.map(String.init) ?? "-")")
        // Only when given, so that keys of cells without the option stay as they were.
        if let memory = cell.options.memory { hash.update("memory=\(memory)") }
        return hash.hex
    }

    /// The seed of a cell's random stream: from the course, the lesson and the cell's name (or
    /// its own `seed` option), so that it does not depend on which other cells ran.
    public static func streamSeed(cell: CellSource, lessonSlug: String, courseSeed: UInt64, lessonSeed: UInt64?) -> UInt64 {
        var hash = ContentHash()
        hash.update("\(courseSeed)/\(lessonSeed.map(String.init) ?? lessonSlug)/\(cell.options.seed.map(String.init) ?? cell.name)")
        return UInt64(hash.hex.prefix(16), radix: 16) ?? 0
    }

    /// The code with trailing spaces and trailing blank lines removed: such edits do not re-run.
    static func normalise(_ code: String) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" || line[line.index(before: end)] == "\r" {
                end = line.index(before: end)
            }
            return line[..<end]
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
