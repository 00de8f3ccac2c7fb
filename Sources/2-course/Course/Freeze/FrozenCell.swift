/// What the freeze keeps of one executed cell: enough to render it without running it, and to
/// tell whether it must run again.
public struct FrozenCell: Sendable, Equatable, Codable {
    /// The cell's name (label or `cell-N`) and position.
    public var name: String
    public var index: Int
    /// The key it was executed under (see `CellKey`).
    public var key: String
    /// The hash of the cell's own code and options, without its dependencies: tells "the cell
    /// changed" from "something it depends on changed".
    public var ownHash: String
    /// The engine, builtins, figures and language versions it ran under (`CellKey.engineVersion`),
    /// so that a stale cell can say which of them changed; nil in freezes written before it existed.
    public var versions: String?
    /// Set when the cell did not run because a cell it depends on failed.
    public var skippedBecause: String?
    public var outputs: [CellOutput]
    public var failure: CellFailure?
    /// Wall-clock seconds of the execution.
    public var seconds: Double
    /// Data files the cell read, with their content hashes: a changed file makes it stale.
    public var filesRead: [String: String]

    public init(name: String, index: Int, key: String, ownHash: String = "", versions: String? = nil, outputs: [CellOutput],
                failure: CellFailure?, skippedBecause: String? = nil, seconds: Double, filesRead: [String: String]) {
        self.name = name
        self.index = index
        self.key = key
        self.ownHash = ownHash
        self.versions = versions
        self.skippedBecause = skippedBecause
        self.outputs = outputs
        self.failure = failure
        self.seconds = seconds
        self.filesRead = filesRead
    }
}

/// The frozen outputs of one lesson: `lessons/_freeze/<slug>/cells.json` plus content-named
/// SVG and PNG files beside it.
public struct FrozenLesson: Sendable, Equatable, Codable {
    public static let formatVersion = 1
    public var version = FrozenLesson.formatVersion
    public var cells: [FrozenCell] = []

    public init(cells: [FrozenCell] = []) {
        self.cells = cells
    }

    public func cell(named name: String) -> FrozenCell? { cells.first { $0.name == name } }
}

/// Errors of the freeze store.
public enum FreezeError: Error, Sendable, CustomStringConvertible {
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .write(let path, let reason): return "\(path): error: cannot write: \(reason)"
        }
    }
}
