import CellScript
import Course
import Foundation
import GANEngine

/// What the builtins of a running cell need from the notebook: the cell's random stream, where
/// `show(_:)` sends displays, the data files it may read, and where progress goes.
///
/// The notebook creates one context per lesson and calls ``beginCell(seed:)`` before each cell.
public final class BuiltinContext {
    /// The running cell's random stream. Every builtin that draws randomness uses this one, so a
    /// cell's result depends only on its own seed, never on whether earlier cells re-ran.
    public var generator: SeededGenerator
    /// The lessons folder; data files live under `data/` in it.
    public let lessonsFolder: String
    /// Values passed to `show(_:)` (and printed text between them), in order.
    public private(set) var displays: [DisplayItem] = []
    /// Data files read by the running cell: path relative to the lessons folder → content hash.
    public private(set) var filesRead: [String: String] = [:]
    /// Where long loops report progress (`Progress(range, label:)`).
    public var progress: ProgressSink

    public init(lessonsFolder: String, progress: ProgressSink = SilentProgress()) {
        self.lessonsFolder = lessonsFolder
        self.progress = progress
        generator = SeededGenerator(seed: 0)
    }

    /// Starts a cell: a fresh random stream and empty display and file lists.
    public func beginCell(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
        displays = []
        filesRead = [:]
        liveSlot = nil
        liveSent = nil
    }

    /// Records an explicit display (`show(x)`).
    public func show(_ value: Value) {
        displays.append(.value(value))
    }

    /// Where the cell's live slot sits among its displays (nil: `showLive` not called yet).
    private var liveSlot: Int?
    /// When the live slot was last sent to ``progress`` (sends are at most 2 a second).
    private var liveSent: ContinuousClock.Instant?

    /// `showLive(x)`: the cell's one live slot takes `value`, in the place of its first call among
    /// the displays, so the frozen page keeps the last state. `render` gives the markup sent to
    /// ``progress`` for a page that shows the running cell; it is called at most twice a second.
    public func showLive(_ value: Value, render: () throws -> String?) rethrows {
        if let liveSlot {
            displays[liveSlot] = .value(value)
        } else {
            liveSlot = displays.count
            displays.append(.value(value))
        }
        let now = ContinuousClock.now
        if let liveSent, liveSent.duration(to: now) < .milliseconds(500) { return }
        guard let markup = try render() else { return }
        liveSent = now
        progress.live(markup)
    }

    /// Records printed text so that it stays in order with displays.
    public func printed(_ text: String) {
        if case .text(let previous)? = displays.last {
            displays[displays.count - 1] = .text(previous + text)
        } else {
            displays.append(.text(text))
        }
    }

    /// Reads a data file of the course (a path relative to the lessons folder, inside `data/`),
    /// recording its content hash so that a changed file makes the cell run again.
    /// - Throws: `HostError` naming the file when it is outside `data/` (a symbolic link leading
    ///   out of the course folder included), missing or unreadable.
    public func readDataFile(_ relativePath: String) throws -> [UInt8] {
        let parts = relativePath.split(separator: "/")
        guard parts.first == "data", !parts.contains(".."), !relativePath.hasPrefix("/") else {
            throw HostError("cells may read files under lessons/data only, not '\(relativePath)'")
        }
        let path = (lessonsFolder as NSString).appendingPathComponent(relativePath)
        if let target = CourseContainment.escape(of: path, from: lessonsFolder.isEmpty ? "." : lessonsFolder) {
            throw HostError("data file \(relativePath) is a symbolic link leading outside the course folder, to \(target)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HostError("cannot read data file \(path): missing or unreadable")
        }
        let bytes = [UInt8](data)
        filesRead[relativePath] = ContentHash.of(bytes)
        return bytes
    }
}

/// One thing shown by a cell, in order.
public enum DisplayItem {
    case text(String)
    case value(Value)
}

/// What a displayable host object renders to; the notebook stores it in the freeze.
public enum RenderedDisplay: Sendable, Equatable {
    /// An SVG document and its accessible title.
    case svg(String, title: String)
    case png([UInt8], width: Int, height: Int)
    case text(String)
    case table(header: [String], rows: [[String]])
}

/// Host objects that can be shown as a cell's output (figures, image grids, tables, tensors).
public protocol Displayable: HostObject {
    func rendered() throws -> RenderedDisplay
}

/// Progress of a long loop: the notebook draws a bar on a terminal, a line every few seconds in
/// logs, and nothing in tests.
public protocol ProgressSink: AnyObject {
    func update(label: String, step: Int, total: Int, values: [(String, Double)])
    func finish(label: String)
    /// The running cell's live slot changed (`showLive(_:)`): `markup` is its figure as SVG, or
    /// its text escaped in a `<pre>`. Sinks that show nothing live ignore it (the default).
    func live(_ markup: String)
}

extension ProgressSink {
    public func live(_ markup: String) {}
}

/// A progress sink that discards everything.
public final class SilentProgress: ProgressSink {
    public init() {}
    public func update(label: String, step: Int, total: Int, values: [(String, Double)]) {}
    public func finish(label: String) {}
}

