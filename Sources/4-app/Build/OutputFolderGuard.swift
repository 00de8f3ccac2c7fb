import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides whether a build may replace a folder with a site, and names the folders that belong
/// to a build, so that `ganbook` never deletes what it did not write.
///
/// A site ganbook writes carries a marker file (`.ganbook-site`). A build replaces only a folder
/// that does not exist, is empty, or carries that marker; it refuses the lessons folder, any folder
/// holding or inside it, the working directory and its ancestors, the home folder and `/`. Staging
/// folders are named `.<site>.tmp-<pid>` beside the site and carry the marker too; only those, of
/// dead processes, are ever cleaned up.
public enum OutputFolderGuard {
    /// The marker file's name inside a site folder.
    public static let markerName = ".ganbook-site"
    /// The marker's content: it tells a reader what the folder is.
    public static let markerText = """
        This folder is written by `ganbook build`, which replaces it whole at every build.
        Files put here by hand are lost at the next build.

        """

    /// Throws `SiteError.unsafeOutput` when `destination` must not be replaced by a site.
    /// - Parameters:
    ///   - destination: the `--out` folder as the user gave it.
    ///   - lessonsFolder: the course's lessons folder.
    public static func check(destination: String, lessonsFolder: String,
                             workingDirectory: String = FileManager.default.currentDirectoryPath,
                             home: String? = ProcessInfo.processInfo.environment["HOME"]) throws {
        let target = canonicalPath(destination)
        func refuse(_ reason: String) -> SiteError { .unsafeOutput(path: destination, reason: reason) }
        if target == "/" { throw refuse("it is the root folder") }
        if let home, !home.isEmpty, target == canonicalPath(home) { throw refuse("it is your home folder") }
        let lessons = canonicalPath(lessonsFolder)
        if target == lessons { throw refuse("it is the lessons folder") }
        if isAncestor(target, of: lessons) { throw refuse("it holds the lessons folder \(lessonsFolder)") }
        if isAncestor(lessons, of: target) {
            throw refuse("it is inside the lessons folder \(lessonsFolder); put the site beside it")
        }
        let working = canonicalPath(workingDirectory)
        if target == working { throw refuse("it is the working directory") }
        if isAncestor(target, of: working) { throw refuse("it holds the working directory") }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw refuse("it is a file, not a folder") }
        if isMarkedSite(destination) { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? ["?"]
        if !entries.isEmpty {
            throw refuse("it holds \(entries.count) entr\(entries.count == 1 ? "y" : "ies") that ganbook did not write "
                         + "(no \(markerName) marker); choose an empty or new folder")
        }
    }

    /// Whether `folder` carries the marker of a site ganbook wrote.
    public static func isMarkedSite(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        let marker = (folder as NSString).appendingPathComponent(markerName)
        return FileManager.default.fileExists(atPath: marker, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The staging folder of this process for `destination`: `.<name>.tmp-<pid>` beside it.
    static func stagingPath(for destination: String, pid: Int32 = getpid()) -> String {
        let parent = (destination as NSString).deletingLastPathComponent
        let base = (destination as NSString).lastPathComponent
        return (parent.isEmpty ? "." : parent) + "/.\(base).tmp-\(pid)"
    }

    /// Removes the staging folders of `destination` that killed builds left: entries beside it
    /// named exactly `.<name>.tmp-<pid>` or `.<name>.tmp-<pid>.old`, whose process is dead and
    /// which carry the marker. Nothing else in the parent folder is touched.
    static func removeAbandonedStaging(for destination: String) {
        let parent = (destination as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        let prefix = ".\((destination as NSString).lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            var rest = name.dropFirst(prefix.count)
            if rest.hasSuffix(".old") { rest = rest.dropLast(4) }
            guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let pid = Int32(rest),
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  isMarkedSite(path) || isEmptyFolder(path) else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    private static func isEmptyFolder(_ path: String) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty ?? false
    }

    /// `path` made absolute, with `.`/`..` and the symbolic links of its existing part resolved.
    static func canonicalPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = (absolute as NSString).standardizingPath
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing), existing != "/" {
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        var resolved = existing
        if let real = realpath(existing, nil) {
            resolved = String(cString: real)
            free(real)
        }
        for component in missing { resolved = (resolved as NSString).appendingPathComponent(component) }
        return resolved
    }

    private static func isAncestor(_ ancestor: String, of path: String) -> Bool {
        ancestor == "/" ? path != "/" : path.hasPrefix(ancestor + "/")
    }
}
