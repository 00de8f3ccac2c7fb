import CellScript
import Foundation

/// `Progress(0..<2000, label: "训练")`: iterates like its range and reports each step to the
/// notebook's progress sink (at most ten times a second).
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

    func elements() throws -> [Value] { (range.lowerBound..<range.upperBound).map { .int($0) } }

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
