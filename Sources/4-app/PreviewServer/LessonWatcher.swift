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

    static func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
        while let item = enumerator.nextObject() as? String {
            if item.hasPrefix(".") || item.contains("/.") || item.hasPrefix("_freeze") { continue }
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + item) else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            result[item] = "\(modified)/\(size)"
        }
        return result
    }
}
