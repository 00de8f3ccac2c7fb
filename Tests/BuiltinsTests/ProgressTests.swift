import CellScript
import Testing
@testable import Builtins

final class RecordingProgress: ProgressSink {
    var steps: [Int] = []
    var finished: [String] = []
    func update(label: String, step: Int, total: Int, values: [(String, Double)]) { steps.append(step) }
    func finish(label: String) { finished.append(label) }
}

@Suite struct ProgressTests {
    @Test func aProgressLoopIteratesItsRangeAndReports() throws {
        let cells = try BuiltinCells()
        let sink = RecordingProgress()
        cells.context.progress = sink
        let value = try cells.value("var total = 0\nfor step in Progress(0..<5, label: \"训练\") { total += step }\ntotal")
        #expect(value.description == "10")
        #expect(sink.steps.first == 0 && sink.steps.last == 5)
        #expect(sink.finished == ["训练"])
    }
}
