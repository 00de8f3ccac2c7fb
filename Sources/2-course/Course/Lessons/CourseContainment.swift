import Foundation

/// Whether a file the course reads stays inside the course folder once symbolic links are
/// followed, so that a link in `lessons/` (or under `lessons/data/`) cannot publish or feed a
/// cell a file from elsewhere on the machine.
public enum CourseContainment {
    /// The real path of `path` with every symbolic link resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where `path` really leads when that is outside `folder`; nil when it stays inside (or
    /// does not exist, which the caller reports on its own terms).
    public static func escape(of path: String, from folder: String) -> String? {
        guard let target = realPath(path), let root = realPath(folder) else { return nil }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return target == root || target.hasPrefix(prefix) ? nil : target
    }
}
