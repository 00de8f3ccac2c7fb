import Foundation

/// What running a course's cells reports, as data: the build prints each event's ``line``,
/// `ganbook serve` picks the events it shows, and nothing reads the text back. The same events
/// are what a cell worker process will send over a pipe, hence `Codable`.
public enum RunEvent: Sendable, Codable, Equatable {
    /// A lesson's cells start to run: `running` of its `cells`, because of `--rerun` or stale keys.
    case lessonStarted(path: String, running: Int, cells: Int, forced: Bool)
    /// A cell of lesson `slug` starts.
    case cellStarted(slug: String, cell: String)
    /// A cell of lesson `slug` finished (ran, failed or was skipped).
    case cellFinished(slug: String, cell: String, status: CellStatus, seconds: Double, failure: String?)
    /// Cells that ran although current, because a running cell needed their values (`cell ('name' for …: why)`).
    case ranForValues([String])
    /// Values put back from snapshots (`cell: name, name`).
    case restored([String])
    /// A snapshot read back wrong, so the whole lesson runs instead.
    case snapshotFallback(reason: String)

    /// How a cell ended.
    public enum CellStatus: String, Sendable, Codable {
        case ok
        case failed
        case failedAsExpected = "failed as expected"
        case skipped
    }

    /// The build log's line for this event (nil: not printed).
    public var line: String? {
        switch self {
        case .lessonStarted(let path, let running, let cells, let forced):
            return "run \(path): \(running) of \(cells) cells" + (forced ? " (--rerun)" : " (stale)")
        case .cellStarted:
            return nil
        case .cellFinished(_, let cell, let status, let seconds, _):
            return "  \(cell): \(status.rawValue) in \(String(format: "%.2f", seconds)) s"
        case .ranForValues(let cells):
            return "  ran for their values: \(cells.joined(separator: "; "))"
        case .restored(let cells):
            return "  restored from snapshots: \(cells.joined(separator: "; "))"
        case .snapshotFallback(let reason):
            return "  warning: \(reason); running the whole lesson instead"
        }
    }
}
