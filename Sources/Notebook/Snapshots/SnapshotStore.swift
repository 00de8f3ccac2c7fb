import CellScript
import Foundation

/// The local, git-ignored cache of value snapshots: `lessons/.cache/snapshots/<lesson>/<key>.snap`,
/// one file per executed cell, named by the cell's key so that a file is valid exactly while the
/// cell (and everything it depends on) is unchanged.
///
/// Files are written atomically; a truncated or corrupted file is detected by its checksum,
/// reported as a warning, deleted, and the cell it came from runs again.
public final class SnapshotStore {
    let folder: String
    /// Problems met while reading or writing (corrupt files, full disk); never fatal.
    public private(set) var warnings: [String] = []
    private var opened: [String: ValueSnapshot?] = [:]

    /// - Parameter lessonsFolder: the course's lessons folder.
    public init(lessonsFolder: String) {
        folder = (lessonsFolder as NSString).appendingPathComponent(".cache/snapshots")
    }

    func path(slug: String, key: String) -> String {
        "\(folder)/\(slug)/\(key).snap"
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
                warnings.append("warning: \(path): \(error); the cell runs again")
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        opened[path] = result
        return result
    }

    /// Stores the values of the cell with `key` (atomically; a failure becomes a warning).
    func save(slug: String, key: String, bindings: [SnapshotBinding], functionSources: [FunctionSource] = []) {
        let path = path(slug: slug, key: key)
        do {
            try AtomicFile.write(ValueSnapshot.encode(key: key, bindings: bindings, functionSources: functionSources), to: path)
            opened[path] = nil
        } catch {
            warnings.append("warning: cannot write the value snapshot \(path): \(error)")
        }
    }

    /// Deletes the snapshots of `slug` whose cell keys are not in `keep` (edited or removed cells).
    func prune(slug: String, keep: Set<String>) {
        let lessonFolder = "\(folder)/\(slug)"
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: lessonFolder) else { return }
        for file in files where !keep.contains((file as NSString).deletingPathExtension) || !file.hasSuffix(".snap") {
            try? FileManager.default.removeItem(atPath: "\(lessonFolder)/\(file)")
        }
    }
}
