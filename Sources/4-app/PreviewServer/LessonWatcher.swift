import Foundation

/// Notices changes in the lessons folder by comparing modification times and sizes of every
/// file in it (recursively). Polling keeps it portable and needs no extra library; a course has
/// tens of files, so one scan costs well under a millisecond.
public struct LessonWatcher: Sendable {
    public let folder: String
    private var last: [String: String]

    public init(folder: String) {
        self.folder = folder
        last = Self.snapshot(folder)
    }

    /// Whether anything changed since the last call (or since creation).
    public mutating func changed() -> Bool {
        let now = Self.snapshot(folder)
        defer { last = now }
        return now != last
    }

    /// Takes the current state of `file` (relative to the folder) as seen: serve wrote it.
    public mutating func accept(_ file: String) {
        last[file] = Self.signature(folder + "/" + file)
    }

    static func signature(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        return "\(modified)/\(size)"
    }

    static func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
        while let item = enumerator.nextObject() as? String {
            if item.hasPrefix(".") || item.contains("/.") || item.hasPrefix("_freeze") || item.hasPrefix("_values") {
                if item.hasPrefix(".") || item == "_freeze" || item == "_values" { enumerator.skipDescendants() }
                continue
            }
            guard let signature = Self.signature(folder + "/" + item) else { continue }
            result[item] = signature
        }
        return result
    }
}
