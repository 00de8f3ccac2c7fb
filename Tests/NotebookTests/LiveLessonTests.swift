import Foundation
import Testing
@testable import Notebook

/// The live preview's kernel: a changed cell runs alone, on state restored from checkpoints, and
/// gives exactly what a whole run of the lesson gives.
@Suite struct LiveLessonTests {
    static let model = """
    ```swift
    //| label: model
    let G = Sequential {
        Linear(1, 8)
        Tanh()
        Linear(8, 1)
    }
    let opt = Adam(G.parameters, lr: 0.05)
    ```
    """
    static let train = """
    ```swift
    //| label: train
    var losses: [Double] = []
    for step in 0..<30 {
        let z = randn([32, 1])
        let loss = mse(G(z), z * 3)
        opt.zeroGrad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    }
    print(losses.count)
    ```
    """

    func plan(sample: String) throws -> LessonPlan {
        let body = [Self.model, Self.train, "```swift\n//| label: sample\n\(sample)\n```", "```swift\n//| label: after\nprint(losses.count + 1)\n```"]
            .joined(separator: "\n\n")
        let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
        let lesson = Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil, document: document, source: body)
        return LessonPlan(lesson: lesson, courseSeed: 7)
    }

    func store() -> FreezeStore {
        FreezeStore(folder: FileManager.default.temporaryDirectory.appendingPathComponent("gb-live-\(UUID().uuidString)").path)
    }

    @Test func editingTheSamplingCellRunsOnlyIt() throws {
        let first = try plan(sample: "G(Tensor([[1.0]])).item()")
        let live = try LiveLesson(plan: first, courseSeed: 7, lessonsFolder: "/tmp", store: store(), progress: SilentProgress(),
                                  onCellFinished: { _ in })
        let edited = try plan(sample: "G(Tensor([[2.0]])).item()")
        let ran = try live.update(to: edited)
        #expect(ran == ["sample"])

        let whole = try LessonExecutor(plan: edited, courseSeed: 7, lessonsFolder: "/tmp", store: store()).run()
        #expect(live.outputs.cells.map(\.outputs) == whole.cells.map(\.outputs),
                "the restored model gives what a whole run gives")
        #expect(live.outputs.cells.map(\.key) == whole.cells.map(\.key))
    }

    @Test func editingTheTrainingCellRunsItAndItsDependents() throws {
        let live = try LiveLesson(plan: try plan(sample: "G(Tensor([[1.0]])).item()"), courseSeed: 7, lessonsFolder: "/tmp",
                                  store: store(), progress: SilentProgress(), onCellFinished: { _ in })
        // Change the training cell: a longer loop. Every later cell depends on it.
        let source = [Self.model, Self.train.replacingOccurrences(of: "0..<30", with: "0..<40"),
                      "```swift\n//| label: sample\nG(Tensor([[1.0]])).item()\n```", "```swift\n//| label: after\nprint(losses.count + 1)\n```"]
            .joined(separator: "\n\n")
        let document = try LessonParser().parse(body: source, firstLine: 1, path: "l.md")
        let edited = LessonPlan(lesson: Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                               document: document, source: source), courseSeed: 7)
        #expect(try live.update(to: edited) == ["train", "sample", "after"])
        #expect(live.outputs.cells[3].outputs == [.text("41\n")])
        let whole = try LessonExecutor(plan: edited, courseSeed: 7, lessonsFolder: "/tmp", store: store()).run()
        #expect(live.outputs.cells.map(\.outputs) == whole.cells.map(\.outputs))
    }

    @Test func addingACellStartsOver() throws {
        let live = try LiveLesson(plan: try plan(sample: "1"), courseSeed: 7, lessonsFolder: "/tmp", store: store(),
                                  progress: SilentProgress(), onCellFinished: { _ in })
        let source = "```swift\n//| label: extra\nlet a = 1\n```"
        let document = try LessonParser().parse(body: source, firstLine: 1, path: "l.md")
        let other = LessonPlan(lesson: Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                              document: document, source: source), courseSeed: 7)
        #expect(try live.update(to: other) == nil)
    }
}
