import Builtins
import Foundation
import Testing
import Course
@testable import Notebook

/// `showLive(_:)` in a real cell worker: the parent's progress sink gets the slot's markup while
/// the cell runs, and the frozen cell keeps only the last state, where the first call put it.
@Suite(.serialized) struct LiveSlotWorkerTests {
    final class LiveRecorder: ProgressSink, @unchecked Sendable {
        private let lock = NSLock()
        private var markups: [String] = []
        var received: [String] { lock.withLock { markups } }
        func update(label: String, step: Int, total: Int, values: [(String, Double)]) {}
        func finish(label: String) {}
        func live(_ markup: String) { lock.withLock { markups.append(markup) } }
    }

    @Test func theSlotReachesTheParentAndTheFreezeKeepsItsLastState() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-live-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "---\ntitle: 首页\n---\n".write(toFile: folder + "/index.md", atomically: true, encoding: .utf8)
        // Three states in quick succession: the first is sent at once, the next two fall within
        // the half second after it (sends are at most two a second); the freeze keeps the last.
        try """
        ---
        title: 课
        ---

        ```swift
        //| label: train
        print("before")
        var losses: [Double] = []
        for step in 0..<3 {
            losses.append(Double(3 - step))
            showLive(Chart(title: "loss \\(step)", x: "step", y: "loss") {
                LineMark(x: (0..<losses.count).map { Double($0) }, y: losses)
            })
        }
        print("after")
        ```
        """.write(toFile: folder + "/01-a.md", atomically: true, encoding: .utf8)
        let recorder = LiveRecorder()
        let pool = CellWorkerPool(command: try WorkerBinary.command())
        defer { pool.shutDown() }
        let summary = try CourseRunner(course: try Course.load(folder: folder), mode: .incremental, progress: recorder,
                                       execution: .workers(pool)).run()
        let cell = try #require(summary.lessons["01-a"]?.cell(named: "train"))
        #expect(cell.failure == nil, "\(String(describing: cell.failure))")
        let received = recorder.received
        #expect((1...3).contains(received.count), "\(received.count) markups")
        #expect(received.first?.hasPrefix("<svg") == true)
        #expect(received.first?.contains("loss 0") == true)
        guard cell.outputs.count == 3, case .text("before\n") = cell.outputs[0], case .svg(_, let title) = cell.outputs[1],
              case .text("after\n") = cell.outputs[2] else {
            Issue.record("outputs: \(cell.outputs)")
            return
        }
        #expect(title.contains("loss 2"), "the frozen slot is the last state: \(title)")
    }
}
