import Foundation

/// The differential corpus of Swift programs in `../shared/swift-corpus` (outside the
/// repository: external code is never copied in). `GANBOOK_SWIFT_CORPUS` names another folder.
struct SwiftCorpus {
    struct Program {
        var id: String
        var category: String
        var source: String
        var expected: String
        var isCore: Bool
    }

    let directory: URL
    let programs: [Program]

    /// The corpus folder: `$GANBOOK_SWIFT_CORPUS`, else `../shared/swift-corpus` beside the
    /// package root (found from this file's path).
    static var defaultDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["GANBOOK_SWIFT_CORPUS"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/swift-corpus")
    }

    /// Loads every program with its expected output, category (MANIFEST.tsv) and CORE flag;
    /// throws when the folder, a program's expected file or the manifest is missing.
    init(directory: URL = SwiftCorpus.defaultDirectory) throws {
        self.directory = directory
        let manifest = try String(contentsOf: directory.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        var categories: [String: String] = [:]
        for line in manifest.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count >= 2 { categories[String(fields[0])] = String(fields[1]) }
        }
        let core = try String(contentsOf: directory.appendingPathComponent("CORE.txt"), encoding: .utf8)
        let coreIDs = Set(core.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let programsDirectory = directory.appendingPathComponent("programs")
        let names = try FileManager.default.contentsOfDirectory(atPath: programsDirectory.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
        programs = try names.map { name in
            let id = String(name.dropLast(".swift".count))
            let source = try String(contentsOf: programsDirectory.appendingPathComponent(name), encoding: .utf8)
            let expected = try String(contentsOf: directory.appendingPathComponent("expected/\(id).txt"), encoding: .utf8)
            return Program(id: id, category: categories[id] ?? "uncategorised", source: source,
                           expected: expected, isCore: coreIDs.contains(id))
        }
    }
}
