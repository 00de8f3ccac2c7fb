import Foundation

/// Locates fixture courses in the source tree and compares output with golden files.
/// Set `GANBOOK_UPDATE_GOLDEN=1` to rewrite the golden files from the current output.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var updating: Bool { ProcessInfo.processInfo.environment["GANBOOK_UPDATE_GOLDEN"] == "1" }

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A copy of fixture `name`'s `lessons` folder in a fresh temporary folder: a build writes its
    /// lock (and, when cells run, freeze and cache files) into the lessons folder, never into the
    /// repository.
    static func lessonsCopy(_ name: String) throws -> String {
        let copy = try temporaryFolder() + "/lessons"
        try FileManager.default.copyItem(atPath: path(name + "/lessons"), toPath: copy)
        return copy
    }

    /// A fresh empty folder under the system's temporary directory.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ganbook-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Every regular file below `folder`, as relative paths, sorted.
    static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(item)
            }
        }
        return result.sorted()
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<missing \(path)>"
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
