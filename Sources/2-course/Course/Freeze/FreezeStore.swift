import Foundation

/// Reads and writes `lessons/_freeze/`: per lesson a `cells.json` and the SVG/PNG files its cells
/// produced, named by content hash so unchanged figures keep their names across runs and a
/// damaged file is recognised (its hash no longer matches its name).
public struct FreezeStore: Sendable {
    public let folder: String
    /// Non-fatal problems found while reading (a corrupt entry), for the build log.
    public private(set) var warnings: [String] = []

    public init(lessonsFolder: String) {
        folder = (lessonsFolder as NSString).appendingPathComponent("_freeze")
    }

    /// A store rooted elsewhere (`ganbook run` keeps its figures out of the course's freeze).
    public init(folder: String) {
        self.folder = folder
    }

    /// Where an asset of a lesson is (or would be) stored.
    public func assetPath(slug: String, file: String) -> String { lessonFolder(slug) + "/" + file }

    func lessonFolder(_ slug: String) -> String { (folder as NSString).appendingPathComponent(slug) }

    /// The frozen lesson, or an empty one when there is none or it cannot be read.
    public mutating func load(slug: String) -> FrozenLesson {
        let path = lessonFolder(slug) + "/cells.json"
        guard let data = FileManager.default.contents(atPath: path) else { return FrozenLesson() }
        guard let lesson = try? JSONDecoder().decode(FrozenLesson.self, from: data),
              lesson.version == FrozenLesson.formatVersion else {
            warnings.append("\(path): warning: unreadable frozen outputs; the lesson's cells will run again")
            return FrozenLesson()
        }
        return lesson
    }

    /// The bytes of a frozen asset, checked against the content hash in its name; nil if missing
    /// or damaged.
    public func asset(slug: String, file: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: lessonFolder(slug) + "/" + file) else { return nil }
        let bytes = [UInt8](data)
        let expected = (file as NSString).deletingPathExtension
        return ContentHash.of(bytes) == expected ? bytes : nil
    }

    /// Stores an asset under its content hash and returns its file name.
    public func storeAsset(slug: String, bytes: [UInt8], extension fileExtension: String) throws -> String {
        let name = "\(ContentHash.of(bytes)).\(fileExtension)"
        let path = lessonFolder(slug) + "/" + name
        if asset(slug: slug, file: name) == nil { try AtomicFile.write(bytes, to: path) }
        return name
    }

    /// The bytes `save` writes for `lesson`.
    static func encoded(_ lesson: FrozenLesson) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(lesson)) + [0x0A]
    }

    /// Whether the lesson's `cells.json` is in an older layout than `save` writes (it is then
    /// rewritten by the next build that may write).
    public func isOutdated(_ lesson: FrozenLesson, slug: String) -> Bool {
        guard !lesson.cells.isEmpty, let data = FileManager.default.contents(atPath: lessonFolder(slug) + "/cells.json") else { return false }
        return (try? Self.encoded(lesson)) != [UInt8](data)
    }

    /// Writes `lesson` atomically and removes assets no cell refers to any more.
    public func save(_ lesson: FrozenLesson, slug: String) throws {
        try AtomicFile.write(try Self.encoded(lesson), to: lessonFolder(slug) + "/cells.json")
        var referenced: Set<String> = ["cells.json"]
        for cell in lesson.cells {
            for output in cell.outputs {
                switch output {
                case .svg(let file, _), .png(let file, _, _): referenced.insert(file)
                default: break
                }
            }
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: lessonFolder(slug))) ?? []
        for file in present where !referenced.contains(file) && !file.hasPrefix(".") {
            try? FileManager.default.removeItem(atPath: lessonFolder(slug) + "/" + file)
        }
    }
}
