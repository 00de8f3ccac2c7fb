import Builtins
import Foundation

/// Progress of long loops on stderr: a live bar (step, rate, ETA, reported values) on a terminal,
/// one line every few seconds otherwise (CI logs).
public final class TerminalProgress: ProgressSink {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var started: [String: ContinuousClock.Instant] = [:]
    private var lastLine = ContinuousClock.now
    private let lineInterval: Duration = .seconds(5)

    public init() {}

    public func update(label: String, step: Int, total: Int, values: [(String, Double)]) {
        let now = ContinuousClock.now
        let start = started[label] ?? now
        if started[label] == nil { started[label] = now }
        let elapsed = LessonRunner.seconds(start.duration(to: now))
        let rate = elapsed > 0 ? Double(step) / elapsed : 0
        let remaining = rate > 0 ? Double(total - step) / rate : 0
        let shown = values.map { "\($0.0) \(String(format: "%.4g", $0.1))" }.joined(separator: "  ")
        let summary = "\(label) \(step)/\(total)  \(String(format: "%.1f", rate)) it/s  ETA \(Int(remaining)) s  \(shown)"
        if isTerminal {
            let width = 24
            let filled = total > 0 ? min(width, width * step / total) : 0
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[2K  \(bar) \(summary)".utf8))
        } else if lastLine.duration(to: now) >= lineInterval || step == total {
            lastLine = now
            FileHandle.standardError.write(Data("  \(summary)\n".utf8))
        }
    }

    public func finish(label: String) {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        started[label] = nil
    }
}
