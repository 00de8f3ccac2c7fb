import Notebook

/// What a build reports while it runs, as data. The CLI prints each event's ``line``;
/// `ganbook serve` chooses events by their case, never by their text.
public enum BuildEvent: Sendable, Codable, Equatable {
    /// Step `number` of `total` begins (`[2/4] run cells whose inputs changed`).
    case step(number: Int, total: Int, title: String)
    /// Another build holds the lessons folder's lock; this one waits for process `holder`.
    case waitingForLock(folder: String, holder: String)
    /// Lessons and cells running.
    case run(RunEvent)
    /// A non-fatal problem, one `path:line:col: warning: …` line (unreadable freeze, TeX).
    case warning(String)

    /// The build log's line for this event (nil: not printed).
    public var line: String? {
        switch self {
        case .step(let number, let total, let title): return "[\(number)/\(total)] \(title)"
        case .waitingForLock(let folder, let holder):
            return "\(folder): another ganbook build (process \(holder)) is running on these lessons; waiting for it"
        case .run(let event): return event.line
        case .warning(let text): return text
        }
    }
}
