import Course
import Foundation

/// The private copy of the course that `ganbook serve` builds, in the git-ignored
/// `lessons/.cache/serve/`: its `lessons/` mirrors the course's sources before every rebuild and
/// starts from the course's frozen outputs and value snapshots, so cells run in `serve` write
/// their outputs and snapshots there, never to `lessons/_freeze` or `lessons/_values`.
/// `original/` keeps the text each lesson file had when `serve` first saw it (what 还原 puts
/// back outside git).
public struct ServeOverlay: Sendable {
    /// The course's lessons folder, as given (`lessons`).
    public let lessons: String
    /// `lessons/.cache/serve`.
    public let root: String

    public init(lessons: String) {
        self.lessons = lessons
        root = (lessons as NSString).appendingPathComponent(".cache/serve")
    }

    /// The mirrored lessons folder the builds of `serve` read and write.
    public var shadow: String { root + "/lessons" }
    var originals: String { root + "/original" }

    /// Folders of a lessons folder that hold outputs, not sources (never mirrored back and forth).
    static let outputFolders: Set<String> = ["_freeze", "_values"]

    /// Starts the overlay from the course's frozen outputs and snapshots (hard links where the
    /// file system allows, else copies; every writer replaces files by renaming, so a link is
    /// never written through).
    public func seed() throws {
        for folder in Self.outputFolders.sorted() + [".cache/snapshots"] {
            let target = shadow + "/" + folder
            try? FileManager.default.removeItem(atPath: target)
            let source = lessons + "/" + folder
            guard FileManager.default.fileExists(atPath: source) else { continue }
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            for item in Self.files(under: source, skipping: []) {
                let to = target + "/" + item
                try FileManager.default.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                if (try? FileManager.default.linkItem(atPath: source + "/" + item, toPath: to)) == nil {
                    try FileManager.default.copyItem(atPath: source + "/" + item, toPath: to)
                }
            }
        }
        try sync()
        try? FileManager.default.removeItem(atPath: originals)
        for item in Self.files(under: lessons, skipping: Self.outputFolders) where !item.contains("/") && item.hasSuffix(".md") {
            if let bytes = FileManager.default.contents(atPath: lessons + "/" + item) { try AtomicFile.write([UInt8](bytes), to: originals + "/" + item) }
        }
    }

    /// Makes the overlay's sources equal to the course's: copies every file that differs and
    /// removes those the course no longer has (outputs, snapshots and dot-files excluded).
    public func sync() throws {
        let wanted = Self.files(under: lessons, skipping: Self.outputFolders)
        for item in wanted {
            let from = lessons + "/" + item, to = shadow + "/" + item
            guard let bytes = FileManager.default.contents(atPath: from) else { continue }
            if FileManager.default.contents(atPath: to) != bytes { try AtomicFile.write([UInt8](bytes), to: to) }
        }
        let keep = Set(wanted)
        for item in Self.files(under: shadow, skipping: Self.outputFolders) where !keep.contains(item) {
            try? FileManager.default.removeItem(atPath: shadow + "/" + item)
        }
    }

    /// `text` with the overlay's paths written as the course's (`lessons/.cache/serve/lessons/02-x.md`
    /// → `lessons/02-x.md`), for diagnostics and pages.
    public func realPaths(in text: String) -> String {
        text.replacingOccurrences(of: shadow + "/", with: lessons + "/")
    }

    /// The course's version of a lesson file (`file` relative to the lessons folder): as
    /// committed in git (`git show HEAD:…`), else the text `serve` found when it started.
    func courseVersion(of file: String) -> (bytes: [UInt8], from: String)? {
        if let committed = Self.git(["show", "HEAD:./" + file], in: lessons) { return (committed, "git HEAD") }
        guard let kept = FileManager.default.contents(atPath: originals + "/" + file) else { return nil }
        return ([UInt8](kept), "the text served first")
    }

    /// The output of `git ARGS` run in `folder`, nil when git fails (no repository, untracked file).
    static func git(_ arguments: [String], in folder: String) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }

    /// Regular files under `folder`, relative, in sorted order; dot-entries and the top-level
    /// folders in `skipping` are left out.
    static func files(under folder: String, skipping: Set<String>) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let item = enumerator.nextObject() as? String {
            let first = String(item.split(separator: "/").first ?? "")
            if skipping.contains(first) || item.hasPrefix(".") || item.contains("/.") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { result.append(item) }
        }
        return result.sorted()
    }
}
