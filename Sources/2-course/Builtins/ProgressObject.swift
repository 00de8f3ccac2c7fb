import CellScript
import Foundation

/// `Progress(0..<2000, label: "训练")`: iterates like its range, one step at a time (the range
/// is never materialised), and reports each step to the notebook's progress sink (at most ten
/// times a second).
final class ProgressObject: HostSequence {
    var typeName: String { "Progress" }
    let range: IntRange
    let label: String
    let sink: ProgressSink
    private var lastReport = ContinuousClock.now - .seconds(1)

    init(range: IntRange, label: String, sink: ProgressSink) {
        self.range = range
        self.label = label.isEmpty ? "loop" : label
        self.sink = sink
    }

    /// Steps of the range, saturating at `Int.max`; nothing is materialised.
    func count() throws -> Int { range.count }

    func element(at index: Int) throws -> Value { .int(range.lowerBound &+ index) }

    func willIterate(index: Int, of count: Int) {
        let now = ContinuousClock.now
        guard index == 0 || lastReport.duration(to: now) >= .milliseconds(100) else { return }
        lastReport = now
        sink.update(label: label, step: index, total: count, values: [])
    }

    func didFinish() {
        sink.update(label: label, step: range.count, total: range.count, values: [])
        sink.finish(label: label)
    }
}
