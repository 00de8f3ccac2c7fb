import CellScript
import Course
import Foundation

/// Where value snapshots live: one file per executed cell, named by the cell's key, so that a
/// file is valid exactly while the cell (and everything it depends on) is unchanged.
///
/// - Snapshots of slow cells (training: at least `committedThreshold`, 5 s) go to
///   `lessons/_values/<lesson>/<key>.snap`, which is committed with the frozen outputs: on a
///   fresh clone, an edit to the cell after a training cell still runs in about a second.
/// - The others go to the local, git-ignored cache `lessons/.cache/snapshots/<lesson>/`.
///
/// Files are written atomically; a truncated or corrupted file is detected by its checksum,
/// reported as a warning, deleted, and the cell it came from runs again.
public final class SnapshotStore {
    /// Cells that ran at least this many seconds keep their snapshot in the committed folder.
    public var committedThreshold = 5.0

    let cacheFolder: String
    let committedFolder: String
    /// Problems met while reading or writing (corrupt files, full disk); never fatal.
    public private(set) var warnings: [String] = []
    private var opened: [String: ValueSnapshot?] = [:]
    /// Set in a cell worker, which never writes: receives each snapshot `save` would write
    /// (slug, key, seconds, bytes) and each corrupt file it would delete (path, warning).
    var handOver: (snapshot: (String, String, Double, [UInt8]) -> Void, corrupt: (String, String) -> Void)?

    /// - Parameter lessonsFolder: the course's lessons folder.
    public init(lessonsFolder: String) {
        cacheFolder = (lessonsFolder as NSString).appendingPathComponent(".cache/snapshots")
        committedFolder = (lessonsFolder as NSString).appendingPathComponent("_values")
    }

    /// The file a snapshot of this cell is read from: the committed one if it exists, else the cache's.
    func path(slug: String, key: String) -> String {
        let committed = "\(committedFolder)/\(slug)/\(key).snap"
        return FileManager.default.fileExists(atPath: committed) ? committed : "\(cacheFolder)/\(slug)/\(key).snap"
    }

    /// The snapshot of the cell with `key`, or nil when there is none (or it was corrupt).
    func snapshot(slug: String, key: String) -> ValueSnapshot? {
        let path = path(slug: slug, key: key)
        if let known = opened[path] { return known }
        var result: ValueSnapshot?
        if let data = FileManager.default.contents(atPath: path) {
            do {
                let snapshot = try ValueSnapshot(bytes: [UInt8](data))
                guard snapshot.key == key else { throw SnapshotError.malformed("it belongs to another cell") }
                result = snapshot
            } catch {
                let warning = "warning: \(path): \(error); the cell runs again"
                if let handOver { handOver.corrupt(path, warning) } else { discardCorrupt(path: path, warning: warning) }
            }
        }
        opened[path] = result
        return result
    }

    /// Stores the values of the cell with `key` that ran for `seconds` (atomically; a failure
    /// becomes a warning).
    func save(slug: String, key: String, seconds: Double, bindings: [SnapshotBinding], functionSources: [FunctionSource] = [],
              staticTypes: (String) -> String? = { _ in nil }) {
        let bytes = ValueSnapshot.encode(key: key, bindings: bindings, functionSources: functionSources, staticTypes: staticTypes)
        if let handOver { return handOver.snapshot(slug, key, seconds, bytes) }
        write(slug: slug, key: key, seconds: seconds, bytes: bytes)
    }

    /// Deletes a snapshot file that read back wrong and records `warning`.
    func discardCorrupt(path: String, warning: String) {
        warnings.append(warning)
        try? FileManager.default.removeItem(atPath: path)
        opened[path] = .some(nil)
    }

    /// Writes the encoded snapshot of the cell with `key` (atomically; a failure becomes a warning).
    func write(slug: String, key: String, seconds: Double, bytes: [UInt8]) {
        let folder = seconds >= committedThreshold ? committedFolder : cacheFolder
        let path = "\(folder)/\(slug)/\(key).snap"
        do {
            try AtomicFile.write(bytes, to: path)
            for other in [committedFolder, cacheFolder] where other != folder {
                try? FileManager.default.removeItem(atPath: "\(other)/\(slug)/\(key).snap")
            }
            opened = [:]
        } catch {
            warnings.append("warning: cannot write the value snapshot \(path): \(error)")
        }
    }

    /// Deletes the snapshots of `slug` whose cell keys are not in `keep` (edited or removed cells).
    func prune(slug: String, keep: Set<String>) {
        for folder in [committedFolder, cacheFolder] {
            let lessonFolder = "\(folder)/\(slug)"
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: lessonFolder) else { continue }
            for file in files where !keep.contains((file as NSString).deletingPathExtension) || !file.hasSuffix(".snap") {
                try? FileManager.default.removeItem(atPath: "\(lessonFolder)/\(file)")
            }
        }
    }
}
